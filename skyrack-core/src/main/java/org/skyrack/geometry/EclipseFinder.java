package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.skyrack.orbit.EphemerisSource;

/**
 * Umbra and penumbra intervals of one satellite over a window, from {@link ShadowGeometry}
 * sampled every {@code stepS} and refined to {@value Refine#TIME_ACCURACY_S} s. A penumbra
 * interval contains its umbra interval.
 */
public final class EclipseFinder {

    /** Default sampling step, s: 1/95 of a LEO orbit. */
    public static final double DEFAULT_STEP_S = 60;
    /**
     * How far below zero a sampled maximum of the sunlight margin may be and still be refined,
     * rad: the shadow angles change at most at ~1.2e-3 rad/s (orbital rate), so over a 60 s step
     * a true dip cannot hide more than ~0.07 rad below the samples; a wider margin only costs time.
     */
    private static final double DIP_MARGIN_PER_STEP_S = 2.0e-3;

    private final EphemerisSource ephemeris;
    private final EarthSunGrid grid;
    private final double stepS;
    private final ShadowGeometry.EarthShape shape;

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

    /** Finds the eclipses of {@code satellite} in [startS, endS] and sends them to {@code sink}. */
    public void find(int satellite, double startS, double endS, EventSink sink) {
        double[] pv = new double[6];
        double[] sun = new double[3];
        double[] g = new double[3];
        Refine refine = new Refine();
        IntervalTracker penumbra = new IntervalTracker(DIP_MARGIN_PER_STEP_S * stepS);
        IntervalTracker umbra = new IntervalTracker(DIP_MARGIN_PER_STEP_S * stepS);
        // The trackers follow "depth into shadow": positive in (pen)umbra, negative in sunlight.
        DoubleUnaryOperator shadowPen = t -> -margins(satellite, t, pv, sun, g)[0];
        DoubleUnaryOperator shadowUmb = t -> -margins(satellite, t, pv, sun, g)[1];
        IntervalTracker.Consumer pen = (a, b) -> sink.eclipse(satellite, false, a, b);
        IntervalTracker.Consumer umb = (a, b) -> sink.eclipse(satellite, true, a, b);
        int n = (int) Math.ceil((endS - startS) / stepS);
        for (int i = 0; i <= n; i++) {
            double t = i == n ? endS : startS + i * stepS;
            margins(satellite, t, pv, sun, g);
            double depthPen = -g[0];
            double depthUmb = -g[1];
            penumbra.sample(t, depthPen, shadowPen, refine, pen);
            umbra.sample(t, depthUmb, shadowUmb, refine, umb);
        }
        penumbra.finish(endS, pen);
        umbra.finish(endS, umb);
    }

    private double[] margins(int satellite, double t, double[] pv, double[] sun, double[] g) {
        ephemeris.state(satellite, t, pv, 0);
        grid.sunTeme(t, sun, 0);
        ShadowGeometry.shadow(pv, 0, sun, 0, shape, g);
        return g;
    }
}
