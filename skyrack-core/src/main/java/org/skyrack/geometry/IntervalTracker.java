package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * Turns samples of a smooth function g(t) into the intervals where g &gt; 0: a sign change
 * between two samples is refined to a root; a local maximum of the samples that lies below
 * zero but within {@code dipMargin} of it is refined to the true maximum, which catches
 * intervals shorter than the sampling step (grazing passes, grazing penumbrae). The step must
 * be short against the time between two maxima of g (for orbital geometry, well under half an
 * orbit), so that the samples around a sampled maximum bracket the true one.
 */
final class IntervalTracker {

    /** Receives intervals in time order. */
    interface Consumer {
        void accept(double startS, double endS);
    }

    private final double dipMargin;
    private double tPrev2;
    private double gPrev2;
    private double tPrev;
    private double gPrev;
    private int samples;
    private boolean inside;
    private double start;

    /** @param dipMargin how far below zero a sampled maximum may be and still be refined, in units of g */
    IntervalTracker(double dipMargin) {
        this.dipMargin = dipMargin;
    }

    /** Feeds the next sample (times strictly increasing); {@code f} evaluates g exactly for refinement. */
    void sample(double t, double g, DoubleUnaryOperator f, Refine refine, Consumer out) {
        if (samples == 0) {
            inside = g > 0;
            start = t;
        } else {
            if (samples >= 2 && !inside && gPrev <= 0 && gPrev > -dipMargin && gPrev >= gPrev2 && gPrev >= g && g <= 0) {
                double[] max = refine.extremum(f, tPrev2, t, GoalType.MAXIMIZE);
                if (max[1] > 0) {
                    out.accept(refine.root(f, tPrev2, max[0]), refine.root(f, max[0], t));
                }
            }
            if ((g > 0) != inside) {
                double edge = refine.root(f, tPrev, t);
                if (inside) {
                    out.accept(start, edge);
                } else {
                    start = edge;
                }
                inside = !inside;
            }
        }
        tPrev2 = tPrev;
        gPrev2 = gPrev;
        tPrev = t;
        gPrev = g;
        samples++;
    }

    /** Closes an interval still open at the end of the window {@code tEnd} (the last sample's time). */
    void finish(double tEnd, Consumer out) {
        if (samples > 0 && inside) {
            out.accept(start, tEnd);
        }
        samples = 0;
    }
}
