package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.skyrack.orbit.EphemerisSource;

/**
 * Umbra and penumbra intervals of one satellite over a window, from
 * {@link ShadowGeometry#shadowDepths} sampled every {@code stepS} and refined to
 * {@value Refine#TIME_ACCURACY_S} s. A penumbra interval contains its umbra interval. A finder
 * keeps working buffers: use it from one thread at a time.
 */
public final class EclipseFinder {

    /** Default sampling step, s: 1/95 of a LEO orbit. */
    public static final double DEFAULT_STEP_S = 60;
    /**
     * How far below zero a sampled maximum of the shadow depth may be and still be refined, per
     * squared second of step, rad/s². Between samples that bracket it, a smooth maximum exceeds the
     * sampled one by at most |g''|·h²/8; the shadow angles of a LEO orbit have |g''| ≈ n² ≈ 1.2e-6
     * rad/s², so 2e-6·h² keeps a safety factor of ~13 while not refining every orbit's maximum.
     */
    private static final double DIP_MARGIN_PER_STEP2 = 2.0e-6;

    private final EphemerisSource ephemeris;
    private final EarthSunGrid grid;
    private final double stepS;
    private final ShadowGeometry.EarthShape shape;
    private EphemerisSource exact;
    // Buffers of the polish step: a finder serves one satellite at a time on one thread.
    private final double[] polishPv = new double[6];
    private final double[] polishSun = new double[3];
    private final double[] polishDepth = new double[2];

    public EclipseFinder(EphemerisSource ephemeris, EarthSunGrid grid, double stepS) {
        this(ephemeris, grid, stepS, ShadowGeometry.EarthShape.WGS84_ELLIPSOID);
    }

    /** As the three-argument constructor, with the Earth's figure for the shadow. */
    public EclipseFinder(EphemerisSource ephemeris, EarthSunGrid grid, double stepS, ShadowGeometry.EarthShape shape) {
        if (!(stepS > 0)) {
            throw new IllegalArgumentException("step must be > 0 s, got " + stepS);
        }
        this.ephemeris = ephemeris;
        this.grid = grid;
        this.stepS = stepS;
        this.shape = shape;
    }

    /**
     * Polishes every edge found on an interpolated {@code ephemeris} with one Newton step on
     * this exact source: the interpolant's edge error (milliseconds) shrinks to microseconds.
     */
    public EclipseFinder polishingWith(EphemerisSource exactSource) {
        this.exact = exactSource;
        return this;
    }

    /** Finds the eclipses of {@code satellite} in [startS, endS] and sends them to {@code sink}. */
    public void find(int satellite, double startS, double endS, EventSink sink) {
        double[] pv = new double[6];
        double[] sun = new double[3];
        double[] g = new double[3];
        Refine refine = new Refine();
        IntervalTracker penumbra = new IntervalTracker(DIP_MARGIN_PER_STEP2 * stepS * stepS);
        IntervalTracker umbra = new IntervalTracker(DIP_MARGIN_PER_STEP2 * stepS * stepS);
        // The trackers follow "depth into shadow": positive in (pen)umbra, negative in sunlight.
        DoubleUnaryOperator shadowPen = t -> margins(satellite, t, pv, sun, g)[0];
        DoubleUnaryOperator shadowUmb = t -> margins(satellite, t, pv, sun, g)[1];
        IntervalTracker.Consumer pen = (a, b) -> sink.eclipse(satellite, false,
                polish(satellite, a, 0, startS, endS, shadowPen), polish(satellite, b, 0, startS, endS, shadowPen));
        IntervalTracker.Consumer umb = (a, b) -> sink.eclipse(satellite, true,
                polish(satellite, a, 1, startS, endS, shadowUmb), polish(satellite, b, 1, startS, endS, shadowUmb));
        int n = (int) Math.ceil((endS - startS) / stepS);
        for (int i = 0; i <= n; i++) {
            double t = i == n ? endS : startS + i * stepS;
            margins(satellite, t, pv, sun, g);
            double depthPen = g[0];
            double depthUmb = g[1];
            penumbra.sample(t, depthPen, shadowPen, refine, pen);
            umbra.sample(t, depthUmb, shadowUmb, refine, umb);
        }
        penumbra.finish(endS, pen);
        umbra.finish(endS, umb);
    }

    /**
     * One Newton step on the exact source from an edge found on the interpolant, the slope taken
     * from the interpolant; window ends and edges without an exact source are left as they are.
     */
    private double polish(int satellite, double t, int which, double startS, double endS, DoubleUnaryOperator depth) {
        if (exact == null || t <= startS || t >= endS) {
            return t;
        }
        exact.state(satellite, t, polishPv, 0);
        grid.sunTeme(t, polishSun, 0);
        ShadowGeometry.shadowDepths(polishPv, 0, polishSun, 0, shape, polishDepth);
        double value = polishDepth[which];
        double h = 1e-3;
        double slope = (depth.applyAsDouble(t + h) - depth.applyAsDouble(t - h)) / (2 * h);
        if (slope == 0 || !Double.isFinite(slope)) {
            return t;
        }
        double step = -value / slope;
        // The interpolant is good to milliseconds: a larger correction means something else is wrong.
        return Math.abs(step) < 1.0 ? Math.min(endS, Math.max(startS, t + step)) : t;
    }

    private double[] margins(int satellite, double t, double[] pv, double[] sun, double[] g) {
        ephemeris.state(satellite, t, pv, 0);
        grid.sunTeme(t, sun, 0);
        ShadowGeometry.shadowDepths(pv, 0, sun, 0, shape, g);
        return g;
    }
}
