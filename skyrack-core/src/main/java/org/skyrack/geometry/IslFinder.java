package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
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
        int n = (int) Math.ceil((endS - startS) / stepS);
        for (int i = 0; i <= n; i++) {
            double t = i == n ? endS : startS + i * stepS;
            tracker.sample(t, margin(a, b, t, pv), margin, refine, out);
        }
        tracker.finish(endS, out);
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
