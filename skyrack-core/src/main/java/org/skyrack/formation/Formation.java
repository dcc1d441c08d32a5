package org.skyrack.formation;

/**
 * A bounded formation of satellites around a circular reference orbit, from the
 * Hill–Clohessy–Wiltshire equations (Clohessy &amp; Wiltshire 1960, J. Aerospace Sci. 27(9);
 * Vallado 4th ed. §6.8). Each member follows the bounded HCW solution
 * x = A·sin(nt+α), y = 2A·cos(nt+α), z = √3·A·sin(nt+α) in the LVLH frame (x radial, y along
 * track, z orbit normal). Its distance from the reference is 2A at all times and all members
 * lie in one plane that turns once per orbit, so the formation moves as a rigid disk: every
 * mutual distance is constant in the linear (two-body) model. Members are placed on the
 * disk of radius R with a Vogel sunflower spiral (r = R·√((i+½)/N), golden-angle steps),
 * which spreads them evenly with nearest neighbours about R·√(π/N) apart.
 *
 * <p>Assumptions: circular reference orbit, no J2 or drag (both make the real formation drift
 * and call for station-keeping; see Suncatcher, arXiv 2511.19468 §3).
 */
public final class Formation {

    private static final double GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));
    private static final double SQRT_3 = Math.sqrt(3);

    private final double[] amplitudeM;
    private final double[] phaseRad;

    private Formation(double[] amplitudeM, double[] phaseRad) {
        this.amplitudeM = amplitudeM;
        this.phaseRad = phaseRad;
    }

    /** N members evenly spread over a disk of radius {@code radiusM} (m) around the reference. */
    public static Formation disk(int members, double radiusM) {
        double[] a = new double[members];
        double[] p = new double[members];
        for (int i = 0; i < members; i++) {
            double r = members == 1 ? 0 : radiusM * Math.sqrt((i + 0.5) / members);
            a[i] = r / 2;
            p[i] = i * GOLDEN_ANGLE_RAD;
        }
        return new Formation(a, p);
    }

    /** Number of members. */
    public int size() {
        return amplitudeM.length;
    }

    /**
     * Relative position (m) and velocity in the rotating LVLH frame (m/s) of member {@code i} at t = 0:
     * {x, y, z, ẋ, ẏ, ż}.
     *
     * @param meanMotionRadPerS mean motion of the reference orbit, rad/s
     */
    public double[] relativeStateLvlh(int i, double meanMotionRadPerS) {
        return relativeStateLvlh(i, meanMotionRadPerS, 0);
    }

    /** Relative state of member {@code i} at time {@code tS} (s) after the epoch, HCW linear model. */
    public double[] relativeStateLvlh(int i, double n, double tS) {
        double[] out = new double[6];
        relativeStateLvlh(i, n, tS, out, 0);
        return out;
    }

    /**
     * Relative state of member {@code i} at time {@code tS} (s) after the epoch into
     * {@code out[off..off+5]}, without allocating: {x, y, z} m, {ẋ, ẏ, ż} m/s in the rotating LVLH frame.
     *
     * @param n mean motion of the reference orbit, rad/s
     */
    public void relativeStateLvlh(int i, double n, double tS, double[] out, int off) {
        double a = amplitudeM[i];
        double th = n * tS + phaseRad[i];
        double s = Math.sin(th);
        double c = Math.cos(th);
        out[off] = a * s;
        out[off + 1] = 2 * a * c;
        out[off + 2] = SQRT_3 * a * s;
        out[off + 3] = a * n * c;
        out[off + 4] = -2 * a * n * s;
        out[off + 5] = SQRT_3 * a * n * c;
    }

    /** Smallest distance between two members, m (constant in the HCW model). */
    public double minSeparationM() {
        return separations()[0];
    }

    /** Largest nearest-neighbour distance, m. */
    public double maxNeighbourDistanceM() {
        return separations()[1];
    }

    /** {min over pairs, max over members of the nearest-neighbour distance}, m. */
    private double[] separations() {
        int n = size();
        if (n < 2) {
            return new double[] {Double.POSITIVE_INFINITY, 0};
        }
        double min = Double.POSITIVE_INFINITY;
        double maxNearest = 0;
        for (int i = 0; i < n; i++) {
            double[] p = relativeStateLvlh(i, 1);
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    double[] q = relativeStateLvlh(j, 1);
                    double d = Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])
                            + (p[2] - q[2]) * (p[2] - q[2]));
                    nearest = Math.min(nearest, d);
                }
            }
            min = Math.min(min, nearest);
            maxNearest = Math.max(maxNearest, nearest);
        }
        return new double[] {min, maxNearest};
    }
}
