package org.skyrack.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skyrack.power.Throttle;
import org.skyrack.radiation.FaultEvent;
import org.skyrack.radiation.FaultKind;
import org.skyrack.radiation.FaultProcess;
import org.skyrack.radiation.FaultRates;
import org.skyrack.scenario.Workload;
import org.skyrack.workload.TrainingStepModel;

/** Training jobs through throttling and faults: closed-form times and exact work accounting. */
class TrainingSimulationTest {

    /** Event times are whole milliseconds: completion within 1 ms of the closed form. */
    private static final double TIME_TOLERANCE_S = 2e-3;
    private static final double FLOP_TOLERANCE_FRACTION = 1e-9;

    private static final double PEAK = 1e15;          // FLOP/s per satellite
    private static final double MFU = 0.5;
    private static final double LINK_BPS = 100e9;

    /** Satellites with 4 accelerators each, linked as {@code neighbours} says. */
    record Linked(int[][] neighbours) implements TrainingSimulation.Constellation {
        @Override
        public int satellites() {
            return neighbours.length;
        }

        @Override
        public int accelerators(int satellite) {
            return 4;
        }

        @Override
        public double peakFlopPerS(int satellite) {
            return PEAK;
        }

        @Override
        public int[] neighbours(int s) {
            return neighbours[s];
        }

        @Override
        public double linkRateBps() {
            return LINK_BPS;
        }
    }

    /** A chain of satellites 0 - 1 - 2 - ... */
    static Linked chain(int satellites) {
        int[][] n = new int[satellites][];
        for (int s = 0; s < satellites; s++) {
            n[s] = satellites == 1 ? new int[0]
                    : s == 0 ? new int[] {1} : s == satellites - 1 ? new int[] {s - 1} : new int[] {s - 1, s + 1};
        }
        return new Linked(n);
    }

    /** Three satellites, each linked to the other two. */
    static Linked triangle() {
        return new Linked(new int[][] {{1, 2}, {0, 2}, {0, 1}});
    }

    /** Link 0–1 out from {@code fromS} to {@code toS}, every other link always up. */
    private static LinkDownTimes link01Down(double fromS, double toS) {
        return new LinkDownTimes(List.of(new int[] {0, 1}), new double[][] {{fromS, toS}});
    }

    private static Workload.TrainingJob job(double flop, int accelerators, double parameters) {
        return new Workload.TrainingJob("j", flop, accelerators, 3600, 0, 0, parameters, 1e6, MFU);
    }

    private static FaultProcess noFaults(int accelerators) {
        return new FaultProcess(0, accelerators, 1, FaultRates.suncatcherTpu());
    }

    @Test
    void oneSatelliteAtFullSpeedFinishesInTheClosedFormTime() {
        double flop = 3.6e18;
        ComputeAvailability full = new ComputeAvailability(1);
        TrainingSimulation.Result r = new TrainingSimulation(List.of(job(flop, 4, 0)), chain(1), full,
                s -> noFaults(4).stream(1, s, 0), 30 * 86400).run();
        TrainingSimulation.JobResult j = r.jobs().get(0);
        assertThat(j.completed()).isTrue();
        assertThat(j.finishedS()).isCloseTo(flop / (PEAK * MFU), within(TIME_TOLERANCE_S));
        assertThat(j.keptFlop()).isCloseTo(flop, within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.lostFlop()).isZero();
    }

    @Test
    void aGangRunsAtItsSlowestMembersPaceWhileThrottled() {
        double flop = 3.6e18;
        ComputeAvailability a = new ComputeAvailability(2);
        // satellite 1 runs at half speed from 1000 s to 2000 s
        a.interval(1, 0, 1000, 0, 0, 1, 0, 0, Throttle.NONE);
        a.interval(1, 1000, 2000, 0, 0, 0.5, 0, 0, Throttle.POWER);
        a.interval(1, 2000, 9e9, 0, 0, 1, 0, 0, Throttle.NONE);
        TrainingSimulation.Result r = new TrainingSimulation(List.of(job(flop, 8, 0)), chain(2), a,
                s -> noFaults(4).stream(1, s, 0), 30 * 86400).run();
        TrainingSimulation.JobResult j = r.jobs().get(0);
        double fullRate = 2 * PEAK * MFU;
        // 1000 s lost at half speed = 500 s more
        assertThat(j.finishedS()).isCloseTo(flop / fullRate + 500, within(TIME_TOLERANCE_S));
        assertThat(j.satellites()).isEqualTo(2);
    }

    @Test
    void gradientExchangeFollowsTheRingAllReduce() {
        Workload.TrainingJob spec = job(1e20, 12, 1e9);
        TrainingStepModel m = TrainingStepModel.of(spec, 3, 3 * PEAK, LINK_BPS);
        double compute = 6 * 1e9 * 1e6 / (3 * PEAK * MFU);
        double exchange = 2.0 * 2 / 3 * 16 * 1e9 / LINK_BPS;
        assertThat(m.stepS(1)).isCloseTo(compute + exchange, within(1e-12));
        assertThat(m.stepS(0.5)).isCloseTo(2 * compute + exchange, within(1e-12));
    }

    @Test
    void faultsRestartFromTheLastCheckpointAndEveryFlopIsAccountedFor() {
        double flop = 1e21; // far more than a week can do: the run ends mid-job
        // a hot environment: ~1 Gy/day so that faults are frequent
        FaultProcess hot = new FaultProcess(1.0 / 86400, 4, 1, FaultRates.suncatcherTpu());
        ComputeAvailability full = new ComputeAvailability(3);
        double end = 7 * 86400;
        TrainingSimulation.Result r = new TrainingSimulation(List.of(job(flop, 12, 1e9)), chain(3), full,
                s -> hot.stream(5, s, 0), end).run();
        TrainingSimulation.JobResult j = r.jobs().get(0);
        assertThat(j.completed()).isFalse();
        assertThat(j.restarts()).isPositive();
        assertThat(j.lostFlop()).isPositive();
        // restarts = faults other than silent data corruption on the three satellites over the run
        int sdc = 0;
        List<Long> restartMillis = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            for (FaultEvent f : hot.events(5, s, 0, (long) (end * 1000) + 1)) {
                if (f.kind() == FaultKind.SILENT_DATA_CORRUPTION) {
                    sdc++;
                } else {
                    restartMillis.add(f.timeMillis());
                }
            }
        }
        assertThat(j.restarts()).isEqualTo(restartMillis.size());
        assertThat(j.checkpoints()).isEqualTo(checkpointsBetweenRestarts(restartMillis, 3_600_000,
                Math.round(TrainingSimulation.RESTART_S * 1000), Math.round(end * 1000)));
        assertThat(j.silentDataCorruptions()).isEqualTo(sdc);
        // done = kept + lost + in progress, and done = what the gang's rate allows in its running time
        double rate = TrainingStepModel.of(job(flop, 12, 1e9), 3, 3 * PEAK, LINK_BPS).goodputFlopPerS(1);
        assertThat(j.doneFlop()).isLessThanOrEqualTo(rate * end * (1 + FLOP_TOLERANCE_FRACTION));
        double paused = j.restarts() * TrainingSimulation.RESTART_S;
        assertThat(j.doneFlop()).isGreaterThanOrEqualTo(rate * (end - paused) * (1 - 1e-6));
        assertThat(r.allocatedAcceleratorS()).isCloseTo(12 * end, within(1e-6 * 12 * end));
    }

    /**
     * Checkpoints of a job started at 0 that restarts at each of {@code restartMillis}: one every
     * interval while it computes; each restart pauses it for the restart time (a restart within a
     * pause extends it) and the next checkpoint comes an interval after it resumes. A checkpoint at
     * the millisecond of a fault comes first (checkpoints run before wake-ups at one instant).
     */
    private static int checkpointsBetweenRestarts(List<Long> restartMillis, long intervalMillis, long restartPauseMillis,
                                                  long endMillis) {
        List<Long> faults = new ArrayList<>(restartMillis);
        faults.sort(null);
        int count = 0;
        long next = intervalMillis;
        long pausedUntil = 0;
        for (long f : faults) {
            for (; next <= f; next += intervalMillis) {
                count++;
            }
            pausedUntil = Math.max(pausedUntil, f + restartPauseMillis);
            next = pausedUntil + intervalMillis;
        }
        for (; next <= endMillis; next += intervalMillis) {
            count++;
        }
        return count;
    }

    /**
     * No checkpoint while a displaced job reloads: with checkpoints every 600 s taking 10 s to
     * write (2e12 bit over two 100 Gbit/s links), satellite 0 fails at 1,000 s; the job checkpointed
     * at 600 s, moves to satellites 2 and 3, reloads until 1,600 s and checkpoints at 2,200 s and
     * 2,800 s, then finishes its last 300 s at 3,110 s. Three checkpoints, 6e12 bit over the links.
     */
    @Test
    void aDisplacedJobTakesNoCheckpointWhileItReloads() {
        double checkpointS = 600;
        double writeS = 10;
        double sizeBits = writeS * 2 * LINK_BPS;
        double rate = 2 * PEAK * MFU;
        double failS = 1000;
        double resumeS = failS + TrainingSimulation.RESTART_S;
        // work: 600 s before the failure kept, then 600 s, 600 s less a write, and 300 s
        double flop = rate * (checkpointS + checkpointS + (checkpointS - writeS) + 300);
        Workload.TrainingJob spec = new Workload.TrainingJob("j", flop, 8, checkpointS, sizeBits, 0, 0, 1e6, MFU);
        ComputeAvailability a = new ComputeAvailability(4);
        a.fail(0, Math.round(failS * 1000));
        TrainingSimulation.JobResult j = new TrainingSimulation(List.of(spec), chain(4), a,
                s -> noFaults(4).stream(1, s, 0), 86400).run().jobs().get(0);

        assertThat(j.restarts()).isEqualTo(1);
        assertThat(j.lostFlop()).isCloseTo(rate * (failS - checkpointS - writeS), within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.checkpoints()).isEqualTo(3);
        assertThat(j.interSatelliteBits()).isEqualTo(3 * sizeBits);
        double secondCheckpointS = resumeS + checkpointS;
        double thirdCheckpointS = secondCheckpointS + checkpointS;
        assertThat(j.finishedS()).isCloseTo(thirdCheckpointS + writeS + 300, within(TIME_TOLERANCE_S));
        assertThat(j.keptFlop()).isCloseTo(flop, within(FLOP_TOLERANCE_FRACTION * flop));
    }

    @Test
    void jobsWaitFirstComeFirstServedForFreeSatellites() {
        ComputeAvailability full = new ComputeAvailability(2);
        double flop = PEAK * MFU * 2 * 1000; // 1000 s on both satellites
        Workload.TrainingJob big = new Workload.TrainingJob("big", flop, 8, 3600, 0, 0, 0, 1e6, MFU);
        Workload.TrainingJob next = new Workload.TrainingJob("next", PEAK * MFU * 100, 4, 3600, 0, 10, 0, 1e6, MFU);
        TrainingSimulation.Result r = new TrainingSimulation(List.of(big, next), chain(2), full,
                s -> noFaults(4).stream(1, s, 0), 86400).run();
        assertThat(r.jobs().get(0).finishedS()).isCloseTo(1000, within(TIME_TOLERANCE_S));
        assertThat(r.jobs().get(1).startedS()).isCloseTo(1000, within(TIME_TOLERANCE_S));
        assertThat(r.jobs().get(1).finishedS()).isCloseTo(1100, within(TIME_TOLERANCE_S));
    }

    /**
     * A gang satellite that fails for good sends the job back to its last checkpoint and onto a
     * new gang of live satellites; the job then finishes later by exactly the work lost, the
     * restart pause and the time spent from its last checkpoint.
     */
    @Test
    void aSatelliteFailureMovesTheJobToANewGangFromItsLastCheckpoint() {
        double flop = 3.6e18;                        // 2 satellites at PEAK*MFU: 3,600 s of work
        double checkpointS = 600;
        Workload.TrainingJob spec = new Workload.TrainingJob("j", flop, 8, checkpointS, 0, 0, 0, 1e6, MFU);
        ComputeAvailability a = new ComputeAvailability(4);
        double failS = 1000;                          // satellite 0 dies 400 s after the checkpoint at 600 s
        a.fail(0, Math.round(failS * 1000));
        TrainingSimulation.Result r = new TrainingSimulation(List.of(spec), chain(4), a,
                s -> noFaults(4).stream(1, s, 0), 86400).run();
        TrainingSimulation.JobResult j = r.jobs().get(0);
        double rate = 2 * PEAK * MFU;
        assertThat(j.completed()).isTrue();
        assertThat(j.restarts()).isEqualTo(1);
        assertThat(j.lostFlop()).isCloseTo(rate * (failS - checkpointS), within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.keptFlop()).isCloseTo(flop, within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.keptFlop() + j.lostFlop() + j.inProgressFlop()).isCloseTo(j.doneFlop(), within(1.0));
        // work left at the failure: flop - rate*checkpointS, resumed after the restart pause
        double expectedFinish = failS + TrainingSimulation.RESTART_S + (flop - rate * checkpointS) / rate;
        assertThat(j.finishedS()).isCloseTo(expectedFinish, within(TIME_TOLERANCE_S));
        assertThat(j.placements()).hasSize(2);
        assertThat(j.placements().get(0).gang()).containsExactly(0, 1);
        assertThat(j.placements().get(0).toS()).isEqualTo(failS);
        assertThat(j.placements().get(1).gang()).doesNotContain(0).hasSize(2);
        assertThat(j.placements().get(1).fromS()).isEqualTo(failS);
    }

    /**
     * Power-aware placement waits for full compute: with satellite 1 held at half compute for
     * the first 1,000 s, a greedy job starts at once and pays 500 s for it; a power-aware job
     * starts at 1,000 s and runs at full speed.
     */
    @Test
    void powerAwarePlacementWaitsForFullCompute() {
        double flop = 3.6e18;
        double fullRate = 2 * PEAK * MFU;
        for (boolean powerAware : new boolean[] {false, true}) {
            ComputeAvailability a = new ComputeAvailability(2);
            a.interval(1, 0, 1000, 0, 0, 0.5, 0, 0, Throttle.POWER);
            a.interval(1, 1000, 86400, 0, 0, 1, 0, 0, Throttle.NONE);
            TrainingSimulation.JobResult j = new TrainingSimulation(List.of(job(flop, 8, 0)), chain(2), a,
                    s -> noFaults(4).stream(1, s, 0), 86400).powerAware(powerAware).run().jobs().get(0);
            double start = powerAware ? 1000 : 0;
            double finish = powerAware ? 1000 + flop / fullRate : flop / fullRate + 500;
            assertThat(j.startedS()).isCloseTo(start, within(TIME_TOLERANCE_S));
            assertThat(j.finishedS()).isCloseTo(finish, within(TIME_TOLERANCE_S));
        }
    }

    /**
     * A failure at the very millisecond of a checkpoint is not lost behind the checkpoint's own
     * wake-up: the checkpoint saves the work first, then the job moves (nothing lost).
     */
    @Test
    void aFailureAtACheckpointStillMovesTheJob() {
        double flop = 3.6e18;
        double checkpointS = 600;
        Workload.TrainingJob spec = new Workload.TrainingJob("j", flop, 8, checkpointS, 0, 0, 0, 1e6, MFU);
        ComputeAvailability a = new ComputeAvailability(4);
        double failS = 2 * checkpointS;
        a.fail(0, Math.round(failS * 1000));
        TrainingSimulation.JobResult j = new TrainingSimulation(List.of(spec), chain(4), a,
                s -> noFaults(4).stream(1, s, 0), 86400).run().jobs().get(0);
        double rate = 2 * PEAK * MFU;
        assertThat(j.restarts()).isEqualTo(1);
        assertThat(j.lostFlop()).isCloseTo(0, within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.placements()).hasSize(2);
        assertThat(j.finishedS()).isCloseTo(failS + TrainingSimulation.RESTART_S + (flop - rate * failS) / rate,
                within(TIME_TOLERANCE_S));
    }

    /**
     * A job that no set of live satellites can hold any more is dropped, not left at the head of
     * the queue: on a chain of three satellites, a 12-accelerator job loses satellite 2 at 1,000 s
     * (8 live accelerators remain), and the 4-accelerator job queued behind it since 10 s starts
     * at the failure and runs its 100 s of work on one satellite.
     */
    @Test
    void aJobTheLiveFleetCannotHoldNoLongerBlocksTheQueue() {
        double checkpointS = 600;
        double failS = 1000;
        double bigRate = 3 * PEAK * MFU;
        Workload.TrainingJob big = new Workload.TrainingJob("big", bigRate * 3600, 12, checkpointS, 0, 0, 0, 1e6, MFU);
        Workload.TrainingJob small = new Workload.TrainingJob("small", PEAK * MFU * 100, 4, checkpointS, 0, 10, 0, 1e6,
                MFU);
        ComputeAvailability a = new ComputeAvailability(3);
        a.fail(2, Math.round(failS * 1000));
        TrainingSimulation.Result r = new TrainingSimulation(List.of(big, small), chain(3), a,
                s -> noFaults(4).stream(1, s, 0), 86400).run();

        TrainingSimulation.JobResult b = r.jobs().get(0);
        assertThat(b.completed()).isFalse();
        assertThat(b.finishedS()).isNaN();
        assertThat(b.restarts()).isEqualTo(1);
        assertThat(b.keptFlop()).isCloseTo(bigRate * checkpointS, within(FLOP_TOLERANCE_FRACTION * big.totalFlop()));
        assertThat(b.lostFlop()).isCloseTo(bigRate * (failS - checkpointS),
                within(FLOP_TOLERANCE_FRACTION * big.totalFlop()));
        assertThat(b.inProgressFlop()).isZero();
        assertThat(b.placements()).hasSize(1);

        TrainingSimulation.JobResult j = r.jobs().get(1);
        assertThat(j.completed()).isTrue();
        assertThat(j.startedS()).isCloseTo(failS, within(TIME_TOLERANCE_S));
        assertThat(j.finishedS()).isCloseTo(failS + 100, within(TIME_TOLERANCE_S));
        assertThat(j.placements().get(0).gang()).doesNotContain(2);
    }

    /** A job larger than the whole fleet never starts and never holds up the jobs behind it. */
    @Test
    void aJobLargerThanTheFleetIsDroppedAtArrival() {
        Workload.TrainingJob huge = new Workload.TrainingJob("huge", 1e20, 12, 3600, 0, 0, 0, 1e6, MFU);
        Workload.TrainingJob small = new Workload.TrainingJob("small", PEAK * MFU * 100, 4, 3600, 0, 10, 0, 1e6, MFU);
        TrainingSimulation.Result r = new TrainingSimulation(List.of(huge, small), chain(2),
                new ComputeAvailability(2), s -> noFaults(4).stream(1, s, 0), 86400).run();

        assertThat(r.jobs().get(0).completed()).isFalse();
        assertThat(r.jobs().get(0).startedS()).isNaN();
        assertThat(r.jobs().get(0).doneFlop()).isZero();
        assertThat(r.jobs().get(1).finishedS()).isCloseTo(10 + 100, within(TIME_TOLERANCE_S));
    }

    /**
     * A link outage that splits a running gang pauses it without losing work: a two-satellite
     * gang whose only link is out from 1,000 s to 1,300 s finishes 300 s late. The checkpoint due
     * at 1,100 s cannot reach the neighbour: it is taken when the link returns at 1,300 s, and the
     * next one an interval later, at 2,400 s.
     */
    @Test
    void aLinkOutageThatSplitsTheGangPausesItForExactlyTheOutage() {
        double workS = 3000;
        double outageS = 300;
        double checkpointS = 1100;
        double flop = 2 * PEAK * MFU * workS;
        Workload.TrainingJob spec = new Workload.TrainingJob("j", flop, 8, checkpointS, 0, 0, 0, 1e6, MFU);
        TrainingSimulation.JobResult j = new TrainingSimulation(List.of(spec), chain(2), new ComputeAvailability(2),
                s -> noFaults(4).stream(1, s, 0), 86400).linkOutages(link01Down(1000, 1000 + outageS)).run().jobs()
                .get(0);

        assertThat(j.finishedS()).isCloseTo(workS + outageS, within(TIME_TOLERANCE_S));
        assertThat(j.restarts()).isZero();
        assertThat(j.lostFlop()).isZero();
        assertThat(j.keptFlop()).isCloseTo(flop, within(FLOP_TOLERANCE_FRACTION * flop));
        assertThat(j.checkpoints()).isEqualTo(2); // at 1,300 s and 2,400 s; the next would be at 3,500 s
    }

    /**
     * The same outage on a gang its other links still join costs nothing: on a triangle the ring
     * all-reduce goes round by satellite 2 (each remaining link still carries one hop each way),
     * so the job finishes as without the outage, 1,000 steps of 4 s compute plus
     * 2·(2/3)·16·1e9 bit / 100 Gbit/s exchange. On a chain 0–1–2 the outage splits the gang,
     * which finishes 300 s later.
     */
    @Test
    void aGangStillJoinedByItsOtherLinksKeepsItsPace() {
        double parameters = 1e9;
        double batch = 1e6;
        double steps = 1000;
        double stepS = 6 * parameters * batch / (3 * PEAK * MFU) + 2.0 * 2 / 3 * 16 * parameters / LINK_BPS;
        Workload.TrainingJob spec = new Workload.TrainingJob("j", steps * 6 * parameters * batch, 12, 3600, 0, 0,
                parameters, batch, MFU);
        double outageS = 300;
        TrainingSimulation.JobResult triangle = new TrainingSimulation(List.of(spec), triangle(),
                new ComputeAvailability(3), s -> noFaults(4).stream(1, s, 0), 86400)
                .linkOutages(link01Down(1000, 1000 + outageS)).run().jobs().get(0);
        TrainingSimulation.JobResult chain = new TrainingSimulation(List.of(spec), chain(3),
                new ComputeAvailability(3), s -> noFaults(4).stream(1, s, 0), 86400)
                .linkOutages(link01Down(1000, 1000 + outageS)).run().jobs().get(0);

        assertThat(triangle.finishedS()).isCloseTo(steps * stepS, within(TIME_TOLERANCE_S));
        assertThat(chain.finishedS()).isCloseTo(steps * stepS + outageS, within(TIME_TOLERANCE_S));
        assertThat(chain.lostFlop()).isZero();
    }

    /**
     * The checkpoint sink hears of each checkpoint when its write is done: every 600 s from the
     * start, each written in 10 s (2e12 bit over two 100 Gbit/s links), for a job of 1,500 s of
     * work: written at 610 s and 1,210 s, and the job done at 1,520 s.
     */
    @Test
    void theCheckpointSinkHearsOfEachCheckpointWhenItIsWritten() {
        double writeS = 10;
        double flop = 2 * PEAK * MFU * 1500;
        Workload.TrainingJob spec = new Workload.TrainingJob("j", flop, 8, 600, writeS * 2 * LINK_BPS, 0, 0, 1e6, MFU);
        List<Double> written = new ArrayList<>();
        TrainingSimulation.JobResult j = new TrainingSimulation(List.of(spec), chain(2), new ComputeAvailability(2),
                s -> noFaults(4).stream(1, s, 0), 86400).checkpointSink((job, timeS) -> {
                    assertThat(job).isZero();
                    written.add(timeS);
                }).run().jobs().get(0);

        assertThat(written).containsExactly(600 + writeS, 1200 + writeS);
        assertThat(j.checkpoints()).isEqualTo(written.size());
        assertThat(j.finishedS()).isCloseTo(1500 + 2 * writeS, within(TIME_TOLERANCE_S));
    }

    /** Power-aware placement gives up waiting after a day and takes any free gang. */
    @Test
    void powerAwarePlacementWaitsAtMostADay() {
        ComputeAvailability a = new ComputeAvailability(2);
        a.interval(1, 0, 5 * 86400, 0, 0, 0.5, 0, 0, Throttle.POWER);
        TrainingSimulation.JobResult j = new TrainingSimulation(List.of(job(3.6e18, 8, 0)), chain(2), a,
                s -> noFaults(4).stream(1, s, 0), 5 * 86400).powerAware(true).run().jobs().get(0);
        assertThat(j.startedS()).isCloseTo(TrainingSimulation.POWER_AWARE_MAX_WAIT_S, within(TIME_TOLERANCE_S));
    }
}
