package org.skyrack.workload;

import org.skyrack.scenario.Workload;

/**
 * How fast a data-parallel training job runs on a gang of satellites: each optimizer step
 * computes 6·N·B FLOP (N parameters, B tokens per step; Kaplan et al. 2020) on the gang's
 * accelerators at the model FLOP utilization, then exchanges gradients between satellites with
 * a ring all-reduce over the slowest inter-satellite link, 2·(n − 1)/n × 16·N bits (BF16
 * gradients; Patarasuk &amp; Yuan 2009 for the ring's bandwidth term). Compute and exchange do
 * not overlap (a conservative choice: real jobs overlap part of it), and traffic inside a
 * satellite is free. A synchronous gang runs at the pace of its slowest member, so the compute
 * term scales with the smallest compute fraction in the gang. FLOP, s, bit/s.
 *
 * @param flopPerStep            compute per optimizer step, FLOP
 * @param gangPeakFlopPerS       the gang's accelerators at full speed, FLOP/s
 * @param modelFlopUtilization   fraction of peak achieved
 * @param exchangeSPerStep       gradient all-reduce time per step, s
 */
public record TrainingStepModel(double flopPerStep, double gangPeakFlopPerS, double modelFlopUtilization,
                                double exchangeSPerStep) {

    /** Bits per gradient element exchanged (BF16). */
    public static final double GRADIENT_BITS_PER_PARAMETER = 16;

    /**
     * The model of a job on {@code satellites} satellites whose accelerators together give
     * {@code gangPeakFlopPerS}, linked by inter-satellite links of at least {@code slowestLinkBps}.
     * A job given as total compute (no parameter count) has no exchange term; its steps are
     * then one second long at full speed (their size does not matter without an exchange).
     */
    public static TrainingStepModel of(Workload.TrainingJob job, int satellites, double gangPeakFlopPerS,
                                       double slowestLinkBps) {
        double n = job.parameters();
        double flopPerStep = n > 0 ? 6 * n * job.batchTokens() : gangPeakFlopPerS * job.modelFlopUtilization();
        double exchange = 0;
        if (n > 0 && satellites > 1) {
            if (!(slowestLinkBps > 0)) {
                throw new IllegalArgumentException("a gang of " + satellites
                        + " satellites needs inter-satellite links to exchange gradients");
            }
            exchange = 2.0 * (satellites - 1) / satellites * GRADIENT_BITS_PER_PARAMETER * n / slowestLinkBps;
        }
        return new TrainingStepModel(flopPerStep, gangPeakFlopPerS, job.modelFlopUtilization(), exchange);
    }

    /** Time of one step with the gang's slowest member at compute fraction {@code speed}, s (∞ at 0). */
    public double stepS(double speed) {
        if (speed <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return flopPerStep / (gangPeakFlopPerS * modelFlopUtilization * speed) + exchangeSPerStep;
    }

    /** Useful training compute per second at compute fraction {@code speed}, FLOP/s. */
    public double goodputFlopPerS(double speed) {
        return speed <= 0 ? 0 : flopPerStep / stepS(speed);
    }
}
