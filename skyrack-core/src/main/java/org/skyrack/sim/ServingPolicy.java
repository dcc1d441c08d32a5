package org.skyrack.sim;

import org.skyrack.scenario.Workload;

/**
 * Where inference load may go, and in which order satellites are filled: the scheduling
 * policies of {@code workload.policy} as the inference simulation applies them.
 */
public interface ServingPolicy {

    /** A change of compute fraction smaller than this is no change (full compute is 1). */
    double FULL_COMPUTE_TOLERANCE = 1e-9;

    /** Whether a satellite at {@code computeFraction} of full compute may take load. */
    boolean eligible(double computeFraction);

    /** True to fill the nearest satellites (by path delay) first, false for the lowest-numbered. */
    boolean nearestFirst();

    /**
     * Utilization to which a first pass fills the satellites in order before a second pass fills
     * them up to {@link InferenceSimulation#MAX_UTILIZATION}; at that cap or above there is one pass.
     */
    default double spreadUtilization() {
        return InferenceSimulation.MAX_UTILIZATION;
    }

    /** First come, greedy: any satellite with compute, lowest-numbered first. */
    ServingPolicy GREEDY = new ServingPolicy() {
        @Override
        public boolean eligible(double computeFraction) {
            return computeFraction > 0;
        }

        @Override
        public boolean nearestFirst() {
            return false;
        }
    };

    /** Power-aware: only satellites at full compute (not held back by battery or heat), nearest first. */
    ServingPolicy POWER_AWARE = new ServingPolicy() {
        @Override
        public boolean eligible(double computeFraction) {
            return computeFraction >= 1 - FULL_COMPUTE_TOLERANCE;
        }

        @Override
        public boolean nearestFirst() {
            return true;
        }
    };

    /**
     * Latency-aware: any satellite with compute, nearest first, spread before packed: a first pass
     * loads each to {@link #LATENCY_AWARE_SPREAD_UTILIZATION} (an M/M/1 wait of one service time)
     * and only load that finds no room then packs them up to the cap (a wait of nine). Inside a
     * cluster the next satellite is microseconds away, so spreading costs nothing in path delay.
     */
    ServingPolicy LATENCY_AWARE = new ServingPolicy() {
        @Override
        public boolean eligible(double computeFraction) {
            return computeFraction > 0;
        }

        @Override
        public boolean nearestFirst() {
            return true;
        }

        @Override
        public double spreadUtilization() {
            return LATENCY_AWARE_SPREAD_UTILIZATION;
        }
    };

    /** Utilization of the latency-aware policy's first, spreading pass (assumption). */
    double LATENCY_AWARE_SPREAD_UTILIZATION = 0.5;

    /** The policy a scenario names. */
    static ServingPolicy of(Workload.Policy policy) {
        return switch (policy) {
            case GREEDY -> GREEDY;
            case POWER_AWARE -> POWER_AWARE;
            case LATENCY_AWARE -> LATENCY_AWARE;
        };
    }
}
