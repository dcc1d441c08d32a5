package org.skyrack.results;

import java.util.ArrayList;
import java.util.List;
import org.skyrack.power.EnergyLedger;
import org.skyrack.sim.TrainingSimulation;

/**
 * What the training work achieved over the run. FLOP, s, J. Inference requests are not yet
 * simulated.
 *
 * @param jobsSubmitted          training jobs in the scenario
 * @param jobsCompleted          jobs finished within the run
 * @param goodputFlop            work kept: checkpointed or finished, FLOP
 * @param lostFlop               work redone after fault restarts, FLOP
 * @param inProgressFlop         work done since the last checkpoint when the run ended, FLOP
 * @param utilizationFraction    accelerator-time allocated to jobs over all accelerator-time
 * @param energyPerUsefulFlopJ   the fleet's load energy over the goodput, J/FLOP (∞ with no goodput)
 * @param restarts               fault restarts, all jobs
 * @param silentDataCorruptions  silent data corruptions on job accelerators (counted, not acted on)
 * @param jobs                   one row per job
 */
public record WorkloadSummary(int jobsSubmitted, int jobsCompleted, double goodputFlop, double lostFlop,
                              double inProgressFlop, double utilizationFraction, double energyPerUsefulFlopJ,
                              int restarts, int silentDataCorruptions, List<Job> jobs) {

    /**
     * One training job.
     *
     * @param satellites        satellites in its gang (0 if never placed)
     * @param accelerators      accelerators in its gang
     * @param startedS          start after the epoch, s (null if never placed)
     * @param finishedS         finish after the epoch, s (null if not finished)
     * @param stepS             optimizer step time at full speed, s
     * @param doneFraction      work kept over the job's total
     */
    public record Job(String name, int satellites, int accelerators, Double startedS, Double finishedS,
                      double goodputFlop, double lostFlop, int restarts, int checkpoints, double stepS,
                      double doneFraction) {
    }

    /** The summary of a training run, with the fleet's energy for the energy per useful FLOP. */
    public static WorkloadSummary of(TrainingSimulation.Result r, EnergyLedger fleet) {
        List<Job> rows = new ArrayList<>();
        double kept = 0;
        double lost = 0;
        double pending = 0;
        int completed = 0;
        int restarts = 0;
        int sdc = 0;
        for (TrainingSimulation.JobResult j : r.jobs()) {
            kept += j.keptFlop();
            lost += j.lostFlop();
            pending += j.inProgressFlop();
            restarts += j.restarts();
            sdc += j.silentDataCorruptions();
            completed += j.completed() ? 1 : 0;
            rows.add(new Job(j.name(), j.satellites(), j.accelerators(), Double.isNaN(j.startedS()) ? null : j.startedS(),
                    Double.isNaN(j.finishedS()) ? null : j.finishedS(), j.keptFlop(), j.lostFlop(), j.restarts(),
                    j.checkpoints(), j.stepS(), j.keptFlop() / j.totalFlop()));
        }
        double utilization = r.totalAcceleratorS() > 0 ? r.allocatedAcceleratorS() / r.totalAcceleratorS() : 0;
        double perFlop = kept > 0 ? fleet.loadJ() / kept : Double.POSITIVE_INFINITY;
        return new WorkloadSummary(r.jobs().size(), completed, kept, lost, pending, utilization, perFlop, restarts, sdc,
                rows);
    }
}
