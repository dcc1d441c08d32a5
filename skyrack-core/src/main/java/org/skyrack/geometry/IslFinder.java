package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.orekit.utils.Constants;
import org.skyrack.orbit.EphemerisSource;

/**
 * Availability of one inter-satellite link: intervals where the line of sight clears the
 * WGS84 Earth plus a grazing altitude (default 100 km, to stay above the dense atmosphere) and
 * the range is within the terminals' limit. The line-of-sight test uses the same affine
 * scaling as {@link ShadowGeometry}, so the ellipsoid is exact and the grazing altitude is
 * measured in the scaled sphere (within 0.3 % of the true height).
 */
public final class IslFinder {

    /** Default grazing altitude of the line of sight above the Earth, m. */
    public static final double DEFAULT_GRAZING_ALTITUDE_M = 100e3;
    /** Default sampling step, s. */
    public static final double DEFAULT_STEP_S = 60;
    /** Link margins (m) change at most at twice the orbital speed, ~16 km/s. */
    private static final double DIP_MARGIN_PER_STEP_M = 16e3;
    /** Longest step taken while a link is up with a wide margin, s. */
    public static final double MAX_SKIP_S = 600;
    /**
     * Longest step for two members of a rigid (station-kept) formation: their range never
     * changes, so only the line of sight's clearance bounds the step, s.
     */
    public static final double RIGID_MAX_SKIP_S = 6 * 3600;
    /**
     * Radial speed a satellite may have beyond its osculating Keplerian bound μe/h (J2 short-period
     * terms ~ 6 m/s in LEO, drag, the kernel's own perturbations), m/s.
     */
    static final double RADIAL_SPEED_ALLOWANCE_M_PER_S = 50;
    /** Factor on the largest gravity-gradient eigenvalue 2μ/r³ to cover J2 and the tidal bound's slack. */
    private static final double GRADIENT_FACTOR = 1.5;
    /** A skip must leave this fraction of each margin unused. */
    private static final double SKIP_SAFETY = 0.5;

    private final EphemerisSource ephemeris;
    private final double maxRangeM;
    private final double grazingAltitudeM;
    private final double stepS;

    public IslFinder(EphemerisSource ephemeris, double maxRangeM, double grazingAltitudeM, double stepS) {
        if (!(stepS > 0) || !(maxRangeM > 0) || !(grazingAltitudeM >= 0)) {
            throw new IllegalArgumentException("step, range must be > 0 and grazing altitude >= 0");
        }
        this.ephemeris = ephemeris;
        this.maxRangeM = maxRangeM;
        this.grazingAltitudeM = grazingAltitudeM;
        this.stepS = stepS;
    }

    /** Finds the availability intervals of the link between {@code a} and {@code b} in [startS, endS]. */
    public void find(int a, int b, double startS, double endS, EventSink sink) {
        boolean rigid = !Double.isNaN(ephemeris.rigidDistanceM(a, b));
        double[] pv = new double[12];
        Refine refine = new Refine();
        DoubleUnaryOperator margin = t -> margin(a, b, t, pv);
        DoubleUnaryOperator range = t -> {
            margin(a, b, t, pv);
            return distance(pv);
        };
        IntervalTracker tracker = new IntervalTracker(DIP_MARGIN_PER_STEP_M * stepS);
        IntervalTracker.Consumer out = (s, e) -> {
            double[] min = refine.extremum(range, s, e, GoalType.MINIMIZE);
            sink.link(a, b, s, e, Math.min(min[1], Math.min(range.applyAsDouble(s), range.applyAsDouble(e))));
        };
        double t = startS;
        while (true) {
            double g = margin(a, b, t, pv);
            tracker.sample(t, g, margin, refine, out);
            if (t >= endS) {
                break;
            }
            double step = g > 0 ? Math.max(stepS, safeStepS(pv, rigid)) : stepS;
            t = Math.min(endS, t + step);
        }
        tracker.finish(endS, out);
    }

    /**
     * How far ahead the link is certainly still up, s (0 if less than a sampling step): the
     * line-of-sight clearance changes no faster than the ends' radial speeds (the osculating
     * Keplerian bound μe/h plus an allowance) plus their speed times the angle the link subtends
     * at the Earth's centre; the range no faster than the relative motion allows under a
     * gravity-gradient bound on the relative acceleration, d'' ≤ k·d, whose solution is
     * d(t) ≤ d₀·cosh(√k·t) + (v₀/√k)·sinh(√k·t), or not at all for a {@code rigid} pair (the
     * ephemeris holds its range fixed), which may then skip up to {@link #RIGID_MAX_SKIP_S}.
     * Only half of each margin is used.
     */
    private double safeStepS(double[] pv, boolean rigid) {
        double rA = Math.sqrt(pv[0] * pv[0] + pv[1] * pv[1] + pv[2] * pv[2]);
        double rB = Math.sqrt(pv[6] * pv[6] + pv[7] * pv[7] + pv[8] * pv[8]);
        double vMax = Math.max(Math.sqrt(pv[3] * pv[3] + pv[4] * pv[4] + pv[5] * pv[5]),
                Math.sqrt(pv[9] * pv[9] + pv[10] * pv[10] + pv[11] * pv[11]));
        double rMin = Math.min(rA, rB);
        double d0 = distance(pv);
        double vx = pv[9] - pv[3];
        double vy = pv[10] - pv[4];
        double vz = pv[11] - pv[5];
        double v0 = Math.sqrt(vx * vx + vy * vy + vz * vz);
        double k = GRADIENT_FACTOR * 2 * Constants.WGS84_EARTH_MU / (rMin * rMin * rMin);
        double sk = Math.sqrt(k);
        double radial = Math.max(radialSpeedBound(pv, 0), radialSpeedBound(pv, 6)) + RADIAL_SPEED_ALLOWANCE_M_PER_S;
        double clearance = clearance(pv, grazingAltitudeM);
        double rangeMargin = maxRangeM - d0;
        for (double dt = rigid ? RIGID_MAX_SKIP_S : MAX_SKIP_S; dt >= stepS; dt *= 0.5) {
            double grow = rigid ? 0 : (Math.cosh(sk * dt) - 1) * d0 + v0 / sk * Math.sinh(sk * dt);
            double dMax = d0 + grow;
            double clearanceRate = radial + Math.min(1, dMax / rMin) * vMax * ShadowGeometry.Z_SCALE;
            if (clearanceRate * dt <= SKIP_SAFETY * clearance && grow <= SKIP_SAFETY * rangeMargin) {
                return dt;
            }
        }
        return 0;
    }

    /** μ·e/h of the osculating Keplerian orbit of the state at {@code pv[o..o+5]}: the largest radial speed on it, m/s. */
    static double radialSpeedBound(double[] pv, int o) {
        double mu = Constants.WGS84_EARTH_MU;
        double rx = pv[o];
        double ry = pv[o + 1];
        double rz = pv[o + 2];
        double vx = pv[o + 3];
        double vy = pv[o + 4];
        double vz = pv[o + 5];
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double v2 = vx * vx + vy * vy + vz * vz;
        double rv = rx * vx + ry * vy + rz * vz;
        double c = v2 / mu - 1 / r;
        double ex = c * rx - rv / mu * vx;
        double ey = c * ry - rv / mu * vy;
        double ez = c * rz - rv / mu * vz;
        double hx = ry * vz - rz * vy;
        double hy = rz * vx - rx * vz;
        double hz = rx * vy - ry * vx;
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        return mu * Math.sqrt(ex * ex + ey * ey + ez * ez) / h;
    }

    /** min(line-of-sight clearance, range margin), m: positive when the link is available. */
    private double margin(int a, int b, double t, double[] pv) {
        ephemeris.state(a, t, pv, 0);
        ephemeris.state(b, t, pv, 6);
        return Math.min(clearance(pv, grazingAltitudeM), maxRangeM - distance(pv));
    }

    private static double distance(double[] pv) {
        double dx = pv[6] - pv[0];
        double dy = pv[7] - pv[1];
        double dz = pv[8] - pv[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * Distance from the Earth's centre to the segment between the two satellites (positions at
     * pv[0..2] and pv[6..8]), in the scaled space where the ellipsoid is a sphere, minus the
     * sphere's radius plus the grazing altitude, m.
     */
    static double clearance(double[] pv, double grazingAltitudeM) {
        double x1 = pv[0];
        double y1 = pv[1];
        double z1 = pv[2] * ShadowGeometry.Z_SCALE;
        double dx = pv[6] - x1;
        double dy = pv[7] - y1;
        double dz = pv[8] * ShadowGeometry.Z_SCALE - z1;
        double dd = dx * dx + dy * dy + dz * dz;
        double s = dd == 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy + z1 * dz) / dd));
        double px = x1 + s * dx;
        double py = y1 + s * dy;
        double pz = z1 + s * dz;
        return Math.sqrt(px * px + py * py + pz * pz) - (ShadowGeometry.EARTH_A_M + grazingAltitudeM);
    }
}
