package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.orekit.utils.Constants;
import org.skyrack.orbit.EphemerisSource;

/**
 * Passes of one satellite over every ground station, as {@link ContactFinder} finds them, for a
 * fraction of its cost. The propagator is called on a {@value #GRID_STEP_S} s grid only while
 * some station needs a look, and each station is looked at only near its visibility cone:
 * <ul>
 * <li>A station whose geocentric angle α to the satellite exceeds its cone (an upper bound of the
 *     central angle of any point above its mask, {@link GroundStationGeometry#visibilityHalfAngle})
 *     by more than the satellite can cover in a step is not looked at again until it could be
 *     within one step of the cone: the satellite's angular rate over the ground is bounded from the
 *     osculating orbit at the window's start.</li>
 * <li>Near the cone, each grid step gives the elevation margin g = sin el − sin mask and its rate;
 *     a sign change of g brackets AOS or LOS, a sign change of its rate the highest elevation. A
 *     maximum between two samples both below the mask is estimated from the cubic through them;
 *     within {@link #GRAZING_MARGIN} of the mask it is converged on the propagator, so a grazing
 *     pass shorter than a step is found.</li>
 * <li>Every AOS, LOS and highest elevation is converged with Newton steps on the propagator
 *     (analytic rates from position and velocity), from the cubic's estimate; a step that leaves its
 *     bracket hands the edge to the bracketing solver of {@link Refine}.</li>
 * </ul>
 * Orbits that are not near-circular and low go to {@link ContactFinder} at its default step. A
 * finder keeps working buffers: use it from one thread at a time.
 */
public final class ScreenedContactFinder {

    /**
     * Grid step, s. Short against an encounter with a station (g has one maximum per encounter,
     * and near the cone a LEO satellite moves ≤ 12° in a step), so each step holds at most one
     * extremum of g. On GeometryScale's 20 stations a 120 s step cost 10 % more propagator calls
     * and 60 s 30 % more; the grazing-pass margin grows as the step's fourth power.
     */
    public static final double GRID_STEP_S = 180;
    /** Osculating eccentricity above which {@link ContactFinder} does the satellite. */
    public static final double MAX_ECCENTRICITY = 0.02;
    /** Osculating apogee radius above which {@link ContactFinder} does the satellite, m. */
    public static final double MAX_APOGEE_RADIUS_M = 2 * Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    /**
     * Margin on the osculating apogee and perigee radii of the window's start for the radius bounds
     * of the whole window, m: covers the short-period oscillations of the radius (~±10 km for LEO)
     * and decay, which the radius at the window's end is also checked against.
     */
    public static final double RADIUS_MARGIN_M = 100e3;
    /** Factor on the angular-rate bound (perigee speed plus the Earth's rotation, over the lowest radius). */
    public static final double RATE_BOUND_FACTOR = 1.1;
    /**
     * A maximum of g between two samples below the mask is converged on the propagator when the
     * cubic through the samples puts it within a margin of the mask: this factor times the cubic's
     * error estimate h⁴·|g⁽⁴⁾|/384, with |g⁽⁴⁾| taken as (v/range)⁴ at the shortest range a pass
     * over that station can have (the slant range at its mask from the lowest radius).
     */
    public static final double GRAZING_MARGIN_FACTOR = 10;
    /**
     * Edges are converged until the next Newton step, bounded by |g''|·step²/(2|g'|), is below this,
     * s ({@link Refine}'s accuracy). |g''| ≤ 3(v/ρ)² + a/ρ for a satellite at range ρ moving at v
     * with acceleration a (gravity, under 10 m/s²) relative to the station.
     */
    public static final double EDGE_TOLERANCE_S = Refine.TIME_ACCURACY_S;
    /** The highest elevation's time is converged to this, s. */
    public static final double MAX_TIME_TOLERANCE_S = 1e-3;
    /**
     * Margin on the rate at which the angle c between a station and the satellite's orbit plane
     * changes, rad/s. The plane's normal n turns with the Earth in ITRF at ω_E·|z × n| (ω_E times
     * the sine of the inclination), which bounds the rate of c; and n·u = sin c changes at most by
     * that times |z × u| (the cosine of the station's latitude), so c by that over cos c. On top of
     * that comes the plane's own motion: nodal precession ~1e-6 rad/s and J2's short-period wobble,
     * a few 1e-6 rad/s for LEO.
     */
    public static final double PLANE_RATE_MARGIN_RAD_PER_S = 1e-5;
    /**
     * Stations closer than 60° to the orbit plane are also screened by their distance ahead along
     * the orbit: their projection on the plane moves at most 2ω_E, far slower than the satellite.
     */
    private static final double MIN_COS_OFF_PLANE = 0.5;
    /** Error bound of {@link #acosApproximation}, rad (6.7e-5 in Abramowitz &amp; Stegun), with margin. */
    private static final double ACOS_ERROR_RAD = 1e-4;
    private static final int MAX_NEWTON_STEPS = 12;
    private static final double MU_M3_S2 = Constants.WGS84_EARTH_MU;

    private final EphemerisSource source;
    private final EarthSunGrid grid;
    private final GroundStationGeometry stations;
    private final int m;
    private final double[] direction;
    // the grid sample's state, and separate buffers for the refinements done while it is in use
    private final double[] pv = new double[6];
    private final double[] itrf = new double[6];
    private final double[] sampleMargin = new double[3];
    private final double[] refinePv = new double[6];
    private final double[] refineItrf = new double[6];
    private final double[] margin = new double[3];
    private final Refine refine = new Refine();
    // per-station state
    private final int[] nextLook;
    private final boolean[] hasPrevious;
    private final boolean[] inside;
    private final boolean[] hasMax;
    private final double[] previousT;
    private final double[] previousG;
    private final double[] previousRate;
    private final double[] aos;
    private final double[] maxT;
    private final double[] maxG;
    private final double[] maxRange;
    private final double[] cone;
    private final double[] grazingMargin;
    private final double[] cosLatitude;
    private double planeTurn;
    private double planeMargin;
    // per-satellite bounds
    private double rateBound;
    /** Upper bound of the satellite's speed relative to the Earth's surface, m/s. */
    private double speedBound;
    private long evaluations;
    private double maxTime;
    private double maxValue;
    private double maxRangeValue;

    public ScreenedContactFinder(EphemerisSource source, EarthSunGrid grid, GroundStationGeometry stations) {
        this.source = source;
        this.grid = grid;
        this.stations = stations;
        this.m = stations.size();
        direction = new double[3 * m];
        for (int j = 0; j < m; j++) {
            stations.geocentricDirection(j, direction, 3 * j);
        }
        nextLook = new int[m];
        hasPrevious = new boolean[m];
        inside = new boolean[m];
        hasMax = new boolean[m];
        previousT = new double[m];
        previousG = new double[m];
        previousRate = new double[m];
        aos = new double[m];
        maxT = new double[m];
        maxG = new double[m];
        maxRange = new double[m];
        cone = new double[m];
        grazingMargin = new double[m];
        cosLatitude = new double[m];
    }

    /** Propagator calls so far (for tests and the cost harness). */
    long evaluations() {
        return evaluations;
    }

    /** Finds the passes of {@code satellite} over every station in [startS, endS]. */
    public void find(int satellite, double startS, double endS, EventSink sink) {
        if (!bounds(satellite, startS, endS)) {
            new ContactFinder(source, grid, stations, ContactFinder.DEFAULT_STEP_S).find(satellite, startS, endS, sink);
            return;
        }
        double h = GRID_STEP_S;
        int n = (int) Math.ceil((endS - startS) / h);
        double reach = rateBound * h;
        // the gap along the orbit closes at most at the satellite's rate plus the projection's, ≤ 2ω_E
        double closing = (rateBound + EarthSunGrid.EARTH_RATE_RAD_PER_S) * h;
        for (int j = 0; j < m; j++) {
            nextLook[j] = 0;
            hasPrevious[j] = false;
            inside[j] = false;
        }
        int i = 0;
        while (i <= n) {
            double t = i == n ? endS : startS + i * h;
            source.state(satellite, t, pv, 0);
            grid.temeToItrfState(t, pv, 0, itrf, 0);
            evaluations++;
            double r = Math.sqrt(itrf[0] * itrf[0] + itrf[1] * itrf[1] + itrf[2] * itrf[2]);
            // orbit normal in ITRF axes: r × (velocity relative to the Earth + ω × r)
            double vx = itrf[3] - EarthSunGrid.EARTH_RATE_RAD_PER_S * itrf[1];
            double vy = itrf[4] + EarthSunGrid.EARTH_RATE_RAD_PER_S * itrf[0];
            double vz = itrf[5];
            double nx = itrf[1] * vz - itrf[2] * vy;
            double ny = itrf[2] * vx - itrf[0] * vz;
            double nz = itrf[0] * vy - itrf[1] * vx;
            double nn = Math.sqrt(nx * nx + ny * ny + nz * nz);
            int next = n + 1;
            for (int j = 0; j < m; j++) {
                if (nextLook[j] > i) {
                    next = Math.min(next, nextLook[j]);
                    continue;
                }
                double ux = direction[3 * j];
                double uy = direction[3 * j + 1];
                double uz = direction[3 * j + 2];
                double cosAlpha = (itrf[0] * ux + itrf[1] * uy + itrf[2] * uz) / r;
                // lower bounds of the angle to the satellite and of the angle to its orbit plane
                double alpha = acosLowerBound(cosAlpha);
                double sinOffPlane = (nx * ux + ny * uy + nz * uz) / nn;
                double offPlane = Math.PI / 2 - acosUpperBound(Math.abs(sinOffPlane));
                // Whole steps during which the station certainly cannot see the satellite: the
                // angle to it shrinks by at most `reach` a step, the angle to the orbit plane by
                // at most planeTurn (over cos c) plus planeMargin, and (near the plane) the gap ahead along the orbit by at
                // most `closing`.
                double cosOffPlane = Math.sqrt(Math.max(0, 1 - sinOffPlane * sinOffPlane));
                double planeStep = planeTurn * Math.min(1, cosLatitude[j] / cosOffPlane) + planeMargin;
                double clearSteps = Math.max((alpha - cone[j]) / reach, (offPlane - cone[j]) / planeStep);
                if (cosOffPlane > MIN_COS_OFF_PLANE) {
                    double ahead = gapAhead(cosAlpha / cosOffPlane,
                            (ny * itrf[2] - nz * itrf[1]) * ux + (nz * itrf[0] - nx * itrf[2]) * uy
                                    + (nx * itrf[1] - ny * itrf[0]) * uz, cone[j]);
                    clearSteps = Math.max(clearSteps, (ahead - cone[j]) / closing);
                }
                int skip = (int) Math.floor(clearSteps);
                if (hasPrevious[j] || skip < 1) {
                    // near the cone, or leaving it: this sample closes the step before it
                    stations.elevationMarginAndRate(j, itrf, 0, sampleMargin);
                    sample(satellite, j, t, sampleMargin[0], sampleMargin[1], sink);
                }
                if (skip >= 1 && !inside[j]) {
                    // clear for `skip` steps: the next look starts afresh, below the mask
                    hasPrevious[j] = false;
                    nextLook[j] = i + skip;
                } else {
                    nextLook[j] = i + 1;
                }
                next = Math.min(next, nextLook[j]);
            }
            i = next;
        }
        for (int j = 0; j < m; j++) {
            if (inside[j]) {
                emit(satellite, j, aos[j], endS, sink);
            }
        }
    }

    /** One grid sample of g for station {@code j}: brackets and converges the events since the previous one. */
    private void sample(int satellite, int j, double t, double g, double rate, EventSink sink) {
        if (!hasPrevious[j]) {
            hasPrevious[j] = true;
            inside[j] = g > 0;
            if (inside[j]) {
                // only at the window's start: a station entering its cone from far is below its mask
                aos[j] = t;
                hasMax[j] = false;
            }
        } else {
            double t0 = previousT[j];
            double g0 = previousG[j];
            double r0 = previousRate[j];
            boolean maxBetween = r0 > 0 && rate <= 0;
            if (!inside[j]) {
                if (g > 0) {
                    aos[j] = edge(satellite, j, t0, g0, r0, t, g, rate);
                    inside[j] = true;
                    hasMax[j] = false;
                    if (maxBetween) {
                        maximum(satellite, j, aos[j], t, t0, g0, r0, t, g, rate);
                    }
                } else if (maxBetween && cubicMaximum(t0, g0, r0, t, g, rate) > -grazingMargin[j]) {
                    maximum(satellite, j, t0, t, t0, g0, r0, t, g, rate);
                    if (maxValue > 0) {
                        double tm = maxTime;
                        double gm = maxValue;
                        double rm = maxRangeValue;
                        double in = root(satellite, j, t0, tm);
                        double out = root(satellite, j, tm, t);
                        sink.contact(satellite, j, in, out, Math.asin(Math.min(1, gm + sinMask(j))), tm, rm);
                    }
                }
            } else {
                if (maxBetween) {
                    maximum(satellite, j, t0, t, t0, g0, r0, t, g, rate);
                }
                if (!(g > 0)) {
                    double los = edge(satellite, j, t0, g0, r0, t, g, rate);
                    inside[j] = false;
                    emit(satellite, j, aos[j], los, sink);
                }
            }
        }
        previousT[j] = t;
        previousG[j] = g;
        previousRate[j] = rate;
    }

    private void emit(int satellite, int j, double start, double end, EventSink sink) {
        if (!hasMax[j] || maxT[j] < start || maxT[j] > end) {
            // a pass cut by the window (its maximum not between samples inside it): the careful way
            DoubleUnaryOperator f = t -> margin(satellite, j, t);
            double[] mx = refine.extremum(f, start, end, GoalType.MAXIMIZE);
            margin(satellite, j, mx[0]);
            maxT[j] = mx[0];
            maxG[j] = margin[0];
            maxRange[j] = margin[2];
        }
        sink.contact(satellite, j, start, end, Math.asin(Math.max(-1, Math.min(1, maxG[j] + sinMask(j)))), maxT[j],
                maxRange[j]);
    }

    private double sinMask(int j) {
        return stations.sinMask(j);
    }

    /**
     * The highest elevation between lo and hi, bracketed by samples (t0, t1) whose rates change
     * sign: Newton on the rate from the cubic's estimate (curvature from the cubic, then secant
     * steps), the careful optimizer if that leaves the bracket. Stores it as the station's maximum
     * (and in maxTime, maxValue, maxRangeValue).
     */
    private void maximum(int satellite, int j, double lo, double hi, double t0, double g0, double r0, double t1,
                             double g1, double r1) {
        double h = t1 - t0;
        double s = cubicMaximumFraction(g0, r0 * h, g1, r1 * h);
        double t = t0 + s * h;
        double curvature = cubicSecondDerivative(g0, r0 * h, g1, r1 * h, s) / (h * h);
        double lastT = Double.NaN;
        double lastRate = Double.NaN;
        boolean converged = false;
        for (int k = 0; k < MAX_NEWTON_STEPS && !converged; k++) {
            if (!(t >= t0 && t <= t1)) {
                break;
            }
            margin(satellite, j, t);
            double rate = margin[1];
            if (!Double.isNaN(lastT) && rate != lastRate) {
                curvature = (rate - lastRate) / (t - lastT);
            }
            if (!(curvature < 0)) {
                break;
            }
            double step = -rate / curvature;
            lastT = t;
            lastRate = rate;
            if (Math.abs(step) < MAX_TIME_TOLERANCE_S) {
                maxTime = t + step;
                maxValue = margin[0] + 0.5 * rate * step;
                maxRangeValue = margin[2];
                converged = true;
            }
            t += step;
        }
        if (!converged || maxTime < lo || maxTime > hi) {
            DoubleUnaryOperator f = x -> margin(satellite, j, x);
            double[] mx = refine.extremum(f, lo, hi, GoalType.MAXIMIZE);
            margin(satellite, j, mx[0]);
            maxTime = mx[0];
            maxValue = margin[0];
            maxRangeValue = margin[2];
        }
        hasMax[j] = true;
        maxT[j] = maxTime;
        maxG[j] = maxValue;
        maxRange[j] = maxRangeValue;
    }

    /**
     * The root of g between samples of opposite signs (t0, g0, r0) and (t1, g1, r1): Newton on
     * the propagator from the cubic's root; the bracketing solver if a step leaves the bracket.
     */
    private double edge(int satellite, int j, double t0, double g0, double r0, double t1, double g1, double r1) {
        double h = t1 - t0;
        double t = t0 + h * cubicRoot(g0, r0 * h, g1, r1 * h);
        return newtonRoot(satellite, j, t, t0, t1);
    }

    /** A root of g in (lo, hi), where g changes sign, by {@link Refine}'s bracketing solver on the propagator. */
    private double root(int satellite, int j, double lo, double hi) {
        return refine.root(x -> margin(satellite, j, x), lo, hi);
    }

    private double newtonRoot(int satellite, int j, double guess, double lo, double hi) {
        double t = guess;
        for (int k = 0; k < MAX_NEWTON_STEPS; k++) {
            if (!(t >= lo && t <= hi)) {
                break;
            }
            margin(satellite, j, t);
            double rate = margin[1];
            if (rate == 0) {
                break;
            }
            double step = -margin[0] / rate;
            t += step;
            double range = margin[2];
            double curvatureBound = 4 * speedBound * speedBound / (range * range) + 10 / range;
            if (curvatureBound * step * step < 2 * EDGE_TOLERANCE_S * Math.abs(rate)) {
                if (t >= lo && t <= hi) {
                    return t;
                }
                break;
            }
        }
        return root(satellite, j, lo, hi);
    }

    /** g of station j at t on the propagator (rate and range left in {@link #margin}). */
    private double margin(int satellite, int j, double t) {
        source.state(satellite, t, refinePv, 0);
        grid.temeToItrfState(t, refinePv, 0, refineItrf, 0);
        evaluations++;
        stations.elevationMarginAndRate(j, refineItrf, 0, margin);
        return margin[0];
    }

    /**
     * Radius and rate bounds for the window from the osculating orbit at its start, checked against
     * the radius at its end; false when the orbit is not near-circular and low.
     */
    private boolean bounds(int satellite, double startS, double endS) {
        source.state(satellite, startS, pv, 0);
        evaluations++;
        double r = Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2]);
        double v2 = pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5];
        double a = 1 / (2 / r - v2 / MU_M3_S2);
        double hx = pv[1] * pv[5] - pv[2] * pv[4];
        double hy = pv[2] * pv[3] - pv[0] * pv[5];
        double hz = pv[0] * pv[4] - pv[1] * pv[3];
        double p = (hx * hx + hy * hy + hz * hz) / MU_M3_S2;
        double e = Math.sqrt(Math.max(0, 1 - p / a));
        if (!(a > 0) || !(e < MAX_ECCENTRICITY) || a * (1 + e) > MAX_APOGEE_RADIUS_M) {
            return false;
        }
        double maxRadius = a * (1 + e) + RADIUS_MARGIN_M;
        double minRadius = a * (1 - e) - RADIUS_MARGIN_M;
        source.state(satellite, endS, pv, 0);
        evaluations++;
        double rEnd = Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2]);
        if (!(rEnd < maxRadius && rEnd > minRadius)) {
            return false;
        }
        double perigeeSpeed = Math.sqrt(MU_M3_S2 * (1 + e) / (a * (1 - e)));
        rateBound = RATE_BOUND_FACTOR * (perigeeSpeed / minRadius + EarthSunGrid.EARTH_RATE_RAD_PER_S * maxRadius / minRadius);
        double speed = perigeeSpeed + EarthSunGrid.EARTH_RATE_RAD_PER_S * maxRadius;
        speedBound = speed;
        // sine of the inclination (of the plane that turns with the Earth, as the screening uses), with margin
        double sinInclination = Math.min(1, Math.sqrt(hx * hx + hy * hy) / Math.sqrt(hx * hx + hy * hy + hz * hz) + 0.01);
        planeTurn = EarthSunGrid.EARTH_RATE_RAD_PER_S * sinInclination * GRID_STEP_S;
        planeMargin = PLANE_RATE_MARGIN_RAD_PER_S * GRID_STEP_S;
        for (int j = 0; j < m; j++) {
            cone[j] = stations.visibilityHalfAngle(j, maxRadius);
            double range = stations.slantRangeAtMask(j, minRadius);
            cosLatitude[j] = Math.hypot(direction[3 * j], direction[3 * j + 1]);
            grazingMargin[j] = GRAZING_MARGIN_FACTOR * Math.pow(GRID_STEP_S * speed / range, 4) / 384;
        }
        return true;
    }

    /**
     * acos to ~7e-5 rad without a library call: Abramowitz &amp; Stegun 4.4.45,
     * acos x ≈ sqrt(1 − x)·(1.5707288 − 0.2121144x + 0.0742610x² − 0.0187293x³) on [0, 1].
     */
    static double acosApproximation(double x) {
        double a = Math.min(1, Math.abs(x));
        double v = Math.sqrt(1 - a) * (1.5707288 + a * (-0.2121144 + a * (0.0742610 - 0.0187293 * a)));
        return x >= 0 ? v : Math.PI - v;
    }

    /**
     * A lower bound of the angle (rad) the satellite must still travel along its orbit before the
     * station's projection on the orbit plane can be within {@code cone} of it, plus the cone:
     * the projection lies at the in-plane angle acos({@code cosInPlane}) ahead of the satellite
     * ({@code aheadComponent} ≥ 0) or behind it. Visibility needs the two within the cone, and the
     * gap only shrinks (the satellite outruns the projection), so a projection ahead must be
     * caught up with, one behind by more than the cone needs almost a lap, and one behind by less
     * is within reach now (returns 0).
     */
    private static double gapAhead(double cosInPlane, double aheadComponent, double cone) {
        double angle = acosApproximation(Math.max(-1, Math.min(1, cosInPlane)));
        if (aheadComponent >= 0) {
            return angle - ACOS_ERROR_RAD;
        }
        return angle - ACOS_ERROR_RAD > cone ? 2 * Math.PI - angle - ACOS_ERROR_RAD : 0;
    }

    private static double acosLowerBound(double x) {
        return acosApproximation(x) - ACOS_ERROR_RAD;
    }

    private static double acosUpperBound(double x) {
        return acosApproximation(x) + ACOS_ERROR_RAD;
    }

    // The cubic Hermite through (0, g0) and (1, g1) with slopes d0 and d1 (per unit of s).

    private static double cubic(double g0, double d0, double g1, double d1, double s) {
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * g0 + (s3 - 2 * s2 + s) * d0 + (-2 * s3 + 3 * s2) * g1 + (s3 - s2) * d1;
    }

    private static double cubicSlope(double g0, double d0, double g1, double d1, double s) {
        double s2 = s * s;
        return (6 * s2 - 6 * s) * g0 + (3 * s2 - 4 * s + 1) * d0 + (-6 * s2 + 6 * s) * g1 + (3 * s2 - 2 * s) * d1;
    }

    private static double cubicSecondDerivative(double g0, double d0, double g1, double d1, double s) {
        return (12 * s - 6) * g0 + (6 * s - 4) * d0 + (-12 * s + 6) * g1 + (6 * s - 2) * d1;
    }

    /** Where in [0, 1] the cubic's slope, positive at 0 and not at 1, vanishes (bisection). */
    private static double cubicMaximumFraction(double g0, double d0, double g1, double d1) {
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 30; k++) {
            double mid = 0.5 * (lo + hi);
            if (cubicSlope(g0, d0, g1, d1, mid) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The cubic's value at its maximum in [0, 1] for samples whose rates change sign (r0 &gt; 0 ≥ r1, per second). */
    private static double cubicMaximum(double t0, double g0, double r0, double t1, double g1, double r1) {
        double h = t1 - t0;
        return cubic(g0, r0 * h, g1, r1 * h, cubicMaximumFraction(g0, r0 * h, g1, r1 * h));
    }

    /** Where in [0, 1] the cubic, of opposite signs at the ends, vanishes (bisection). */
    private static double cubicRoot(double g0, double d0, double g1, double d1) {
        double lo = 0;
        double hi = 1;
        boolean rising = g0 <= 0;
        for (int k = 0; k < 30; k++) {
            double mid = 0.5 * (lo + hi);
            if ((cubic(g0, d0, g1, d1, mid) > 0) == rising) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
