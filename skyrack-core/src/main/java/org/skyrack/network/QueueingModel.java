package org.skyrack.network;

/**
 * Waiting time in a link's output queue before a message is sent: the hook for congestion.
 * The default is no queueing; {@link #mm1(double)} gives the mean wait of an M/M/1 queue at a
 * fixed utilisation, W_q = ρ/(1 − ρ)·S, where S is the message's service (serialization) time
 * (Kleinrock, <i>Queueing Systems</i> Vol. 1, 1975, §3.2). A live model will read per-link
 * utilisation from the workload's traffic; the link index is passed for that.
 */
@FunctionalInterface
public interface QueueingModel {

    /**
     * @param link          index of the link in its {@link LinkGraph}
     * @param serviceTimeS  serialization time of the message on that link, s
     * @return mean waiting time before transmission starts, s
     */
    double waitS(int link, double serviceTimeS);

    /** No queueing: every link is idle when a message arrives. */
    static QueueingModel none() {
        return (link, serviceTimeS) -> 0.0;
    }

    /** M/M/1 at utilisation {@code utilizationFraction} in [0, 1) on every link. */
    static QueueingModel mm1(double utilizationFraction) {
        if (!(utilizationFraction >= 0 && utilizationFraction < 1)) {
            throw new IllegalArgumentException("utilizationFraction must be in [0, 1), got " + utilizationFraction);
        }
        double factor = utilizationFraction / (1 - utilizationFraction);
        return (link, serviceTimeS) -> factor * serviceTimeS;
    }
}
