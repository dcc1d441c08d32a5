package org.skyrack.geometry;

import org.skyrack.orbit.EphemerisSource;

/**
 * Distances inside a formation over one orbit, from the propagated states rather than the
 * linear model that placed the members: the smallest distance between any two members and the
 * largest distance from a member to its nearest neighbour, each over every sample.
 */
public final class ClusterDistances {

    /** Largest cluster measured (pairs grow as N²). */
    public static final int MAX_MEMBERS = 2000;

    private ClusterDistances() {
    }

    /**
     * @param source  propagator of every satellite
     * @param first   index of the first member
     * @param count   number of members (consecutive indices)
     * @param spanS   time to cover, s (one orbital period)
     * @param stepS   sampling step, s
     * @return {minimum pair distance, maximum nearest-neighbour distance}, m
     */
    public static double[] overSpan(EphemerisSource source, int first, int count, double spanS, double stepS) {
        if (count < 2 || count > MAX_MEMBERS) {
            throw new IllegalArgumentException("cluster of " + count + " members: need 2 to " + MAX_MEMBERS);
        }
        double[] pos = new double[6 * count];
        double minPair = Double.POSITIVE_INFINITY;
        double maxNearest = 0;
        for (double t = 0; t <= spanS; t += stepS) {
            for (int i = 0; i < count; i++) {
                source.state(first + i, t, pos, 6 * i);
            }
            for (int i = 0; i < count; i++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int j = 0; j < count; j++) {
                    if (j != i) {
                        double dx = pos[6 * i] - pos[6 * j];
                        double dy = pos[6 * i + 1] - pos[6 * j + 1];
                        double dz = pos[6 * i + 2] - pos[6 * j + 2];
                        nearest = Math.min(nearest, Math.sqrt(dx * dx + dy * dy + dz * dz));
                    }
                }
                minPair = Math.min(minPair, nearest);
                maxNearest = Math.max(maxNearest, nearest);
            }
        }
        return new double[] {minPair, maxNearest};
    }
}
