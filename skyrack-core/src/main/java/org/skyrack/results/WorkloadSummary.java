package org.skyrack.results;

import org.HdrHistogram.Histogram;
import org.skyrack.scenario.Workload;
import org.skyrack.sim.InferenceSimulation;

import java.util.ArrayList;
import java.util.List;
import org.skyrack.power.EnergyLedger;
import org.skyrack.sim.TrainingSimulation;

/**
 * What the work achieved over the run: training jobs and inference requests. FLOP, s, J, ms.
 *
 * @param jobsSubmitted          training jobs in the scenario
 * @param jobsCompleted          jobs finished within the run
 * @param goodputFlop            work kept: checkpointed or finished, FLOP
 * @param lostFlop               work redone after fault restarts, FLOP
 * @param inProgressFlop         work done since the last checkpoint when the run ended, FLOP
 * @param utilizationFraction    accelerator-time allocated to jobs over all accelerator-time
 * @param energyUsedJ            energy the fleet's loads drew with the work actually run: the power
 *                               run's load energy with each satellite's compute power counted only
 *                               while a training gang held it or inference load kept it busy, J
 * @param energyPerUsefulFlopJ   {@code energyUsedJ} over the useful work, J/FLOP (∞ with none)
 * @param restarts               fault restarts, all jobs
 * @param silentDataCorruptions  silent data corruptions on job accelerators (counted, not acted on)
 * @param satelliteFailures      satellites that failed for good during the run (scenario's satellite MTBF)
 * @param requestsOffered        inference requests the users sent (expected count at the services' rates)
 * @param requestsSimulated      requests followed one by one
 * @param requestSampleWeight    requests each simulated one stands for (1 unless thinned)
 * @param requestsServed         requests that reached a satellite with spare compute
 * @param requestsViolatingSlo   requests later than their objective, or not served
 * @param latencyMs              served requests' time to first token, ms (null with none served)
 * @param services               one row per inference service
 * @param jobs                   one row per job
 */
public record WorkloadSummary(int jobsSubmitted, int jobsCompleted, double goodputFlop, double lostFlop,
                              double inProgressFlop, double utilizationFraction, double energyUsedJ,
                              double energyPerUsefulFlopJ,
                              int restarts, int silentDataCorruptions, int satelliteFailures, double requestsOffered, long requestsSimulated,
                              double requestSampleWeight, double requestsServed, double requestsViolatingSlo,
                              Latency latencyMs, List<Service> services, List<Job> jobs) {

    /** Latency percentiles, ms. */
    public record Latency(double p50, double p95, double p99, double max) {

        /** The percentiles of a histogram in µs, or null when it is empty. */
        public static Latency of(Histogram us) {
            if (us.getTotalCount() == 0) {
                return null;
            }
            return new Latency(us.getValueAtPercentile(50) / 1e3, us.getValueAtPercentile(95) / 1e3,
                    us.getValueAtPercentile(99) / 1e3, us.getMaxValue() / 1e3);
        }
    }

    /**
     * One inference service.
     *
     * @param latencyObjectiveMs its objective, ms
     */
    public record Service(String name, String region, double latencyObjectiveMs, double requestsOffered,
                          double requestsServed, double requestsViolatingSlo, Latency latencyMs) {
    }

    /**
     * One training job.
     *
     * @param satellites        satellites in its gang (0 if never placed)
     * @param accelerators      accelerators in its gang
     * @param startedS          start after the epoch, s (null if never placed)
     * @param finishedS         finish after the epoch, s (null if not finished)
     * @param stepS             optimizer step time at full speed, s
     * @param doneFraction      work kept over the job's total
     * @param datasetUploadedS  when its dataset was up over the ground contacts, s (null without a
     *                          dataset, or when the run's contacts could not carry it)
     * @param resultsDeliveredS when its results were down, s (null without results, unfinished, or not carried)
     */
    public record Job(String name, int satellites, int accelerators, Double startedS, Double finishedS,
                      double goodputFlop, double lostFlop, int restarts, int checkpoints, double stepS,
                      double doneFraction, Double datasetUploadedS, Double resultsDeliveredS) {
    }

    private static Double seconds(double s) {
        return Double.isFinite(s) ? s : null;
    }

    /**
     * The summary of the training and inference runs, with the energy the work used for the
     * energy per useful FLOP (training kept plus inference served).
     *
     * @param energyUsedJ the fleet's load energy with compute power only where work ran, J
     */
    public static WorkloadSummary of(TrainingSimulation.Result r, InferenceSimulation.Result inference,
                                     List<Workload.InferenceService> specs, double energyUsedJ,
                                     int satelliteFailures, double[] datasetUploadedS, double[] resultsDeliveredS) {
        List<Job> rows = new ArrayList<>();
        double kept = 0;
        double lost = 0;
        double pending = 0;
        int completed = 0;
        int restarts = 0;
        int sdc = 0;
        for (int ji = 0; ji < r.jobs().size(); ji++) {
            TrainingSimulation.JobResult j = r.jobs().get(ji);
            kept += j.keptFlop();
            lost += j.lostFlop();
            pending += j.inProgressFlop();
            restarts += j.restarts();
            sdc += j.silentDataCorruptions();
            completed += j.completed() ? 1 : 0;
            rows.add(new Job(j.name(), j.satellites(), j.accelerators(), Double.isNaN(j.startedS()) ? null : j.startedS(),
                    Double.isNaN(j.finishedS()) ? null : j.finishedS(), j.keptFlop(), j.lostFlop(), j.restarts(),
                    j.checkpoints(), j.stepS(), j.keptFlop() / j.totalFlop(), seconds(datasetUploadedS[ji]),
                    seconds(resultsDeliveredS[ji])));
        }
        double utilization = r.totalAcceleratorS() > 0 ? r.allocatedAcceleratorS() / r.totalAcceleratorS() : 0;
        List<Service> services = new ArrayList<>();
        double offered = 0;
        double served = 0;
        double violating = 0;
        long simulated = 0;
        double inferenceFlop = 0;
        for (int i = 0; i < inference.services().size(); i++) {
            InferenceSimulation.ServiceResult x = inference.services().get(i);
            Workload.InferenceService spec = specs.get(i);
            services.add(new Service(x.name(), x.region(), spec.latencyObjectiveS() * 1e3, x.offered(), x.served(),
                    x.violating(), Latency.of(x.latencyUs())));
            offered += x.offered();
            served += x.served();
            violating += x.violating();
            simulated += x.simulated();
            inferenceFlop += x.served() * spec.flopPerRequest();
        }
        double useful = kept + inferenceFlop;
        double perFlop = useful > 0 ? energyUsedJ / useful : Double.POSITIVE_INFINITY;
        return new WorkloadSummary(r.jobs().size(), completed, kept, lost, pending, utilization, energyUsedJ, perFlop,
                restarts, sdc,
                satelliteFailures, offered, simulated, inference.requestWeight(), served, violating, Latency.of(inference.latencyUs()),
                services, rows);
    }
}
