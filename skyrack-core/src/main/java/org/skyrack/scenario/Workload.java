package org.skyrack.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The AI work the constellation runs: training jobs, inference services, and the policy that
 * schedules them.
 *
 * @param policy    scheduling policy
 * @param training  training jobs
 * @param inference inference services
 * @param faults    random failures and outages beyond the radiation faults
 */
public record Workload(Policy policy, List<TrainingJob> training, List<InferenceService> inference, Faults faults) {

    public Workload {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(faults, "faults");
        training = List.copyOf(training);
        inference = List.copyOf(inference);
    }

    /** No work. */
    public static Workload none() {
        return new Workload(Policy.POWER_AWARE, List.of(), List.of(), Faults.NONE);
    }

    /**
     * Random failures and outages, each absent when not modelled. Times are means of
     * exponential distributions, s.
     *
     * @param satelliteMtbfS mean time to a satellite's permanent failure (nothing is repaired in orbit)
     * @param stationMtbfS   mean up time of a ground station between outages
     * @param stationOutageS mean length of a station outage
     * @param linkMtbfS      mean up time of an inter-satellite link between outages
     * @param linkOutageS    mean length of a link outage
     */
    public record Faults(Optional<Double> satelliteMtbfS, Optional<Double> stationMtbfS, Optional<Double> stationOutageS,
                         Optional<Double> linkMtbfS, Optional<Double> linkOutageS) {
        /** No random failures or outages. */
        public static final Faults NONE = new Faults(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        public Faults {
            Objects.requireNonNull(satelliteMtbfS, "satelliteMtbfS");
            if (stationMtbfS.isPresent() != stationOutageS.isPresent() || linkMtbfS.isPresent() != linkOutageS.isPresent()) {
                throw new IllegalArgumentException("an MTBF needs its outage length and the other way round");
            }
        }
    }

    /** Scheduling policies. */
    public enum Policy {
        /** First come, first served, wherever accelerators are free. */
        GREEDY,
        /** Does not start work that sunlight and battery cannot sustain. */
        POWER_AWARE,
        /** Serves each request on the nearest satellite with compute, by path delay. */
        LATENCY_AWARE
    }

    /** Daily shape of a request rate. */
    public enum DailyCurve {
        /** Constant rate. */
        FLAT,
        /** A sinusoid peaking at 20:00 local time, trough at 04:00, mean equal to the rate. */
        DIURNAL
    }

    /**
     * A training job run as a gang of accelerators.
     *
     * @param totalFlop            compute to finish the job, FLOP
     * @param accelerators         accelerators in the gang
     * @param checkpointIntervalS  time between checkpoints, s
     * @param checkpointSizeBits   size of one checkpoint, bit
     * @param startS               submission time after the epoch, s
     * @param parameters           model parameters, 0 when the file gave total compute instead (then the
     *                             gradient exchange between satellites is not modelled)
     * @param batchTokens          tokens per optimizer step (global batch)
     * @param modelFlopUtilization fraction of peak FLOP/s the job achieves on its accelerators
     * @param datasetBits          data sent up over ground contacts before the job can start, bit
     * @param resultsBits          data sent down over ground contacts after it finishes, bit
     * @param checkpointsToGround  whether each checkpoint is also sent down over ground contacts
     *                             (restarts still reload the copy kept in orbit)
     */
    public record TrainingJob(String name, double totalFlop, int accelerators, double checkpointIntervalS,
                              double checkpointSizeBits, double startS, double parameters, double batchTokens,
                              double modelFlopUtilization, double datasetBits, double resultsBits,
                              boolean checkpointsToGround) {

        /** A job with nothing to send up or down. */
        public TrainingJob(String name, double totalFlop, int accelerators, double checkpointIntervalS,
                           double checkpointSizeBits, double startS, double parameters, double batchTokens,
                           double modelFlopUtilization) {
            this(name, totalFlop, accelerators, checkpointIntervalS, checkpointSizeBits, startS, parameters, batchTokens,
                    modelFlopUtilization, 0, 0, false);
        }

        /** A job whose checkpoints stay in orbit. */
        public TrainingJob(String name, double totalFlop, int accelerators, double checkpointIntervalS,
                           double checkpointSizeBits, double startS, double parameters, double batchTokens,
                           double modelFlopUtilization, double datasetBits, double resultsBits) {
            this(name, totalFlop, accelerators, checkpointIntervalS, checkpointSizeBits, startS, parameters, batchTokens,
                    modelFlopUtilization, datasetBits, resultsBits, false);
        }

        /** The same job submitted at {@code newStartS}. */
        public TrainingJob submittedAt(double newStartS) {
            return new TrainingJob(name, totalFlop, accelerators, checkpointIntervalS, checkpointSizeBits, newStartS,
                    parameters, batchTokens, modelFlopUtilization, datasetBits, resultsBits, checkpointsToGround);
        }

        public TrainingJob {
            Objects.requireNonNull(name, "name");
            Check.positive("totalFlop", totalFlop);
            Check.positive("checkpointIntervalS", checkpointIntervalS);
            Check.nonNegative("checkpointSizeBits", checkpointSizeBits);
            Check.nonNegative("startS", startS);
            Check.nonNegative("parameters", parameters);
            Check.positive("batchTokens", batchTokens);
            Check.nonNegative("datasetBits", datasetBits);
            Check.nonNegative("resultsBits", resultsBits);
            if (!(modelFlopUtilization > 0 && modelFlopUtilization <= 1)) {
                throw new IllegalArgumentException("modelFlopUtilization must be in (0, 1], got " + modelFlopUtilization);
            }
        }
    }

    /**
     * Inference requests from one user region.
     *
     * @param region             name of the user region requests come from
     * @param requestRatePerS    mean request rate, 1/s
     * @param tokensIn           prompt tokens per request
     * @param tokensOut          generated tokens per request
     * @param latencyObjectiveS  latency a request must meet, s: from the user sending it to the first
     *                           generated token arriving back (time to first token)
     * @param dailyCurve         daily shape of the rate
     * @param parameters         parameters of the served model (2 FLOP per parameter per token)
     * @param modelFlopUtilization fraction of peak FLOP/s the serving achieves
     */
    public record InferenceService(String name, String region, double requestRatePerS, double tokensIn,
                                   double tokensOut, double latencyObjectiveS, DailyCurve dailyCurve,
                                   double parameters, double modelFlopUtilization) {
        public InferenceService {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(region, "region");
            Check.positive("requestRatePerS", requestRatePerS);
            Check.nonNegative("tokensIn", tokensIn);
            Check.positive("tokensOut", tokensOut);
            Check.positive("latencyObjectiveS", latencyObjectiveS);
            Objects.requireNonNull(dailyCurve, "dailyCurve");
            Check.positive("parameters", parameters);
            if (!(modelFlopUtilization > 0 && modelFlopUtilization <= 1)) {
                throw new IllegalArgumentException("modelFlopUtilization must be in (0, 1], got " + modelFlopUtilization);
            }
        }

        /** Compute one request takes: 2 FLOP per parameter per token in and out, FLOP. */
        public double flopPerRequest() {
            return 2 * parameters * (tokensIn + tokensOut);
        }

        /** Compute before the first generated token: the prompt and one token, FLOP. */
        public double flopToFirstToken() {
            return 2 * parameters * (tokensIn + 1);
        }
    }
}
