package org.skyrack.geometry;

import org.skyrack.orbit.EphemerisSource;

/**
 * One satellite's TEME states sampled at a fixed step over a window, served back at any time
 * by cubic Hermite interpolation of position and velocity between nodes. Event searches
 * sample at the nodes and refine between them without calling the propagator again; with
 * position and velocity at both ends, the cubic's error is about h⁴·|r⁽⁴⁾|/384, which for a
 * LEO orbit (|r⁽⁴⁾| ≈ n⁴·r ≈ 1e-5 m/s⁴) is 0.3 m at h = 60 s and 27 m at h = 180 s — a few
 * milliseconds of along-track time. Reusable: {@link #load} refills the arrays for another
 * satellite without allocating.
 */
public final class SampledTrajectory implements EphemerisSource {

    private final EphemerisSource source;
    private final double stepS;
    private double startS;
    private int nodes;
    private double[] states = new double[0];
    private int satellite = -1;

    /**
     * @param source propagator sampled at the nodes
     * @param stepS  node spacing, s
     */
    public SampledTrajectory(EphemerisSource source, double stepS) {
        if (!(stepS > 0)) {
            throw new IllegalArgumentException("step must be > 0 s, got " + stepS);
        }
        this.source = source;
        this.stepS = stepS;
    }

    /** Samples {@code satellite} at startS, startS + step, ... up to and including endS. */
    public void load(int satellite, double startS, double endS) {
        this.satellite = satellite;
        this.startS = startS;
        int n = (int) Math.ceil((endS - startS) / stepS) + 1;
        if (states.length < 6 * n) {
            states = new double[6 * n];
        }
        nodes = n;
        for (int i = 0; i < n; i++) {
            source.state(satellite, Math.min(startS + i * stepS, endS), states, 6 * i);
        }
        this.endS = endS;
    }

    private double endS;

    /** The node spacing, s. */
    public double stepS() {
        return stepS;
    }

    @Override
    public int size() {
        return source.size();
    }

    /**
     * The interpolated state of the loaded satellite; {@code satellite} must be the loaded one
     * and {@code t} inside the loaded window.
     */
    @Override
    public void state(int sat, double t, double[] out, int off) {
        if (sat != satellite) {
            throw new IllegalStateException("satellite " + sat + " is not loaded (loaded: " + satellite + ")");
        }
        double u = (t - startS) / stepS;
        int k = (int) Math.floor(u);
        if (k >= nodes - 1) {
            k = nodes - 2;
        }
        if (k < 0) {
            k = 0;
        }
        double t0 = startS + k * stepS;
        double h = Math.min(startS + (k + 1) * stepS, endS) - t0;
        double s = (t - t0) / h;
        if (s == 0 || nodes < 2) {
            System.arraycopy(states, 6 * k, out, off, 6);
            return;
        }
        double s2 = s * s;
        double s3 = s2 * s;
        double h00 = 2 * s3 - 3 * s2 + 1;
        double h10 = s3 - 2 * s2 + s;
        double h01 = -2 * s3 + 3 * s2;
        double h11 = s3 - s2;
        // derivatives with respect to s
        double d00 = 6 * s2 - 6 * s;
        double d10 = 3 * s2 - 4 * s + 1;
        double d01 = -6 * s2 + 6 * s;
        double d11 = 3 * s2 - 2 * s;
        int a = 6 * k;
        int b = a + 6;
        for (int i = 0; i < 3; i++) {
            double p0 = states[a + i];
            double v0 = states[a + 3 + i] * h;
            double p1 = states[b + i];
            double v1 = states[b + 3 + i] * h;
            out[off + i] = h00 * p0 + h10 * v0 + h01 * p1 + h11 * v1;
            out[off + 3 + i] = (d00 * p0 + d10 * v0 + d01 * p1 + d11 * v1) / h;
        }
    }
}
