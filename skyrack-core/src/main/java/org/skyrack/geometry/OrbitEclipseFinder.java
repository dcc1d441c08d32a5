package org.skyrack.geometry;

import org.orekit.utils.Constants;
import org.skyrack.orbit.EphemerisSource;

/**
 * Umbra and penumbra intervals of a near-circular low orbit, found orbit by orbit instead of by
 * sampling the whole window. Such an orbit passes the anti-Sun side once per revolution, so the
 * shadow depths of {@link ShadowGeometry#shadowDepthsAndRates} have one maximum per orbit, close
 * to g(t) ≈ A·cos(ω(t − tm)) − C. For each orbit the finder
 * <ol>
 * <li>propagates once where the previous orbit predicts the dip and corrects that time by the
 *     in-plane angle to the anti-Sun direction;</li>
 * <li>skips the orbit when an upper bound of its penumbra depth (cos β − cos(ρE + ρS) at the
 *     lowest radius of the osculating orbit) is below −{@link #SUNLIT_BOUND_MARGIN};</li>
 * <li>otherwise converges on the dip's maximum (Newton on the depth's rate, curvature from the
 *     model), and from its depth decides whether there is a penumbra and an umbra;</li>
 * <li>converges on each edge with Newton steps on the exact depth from the model's half-width,
 *     to {@link #EDGE_TOLERANCE_S}.</li>
 * </ol>
 * Where the model cannot be trusted the careful sampled search ({@link EclipseFinder} at
 * {@link EclipseFinder#DEFAULT_STEP_S} on the same source) does that orbit: a dip within
 * {@link #GRAZING_DEPTH} of zero (an eclipse appearing, vanishing or grazing), a Newton iteration
 * that does not converge inside its orbit, the partial orbits at the window's ends, and whole
 * windows of orbits that are not near-circular and low. Orbits are cut half an orbit from the
 * dip, on the day side, so no interval straddles two orbits. Results are the careful search's
 * (same intervals, edges within milliseconds); a finder keeps working buffers, so use it from
 * one thread at a time.
 */
public final class OrbitEclipseFinder {

    /** Osculating eccentricity at the window's start above which the careful search does the window. */
    public static final double MAX_ECCENTRICITY = 0.02;
    /** Osculating apogee radius above which the careful search does the window, m (one dip per orbit needs a low orbit). */
    public static final double MAX_APOGEE_RADIUS_M = 2 * ShadowGeometry.EARTH_A_M;
    /**
     * Margin of the sunlit-orbit bound, in the depths' units (cosines). The bound holds exactly for
     * a fixed orbit plane and Sun direction; over one orbit the plane turns by ~1e-3 rad (nodal
     * precession and the Sun's motion), the Sun's parallax is 5e-5 rad and the lowest radius is
     * taken from the osculating orbit, which all stay under ~6e-3.
     */
    public static final double SUNLIT_BOUND_MARGIN = 0.02;
    /**
     * Dips whose deepest penumbra or umbra depth is within this of zero go to the careful search
     * (cosine units; a dip this deep lasts ~2·sqrt(2·1e-3/(ω²·A)) ≈ 130 s at 550 km).
     */
    public static final double GRAZING_DEPTH = 1e-3;
    /**
     * Edges are converged until the next Newton step, bounded by |g''|·step²/(2|g'|) with
     * |g''| ≤ 2ω², is below this, s.
     */
    public static final double EDGE_TOLERANCE_S = 1e-5;
    /**
     * An umbra depth above this at the predicted dip (cosine units) proves an umbra (and a
     * penumbra) without converging on the maximum: the maximum is at least as deep.
     */
    private static final double CERTAIN_UMBRA_DEPTH = 0.01;
    /** The dip's maximum is converged to this, s (its depth is then exact to ~ω²·(1e-3 s)² ≈ 1e-12). */
    private static final double CENTER_TOLERANCE_S = 1e-3;
    private static final int MAX_NEWTON_STEPS = 12;
    /** Farther than this from its prediction (a fraction of the period) a dip is not trusted. */
    private static final double MAX_CENTER_SHIFT_FRACTION = 0.125;
    private static final double MU_M3_S2 = Constants.WGS84_EARTH_MU;

    private final EphemerisSource source;
    private final EarthSunGrid grid;
    private final ShadowGeometry.EarthShape shape;
    private final EclipseFinder careful;
    private final double[] pv = new double[6];
    private final double[] sun = new double[3];
    private final double[] depth = new double[5];
    private long evaluations;
    private long carefulOrbits;
    private double angularRate;
    /** Edges (penumbra in, out, umbra in, out) of the last orbit and of the one before, s. */
    private final double[] lastEdges = new double[4];
    private final double[] edgesBefore = new double[4];
    /** Consecutive orbits just before this one whose four edges were found here (0 after anything else). */
    private int history;

    /**
     * @param source propagator, evaluated directly (no interpolant)
     * @param grid   Sun positions over the windows to be searched
     * @param shape  the Earth's figure for the shadow
     */
    public OrbitEclipseFinder(EphemerisSource source, EarthSunGrid grid, ShadowGeometry.EarthShape shape) {
        this.source = source;
        this.grid = grid;
        this.shape = shape;
        this.careful = new EclipseFinder(source, grid, EclipseFinder.DEFAULT_STEP_S, shape);
    }

    /** Finds the eclipses of {@code satellite} in [startS, endS] and sends them to {@code sink}. */
    public void find(int satellite, double startS, double endS, EventSink sink) {
        source.state(satellite, startS, pv, 0);
        grid.sunTeme(startS, sun, 0);
        evaluations++;
        double r = norm(pv[0], pv[1], pv[2]);
        double v2 = pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5];
        double a = 1 / (2 / r - v2 / MU_M3_S2);
        double e = eccentricity(a);
        if (!(a > 0) || !(e < MAX_ECCENTRICITY) || a * (1 + e) > MAX_APOGEE_RADIUS_M) {
            carefully(satellite, startS, endS, sink);
            return;
        }
        double period = 2 * Math.PI * Math.sqrt(a * a * a / MU_M3_S2);
        double phase = antiSunPhase();
        double firstDip = startS + (phase < 0 ? phase + 2 * Math.PI : phase) / angularRate;
        double cut = firstDip + period / 2;
        if (cut + 2 * period > endS) {
            carefully(satellite, startS, endS, sink);
            return;
        }
        carefully(satellite, startS, cut, sink);
        history = 0;
        while (cut + 2 * period <= endS) {
            cut = orbit(satellite, cut, period, sink);
        }
        carefully(satellite, cut, endS, sink);
    }

    /** Propagator calls so far (for tests and the cost harness). */
    long evaluations() {
        return evaluations;
    }

    /** Orbits (and window ends) handed to the careful search so far. */
    long carefulOrbits() {
        return carefulOrbits;
    }

    /**
     * The orbit that starts at the day-side cut {@code cut}: emits its eclipses and returns the
     * next cut, half a period after its dip.
     */
    private double orbit(int satellite, double cut, double period, EventSink sink) {
        double predicted = cut + period / 2;
        evaluate(satellite, predicted);
        double phase = antiSunPhase();
        double dip = predicted + phase / angularRate;
        double end = predicted + period / 2;
        if (Math.abs(dip - predicted) > MAX_CENTER_SHIFT_FRACTION * period) {
            return carefully(satellite, cut, end, sink);
        }
        if (sunlitBound() < -SUNLIT_BOUND_MARGIN) {
            history = 0;
            return dip + period / 2;
        }
        ShadowGeometry.shadowDepthsAndRates(pv, 0, sun, 0, shape, depth);
        if (depth[1] > CERTAIN_UMBRA_DEPTH) {
            // Deep in umbra near the predicted dip: both intervals exist, whatever the exact maximum.
            double curvature = angularRate * angularRate * Math.max(depth[4], 0.1);
            double cosThetaMax = depth[4] + depth[2] * depth[2] / (2 * curvature);
            double rise = cosThetaMax - depth[4];
            if (edges(satellite, cut, dip, dip + period / 2, cosThetaMax, depth[0] + rise, depth[1] + rise, sink)) {
                return 0.5 * (lastEdges[0] + lastEdges[1]) + period / 2;
            }
            history = 0;
            return carefully(satellite, cut, end, sink);
        }
        history = 0;
        // Newton on the rate of the penumbra depth; curvature of the model, -ω²·A with A = cos θ.
        double t = dip;
        boolean converged = false;
        for (int i = 0; i < MAX_NEWTON_STEPS && !converged; i++) {
            evaluateDepths(satellite, t);
            double curvature = angularRate * angularRate * Math.max(depth[4], 0.1);
            double step = depth[2] / curvature;
            t += step;
            converged = Math.abs(step) < CENTER_TOLERANCE_S;
            if (converged) {
                // the depths at the maximum: last values plus the quadratic's rise over the step
                depth[0] += 0.5 * depth[2] * step;
                depth[1] += 0.5 * depth[3] * step;
            }
        }
        if (!converged || Math.abs(t - predicted) > MAX_CENTER_SHIFT_FRACTION * period) {
            return carefully(satellite, cut, end, sink);
        }
        double dipTime = t;
        double next = dipTime + period / 2;
        double penumbraDepth = depth[0];
        double umbraDepth = depth[1];
        double cosThetaMax = depth[4];
        if (penumbraDepth < -GRAZING_DEPTH) {
            return next;
        }
        if (Math.abs(penumbraDepth) <= GRAZING_DEPTH || Math.abs(umbraDepth) <= GRAZING_DEPTH) {
            return carefully(satellite, cut, next, sink);
        }
        if (!edges(satellite, cut, dipTime, next, cosThetaMax, penumbraDepth, umbraDepth, sink)) {
            history = 0;
            return carefully(satellite, cut, next, sink);
        }
        return next;
    }

    /**
     * Converges on the edges of the dip at {@code dipTime} (penumbra, and umbra when
     * {@code umbraDepth} &gt; 0) inside (cut, end) and emits them; false, emitting nothing, when
     * an edge does not converge. Each edge starts from its extrapolation over the two previous
     * orbits when they had umbra too, else from the model's half-width.
     */
    private boolean edges(int satellite, double cut, double dipTime, double end, double cosThetaMax,
                          double penumbraDepth, double umbraDepth, EventSink sink) {
        boolean umbra = umbraDepth > 0;
        boolean extrapolate = umbra && history >= 2;
        double penWidth = halfWidth(cosThetaMax, penumbraDepth);
        double penIn = edge(satellite, 0, extrapolate ? guess(0) : dipTime - penWidth, cut, dipTime, true);
        double penOut = edge(satellite, 0, extrapolate ? guess(1) : dipTime + penWidth, dipTime, end, false);
        if (Double.isNaN(penIn) || Double.isNaN(penOut)) {
            return false;
        }
        double umbIn = 0;
        double umbOut = 0;
        if (umbra) {
            double umbWidth = halfWidth(cosThetaMax, umbraDepth);
            umbIn = edge(satellite, 1, extrapolate ? guess(2) : dipTime - umbWidth, penIn, dipTime, true);
            umbOut = edge(satellite, 1, extrapolate ? guess(3) : dipTime + umbWidth, dipTime, penOut, false);
            if (Double.isNaN(umbIn) || Double.isNaN(umbOut)) {
                return false;
            }
        }
        sink.eclipse(satellite, false, penIn, penOut);
        if (umbra) {
            sink.eclipse(satellite, true, umbIn, umbOut);
        }
        System.arraycopy(lastEdges, 0, edgesBefore, 0, 4);
        lastEdges[0] = penIn;
        lastEdges[1] = penOut;
        lastEdges[2] = umbIn;
        lastEdges[3] = umbOut;
        history = umbra ? history + 1 : 0;
        return true;
    }

    /** Edge {@code k} of this orbit extrapolated linearly from the two previous orbits, s. */
    private double guess(int k) {
        return 2 * lastEdges[k] - edgesBefore[k];
    }

    /** Time from the dip's maximum to the edge of a depth that peaks at {@code maxDepth}, on the model, s. */
    private double halfWidth(double cosThetaMax, double maxDepth) {
        double c = (cosThetaMax - maxDepth) / cosThetaMax;
        return Math.acos(Math.max(-1, Math.min(1, c))) / angularRate;
    }

    /**
     * Newton's method on depth {@code which} (0 penumbra, 1 umbra) from {@code guess}; the root
     * must stay inside (lo, hi) with the depth rising ({@code entry}) or falling through it. NaN
     * when it does not.
     */
    private double edge(int satellite, int which, double guess, double lo, double hi, boolean entry) {
        double t = guess;
        double curvatureBound = 2 * angularRate * angularRate;
        for (int i = 0; i < MAX_NEWTON_STEPS; i++) {
            if (!(t > lo && t < hi)) {
                return Double.NaN;
            }
            evaluateDepths(satellite, t);
            double g = depth[which];
            double rate = depth[2 + which];
            if (entry ? !(rate > 0) : !(rate < 0)) {
                return Double.NaN;
            }
            double step = -g / rate;
            t += step;
            if (curvatureBound * step * step < 2 * EDGE_TOLERANCE_S * Math.abs(rate)) {
                return t > lo && t < hi ? t : Double.NaN;
            }
        }
        return Double.NaN;
    }

    private double carefully(int satellite, double startS, double endS, EventSink sink) {
        carefulOrbits++;
        history = 0;
        careful.find(satellite, startS, endS, sink);
        return endS;
    }

    private void evaluate(int satellite, double t) {
        source.state(satellite, t, pv, 0);
        grid.sunTeme(t, sun, 0);
        evaluations++;
    }

    private void evaluateDepths(int satellite, double t) {
        evaluate(satellite, t);
        ShadowGeometry.shadowDepthsAndRates(pv, 0, sun, 0, shape, depth);
    }

    /**
     * Angle from the satellite to the anti-Sun direction projected on the orbit plane, in the
     * direction of motion, rad in (−π, π]; also sets the angular rate (rad/s) of the state in
     * {@link #pv}.
     */
    private double antiSunPhase() {
        double rx = pv[0];
        double ry = pv[1];
        double rz = pv[2];
        double r = norm(rx, ry, rz);
        double hx = ry * pv[5] - rz * pv[4];
        double hy = rz * pv[3] - rx * pv[5];
        double hz = rx * pv[4] - ry * pv[3];
        double h = norm(hx, hy, hz);
        angularRate = h / (r * r);
        double s = norm(sun[0], sun[1], sun[2]);
        double ax = -sun[0] / s;
        double ay = -sun[1] / s;
        double az = -sun[2] / s;
        // in-plane basis: p along r, q = h × r / (|h| r), the direction of motion
        double along = (ax * rx + ay * ry + az * rz) / r;
        double qx = (hy * rz - hz * ry) / (h * r);
        double qy = (hz * rx - hx * rz) / (h * r);
        double qz = (hx * ry - hy * rx) / (h * r);
        double ahead = ax * qx + ay * qy + az * qz;
        return Math.atan2(ahead, along);
    }

    /**
     * Upper bound of the penumbra depth over the orbit of the state in {@link #pv}: the largest
     * cos θ in the orbit plane is cos β, and the Earth looks largest at the osculating perigee.
     */
    private double sunlitBound() {
        double r = norm(pv[0], pv[1], pv[2]);
        double v2 = pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5];
        double a = 1 / (2 / r - v2 / MU_M3_S2);
        double perigee = a * (1 - eccentricity(a));
        double hx = pv[1] * pv[5] - pv[2] * pv[4];
        double hy = pv[2] * pv[3] - pv[0] * pv[5];
        double hz = pv[0] * pv[4] - pv[1] * pv[3];
        double h = norm(hx, hy, hz);
        double s = norm(sun[0], sun[1], sun[2]);
        double sinBeta = (hx * sun[0] + hy * sun[1] + hz * sun[2]) / (h * s);
        double cosBeta = Math.sqrt(Math.max(0, 1 - sinBeta * sinBeta));
        double sinE = Math.min(1, ShadowGeometry.EARTH_A_M / perigee);
        double sinS = Math.min(1, ShadowGeometry.SUN_RADIUS_M / s);
        double cosPenumbraCone = Math.sqrt(1 - sinE * sinE) * Math.sqrt(1 - sinS * sinS) - sinE * sinS;
        return cosBeta - cosPenumbraCone;
    }

    /** Osculating eccentricity of the state in {@link #pv} with semi-major axis {@code a} (m). */
    private double eccentricity(double a) {
        double hx = pv[1] * pv[5] - pv[2] * pv[4];
        double hy = pv[2] * pv[3] - pv[0] * pv[5];
        double hz = pv[0] * pv[4] - pv[1] * pv[3];
        double p = (hx * hx + hy * hy + hz * hz) / MU_M3_S2;
        return Math.sqrt(Math.max(0, 1 - p / a));
    }

    private static double norm(double x, double y, double z) {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
