package org.skyrack.results;

import org.skyrack.sim.InferenceSimulation;
import org.skyrack.sim.TrainingSimulation;

/**
 * Bytes moved over the run, per link type. Ground links carry inference prompts up and answers
 * down, and training datasets up and results down; inter-satellite links carry training's gradient
 * exchange and checkpoints and the relay of inference traffic between the entry and the serving
 * satellite (bytes × hops).
 *
 * @param groundUpBytes                  ground to space, bytes
 * @param groundDownBytes                space to ground, bytes
 * @param interSatelliteBytes            all inter-satellite traffic, bytes
 * @param trainingInterSatelliteBytes    of which training (all-reduce and checkpoints), bytes
 * @param inferenceInterSatelliteBytes   of which inference relays, bytes
 * @param bulkUpBytes                    datasets sent up over ground contacts, bytes
 * @param bulkDownBytes                  results, and checkpoints of jobs that send them down, over ground contacts, bytes
 * @param stationOutages                 ground-station outages that began during the run (scenario's station MTBF)
 * @param linkOutages                    inter-satellite link outages that began during the run
 * @param routeSegments                  times the inference routes were recomputed (a link, contact,
 *                                       compute or load change, or the daily curve's step)
 */
public record NetworkSummary(double groundUpBytes, double groundDownBytes, double interSatelliteBytes,
                             double trainingInterSatelliteBytes, double inferenceInterSatelliteBytes,
                             double bulkUpBytes, double bulkDownBytes, int stationOutages, int linkOutages,
                             long routeSegments) {

    /** Bits per byte. */
    private static final double BITS_PER_BYTE = 8;

    /** The traffic of a run's training and inference. */
    public static NetworkSummary of(TrainingSimulation.Result training, InferenceSimulation.Result inference,
                                    int stationOutages, int linkOutages, double bulkUpBits, double bulkDownBits) {
        double trainingBits = training.jobs().stream().mapToDouble(TrainingSimulation.JobResult::interSatelliteBits).sum();
        return new NetworkSummary(inference.groundUpBits() / BITS_PER_BYTE, inference.groundDownBits() / BITS_PER_BYTE,
                (trainingBits + inference.interSatelliteBits()) / BITS_PER_BYTE, trainingBits / BITS_PER_BYTE,
                inference.interSatelliteBits() / BITS_PER_BYTE, bulkUpBits / BITS_PER_BYTE, bulkDownBits / BITS_PER_BYTE,
                stationOutages, linkOutages, inference.segments());
    }
}
