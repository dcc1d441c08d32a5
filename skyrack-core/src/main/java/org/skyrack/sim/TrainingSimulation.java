package org.skyrack.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;
import org.skyrack.radiation.FaultEvent;
import org.skyrack.radiation.FaultKind;
import org.skyrack.radiation.FaultStream;
import org.skyrack.scenario.Workload;
import org.skyrack.workload.TrainingStepModel;

/**
 * Training jobs on the constellation, event by event: jobs arrive, are placed first come first
 * served on a gang of free satellites connected by inter-satellite links, run at the pace of
 * their slowest member (the compute fraction power and heat allow, from
 * {@link ComputeAvailability}), checkpoint every interval while they compute, and restart from
 * the last checkpoint when a fault stops one of their accelerators or hosts (the next checkpoint
 * then comes an interval after the reload, none during it). A job that no group of live satellites
 * can hold any more (satellite failures are for good) is dropped from the queue rather than
 * holding up the jobs behind it; it ends not completed. Work is accounted exactly: for every
 * job, work done = work kept (checkpointed or finished) + work lost to restarts + work in
 * progress at the end.
 *
 * <p>Assumptions, each a named constant or documented here: silent data corruptions are counted
 * but do not restart the job (they are detected, if at all, outside this model); accelerator
 * crashes, uncorrectable HBM errors and host faults restart it after {@link #RESTART_S}; a
 * checkpoint pauses the job while each satellite sends its shard to a neighbour over one
 * inter-satellite link; a gang's traffic stays on the candidate links between its members, which
 * are up but for random outages ({@link #linkOutages}; their line of sight and range are taken as
 * always clear, true for a formation cluster): an outage that leaves the members joined costs
 * nothing, one that splits them pauses the job, losing nothing, until the link returns; placement
 * looks at candidate links only (an outage is transient), so a gang may start split and wait; the
 * available compute comes from the power integration, which assumed every satellite busy — exact
 * for gang members while their job runs.
 */
public final class TrainingSimulation {

    /** Time to reload the last checkpoint and restart a gang after a fault, s (assumption). */
    public static final double RESTART_S = 600;
    /** A job whose remaining work is below this fraction of its total is finished (rounding of ms times). */
    static final double COMPLETION_TOLERANCE = 1e-9;

    /** What the simulation needs to know about the constellation. */
    public interface Constellation {
        /** Number of satellites. */
        int satellites();

        /** Accelerators on a satellite. */
        int accelerators(int satellite);

        /** Peak FLOP/s of one satellite's accelerators together. */
        double peakFlopPerS(int satellite);

        /** Satellites linked to {@code satellite} by a candidate inter-satellite link. */
        int[] neighbours(int satellite);

        /** Data rate of one inter-satellite link, bit/s (0 without links). */
        double linkRateBps();
    }

    /**
     * Whether each candidate inter-satellite link is up over the run (outages cut it for known
     * intervals). Times in ms from the epoch.
     */
    public interface LinkStates {
        /** Whether the candidate link between {@code a} and {@code b} is up at {@code tMillis}. */
        boolean up(int a, int b, long tMillis);

        /**
         * The first time after {@code tMillis} the link between {@code a} and {@code b} goes up or
         * down, ms, or {@link Long#MAX_VALUE}.
         */
        long nextChangeMillis(int a, int b, long tMillis);
    }

    /** Told of every checkpoint once it is written (to send it on, e.g. to the ground). */
    public interface CheckpointSink {
        /** Job {@code job} (its index in the list of jobs) has a checkpoint written at {@code timeS}, s. */
        void checkpoint(int job, double timeS);
    }

    /**
     * Outcome of one job.
     *
     * @param placements         the gangs it ran on, in order: a satellite failure moves it to a new one
     * @param interSatelliteBits gradient exchange and checkpoint traffic over inter-satellite links, bit
     */
    public record JobResult(String name, int satellites, int accelerators, double submittedS, double startedS,
                            double finishedS, boolean completed, double totalFlop, double keptFlop, double lostFlop,
                            double inProgressFlop, int restarts, int checkpoints, int silentDataCorruptions,
                            double stepS, List<Placement> placements, double interSatelliteBits) {

        /** Work done = kept + lost + in progress, FLOP. */
        public double doneFlop() {
            return keptFlop + lostFlop + inProgressFlop;
        }
    }

    /**
     * Satellites a job held over [{@code fromS}, {@code toS}).
     *
     * @param gang satellite indices
     */
    public record Placement(int[] gang, double fromS, double toS) {
    }

    /** Outcome of the run. */
    public record Result(List<JobResult> jobs, double allocatedAcceleratorS, double totalAcceleratorS) {
    }

    private final List<Workload.TrainingJob> jobs;
    private boolean powerAware;
    /** The candidate links' outages; null: always up. */
    private LinkStates links;
    /** Told of each checkpoint; null: nobody. */
    private CheckpointSink checkpointSink;
    /** Whether the placement under way asks for satellites at full compute. */
    private boolean requireFull;
    private long[] changeTimes = new long[0];
    private long retryAtMillis = Long.MAX_VALUE;
    private final Constellation constellation;
    private final ComputeAvailability availability;
    private final IntFunction<FaultStream> faults;
    private final long endMillis;
    /** Breadth-first search buffers of {@link #place}, reused: a stamp per satellite and the queue. */
    private int[] seen = new int[0];
    private int[] frontier = new int[0];
    private int searchStamp;
    /** Accelerators of the largest group of live satellites joined by candidate links, until the next failure. */
    private long largestLiveAccelerators;
    private long largestLiveValidUntilMillis = Long.MIN_VALUE;

    /**
     * @param jobs          training jobs, in submission order
     * @param constellation satellites, accelerators and links
     * @param availability  each satellite's available compute over the run
     * @param faults        each satellite's radiation faults from the epoch on
     * @param endS          end of the run, s from the epoch
     */
    public TrainingSimulation(List<Workload.TrainingJob> jobs, Constellation constellation,
                              ComputeAvailability availability, IntFunction<FaultStream> faults, double endS) {
        this.jobs = List.copyOf(jobs);
        this.constellation = constellation;
        this.availability = availability;
        this.faults = faults;
        this.endMillis = Math.round(endS * 1000);
    }

    private final class Job {
        final int index;
        final Workload.TrainingJob spec;
        int[] gang = new int[0];
        TrainingStepModel model;
        double speed;
        double kept;
        double lost;
        double pending;
        long lastMillis;
        long pausedUntilMillis;
        long startedMillis = -1;
        long placedMillis = -1;
        long waitingSinceMillis = -1;
        double doneAtPlacement;
        double exchangedBits;
        final List<Placement> placements = new ArrayList<>();
        long finishedMillis = -1;
        int version;
        /** Version of the job's scheduled checkpoint: a restart supersedes the one scheduled before it. */
        int checkpointVersion;
        /** A checkpoint fell due while link outages split the gang: taken when they join it again. */
        boolean checkpointDeferred;
        /** The candidate links between members of the gang, as pairs {@code linkA[k]}–{@code linkB[k]}. */
        int[] linkA = new int[0];
        int[] linkB = new int[0];
        int restarts;
        int checkpoints;
        int sdc;

        Job(int index, Workload.TrainingJob spec) {
            this.index = index;
            this.spec = spec;
        }

        /** Integrates progress up to {@code t}. */
        void advance(long t) {
            if (startedMillis < 0 || finishedMillis >= 0 || t <= lastMillis) {
                lastMillis = Math.max(lastMillis, t);
                return;
            }
            long from = Math.max(lastMillis, pausedUntilMillis);
            if (t > from) {
                double rate = model.goodputFlopPerS(speed);
                pending = Math.min(spec.totalFlop() - kept, pending + rate * (t - from) / 1000.0);
            }
            lastMillis = t;
        }

        double remaining() {
            return spec.totalFlop() - kept - pending;
        }
    }

    /**
     * Power-aware placement ({@code workload.policy: power-aware}): a job starts only on
     * satellites at full compute (not held back by battery or heat); while no such gang exists
     * it waits and tries again at the next change of any satellite's compute, so flexible work
     * shifts into sunlit periods; after {@link #POWER_AWARE_MAX_WAIT_S} it takes any free gang.
     * Off by default (first come first served wherever
     * accelerators are free).
     */
    public TrainingSimulation powerAware(boolean on) {
        this.powerAware = on;
        return this;
    }

    /**
     * Link outages inside running gangs ({@code workload.faults.link_mtbf}): a gang's gradient
     * exchange and checkpoints stay on the candidate links between its own members. While the
     * links that are up still join every member, the exchange is re-laid over them at the same
     * pace (see {@link #gangJoined}); while they do not, the job pauses, losing nothing, until a
     * link comes back, and a checkpoint falling due meanwhile is taken when it does. Without this
     * every link is always up.
     */
    public TrainingSimulation linkOutages(LinkStates states) {
        this.links = states;
        return this;
    }

    /** Tells {@code sink} of each checkpoint, when its write is done. */
    public TrainingSimulation checkpointSink(CheckpointSink sink) {
        this.checkpointSink = sink;
        return this;
    }

    /**
     * Longest a job waits for a gang at full compute under power-aware placement before it takes
     * any free gang, s (assumption: a day, so a fleet that is never entirely at full compute
     * still runs its work).
     */
    public static final double POWER_AWARE_MAX_WAIT_S = 86_400;

    /** Workload id of a retry event (not a job): try the waiting jobs again. */
    private static final long RETRY = -1;

    /** Runs every job to completion or to the end of the run. */
    public Result run() {
        // Only power-aware placement waits for a change of compute.
        changeTimes = powerAware ? availability.changeTimesMillis() : new long[0];
        EventQueue queue = new EventQueue();
        int n = constellation.satellites();
        Job[] owner = new Job[n];
        FaultStream[] streams = new FaultStream[n];
        List<Job> all = new ArrayList<>();
        Deque<Job> waiting = new ArrayDeque<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job j = new Job(i, jobs.get(i));
            all.add(j);
            queue.schedule(new SimEvent.Arrival(Math.round(j.spec.startS() * 1000), i));
        }
        double allocated = 0;
        while (!queue.isEmpty() && queue.peekTimeMillis() <= endMillis) {
            SimEvent e = queue.next();
            long now = e.timeMillis();
            if (e instanceof SimEvent.Arrival a && a.workId() == RETRY) {
                retryAtMillis = Long.MAX_VALUE;
                startWaiting(waiting, owner, streams, queue, now);
            } else if (e instanceof SimEvent.Arrival a) {
                waiting.add(all.get((int) a.workId()));
                startWaiting(waiting, owner, streams, queue, now);
            } else if (e instanceof SimEvent.Checkpoint c) {
                Job j = all.get((int) (c.workId() >>> 32));
                if ((int) c.workId() != j.checkpointVersion || j.finishedMillis >= 0) {
                    continue; // superseded by a restart, or the job is done
                }
                j.advance(now);
                if (gangJoined(j, now)) {
                    checkpoint(j, queue, now);
                } else {
                    j.checkpointDeferred = true; // the shards cannot reach their neighbours yet
                }
                // A change of compute (or a failure) at this very millisecond: its wake-up is
                // superseded by the reschedule below, so take it into account here.
                if (gangLost(j, now)) {
                    allocated += displace(j, owner, waiting, streams, queue, now);
                } else {
                    j.speed = gangSpeed(j, now);
                    reschedule(j, streams, queue, now);
                }
            } else if (e instanceof SimEvent.Completion c) {
                Job j = all.get((int) (c.workId() >>> 32));
                if ((int) c.workId() != j.version || j.finishedMillis >= 0) {
                    continue; // superseded by a later change
                }
                j.advance(now);
                boolean restarted = false;
                for (int s : j.gang) {
                    while (streams[s].peekTimeMillis() <= now) {
                        if (streams[s].next().kind() == FaultKind.SILENT_DATA_CORRUPTION) {
                            j.sdc++;
                        } else {
                            j.lost += j.pending;
                            j.pending = 0;
                            j.restarts++;
                            j.pausedUntilMillis = Math.max(j.pausedUntilMillis, now + Math.round(RESTART_S * 1000));
                            restarted = true;
                        }
                    }
                }
                if (restarted) {
                    // the restarted job checkpoints again an interval after it computes again
                    scheduleCheckpoint(j, queue, j.pausedUntilMillis + intervalMillis(j));
                }
                if (j.remaining() <= COMPLETION_TOLERANCE * j.spec.totalFlop()) {
                    j.kept += j.pending;
                    j.pending = 0;
                    j.finishedMillis = now;
                    allocated += release(j, owner, now);
                    startWaiting(waiting, owner, streams, queue, now);
                } else if (gangLost(j, now)) {
                    allocated += displace(j, owner, waiting, streams, queue, now);
                } else {
                    if (j.checkpointDeferred && gangJoined(j, now)) {
                        checkpoint(j, queue, now);
                    }
                    j.speed = gangSpeed(j, now);
                    reschedule(j, streams, queue, now);
                }
            }
        }
        List<JobResult> results = new ArrayList<>();
        for (Job j : all) {
            if (j.startedMillis >= 0 && j.finishedMillis < 0 && j.gang.length > 0) {
                j.advance(endMillis);
                allocated += release(j, owner, endMillis);
            }
            int[] last = j.gang.length > 0 || j.placements.isEmpty() ? j.gang
                    : j.placements.get(j.placements.size() - 1).gang();
            int acc = Arrays.stream(last).map(constellation::accelerators).sum();
            results.add(new JobResult(j.spec.name(), last.length, acc, j.spec.startS(),
                    j.startedMillis < 0 ? Double.NaN : j.startedMillis / 1000.0,
                    j.finishedMillis < 0 ? Double.NaN : j.finishedMillis / 1000.0, j.finishedMillis >= 0,
                    j.spec.totalFlop(), j.kept, j.lost, j.pending, j.restarts, j.checkpoints, j.sdc,
                    j.model == null ? Double.NaN : j.model.stepS(1), List.copyOf(j.placements), interSatelliteBits(j)));
        }
        double totalAcc = 0;
        for (int s = 0; s < n; s++) {
            totalAcc += constellation.accelerators(s);
        }
        return new Result(results, allocated, totalAcc * endMillis / 1000.0);
    }

    /**
     * Bits the job sent over inter-satellite links: a ring all-reduce of 2·(n − 1) × 16·N bits
     * per optimizer step done (kept, lost or in progress), and each checkpoint written once to
     * the gang's neighbours. Zero for a one-satellite gang or a job given as total compute.
     */
    private static double interSatelliteBits(Job j) {
        return j.exchangedBits + j.checkpoints * j.spec.checkpointSizeBits();
    }

    /** Gradient-exchange bits of the steps done on the job's current gang since it was placed. */
    private static double exchangeBitsOnGang(Job j) {
        int n = j.gang.length;
        if (j.model == null || n < 2 || !(j.spec.parameters() > 0)) {
            return 0;
        }
        double steps = (j.kept + j.lost + j.pending - j.doneAtPlacement) / j.model.flopPerStep();
        return steps * 2.0 * (n - 1) * TrainingStepModel.GRADIENT_BITS_PER_PARAMETER * j.spec.parameters();
    }

    /** Accelerator-seconds the job held on its current gang until {@code endMs}, and frees its satellites. */
    private double release(Job j, Job[] owner, long endMs) {
        j.exchangedBits += exchangeBitsOnGang(j);
        double acc = 0;
        for (int s : j.gang) {
            owner[s] = null;
            acc += constellation.accelerators(s);
        }
        j.placements.add(new Placement(j.gang.clone(), j.placedMillis / 1000.0, endMs / 1000.0));
        return acc * (endMs - j.placedMillis) / 1000.0;
    }

    private double checkpointWriteS(Job j) {
        double rate = constellation.linkRateBps();
        if (j.spec.checkpointSizeBits() == 0 || j.gang.length == 0) {
            return 0;
        }
        if (!(rate > 0)) {
            return 0; // a one-satellite job writes to local storage (not modelled)
        }
        return j.spec.checkpointSizeBits() / (j.gang.length * rate);
    }

    private void startWaiting(Deque<Job> waiting, Job[] owner, FaultStream[] streams, EventQueue queue, long now) {
        while (!waiting.isEmpty()) {
            Job j = waiting.peek();
            if (j.waitingSinceMillis < 0) {
                j.waitingSinceMillis = now;
            }
            long giveUpMillis = j.waitingSinceMillis + Math.round(POWER_AWARE_MAX_WAIT_S * 1000);
            requireFull = powerAware && now < giveUpMillis;
            int[] gang = place(j.spec.accelerators(), owner, now);
            if (gang == null && largestLiveAccelerators(now) < j.spec.accelerators()) {
                // Failures are for good, so no set of live satellites will ever hold it: dropped,
                // it does not hold up the jobs behind it (it ends not completed).
                waiting.remove();
                continue;
            }
            if (gang == null) {
                if (requireFull) {
                    scheduleRetry(queue, now, giveUpMillis);
                }
                return; // first come first served: later jobs wait behind it
            }
            waiting.remove();
            j.gang = gang;
            double peak = 0;
            for (int s : gang) {
                owner[s] = j;
                peak += constellation.peakFlopPerS(s);
                if (streams[s] == null) {
                    streams[s] = faults.apply(s);
                }
                while (streams[s].peekTimeMillis() <= now) {
                    streams[s].next(); // struck the satellite while it was idle
                }
            }
            j.model = TrainingStepModel.of(j.spec, gang.length, peak, constellation.linkRateBps());
            if (links != null) {
                gangLinks(j);
            }
            if (j.startedMillis < 0) {
                j.startedMillis = now;
                scheduleCheckpoint(j, queue, now + intervalMillis(j));
            } else {
                // a new gang reloads the last checkpoint before it computes, and checkpoints
                // again an interval after that
                j.pausedUntilMillis = Math.max(j.pausedUntilMillis, now + Math.round(RESTART_S * 1000));
                scheduleCheckpoint(j, queue, j.pausedUntilMillis + intervalMillis(j));
            }
            j.placedMillis = now;
            j.doneAtPlacement = j.kept + j.lost + j.pending;
            j.lastMillis = now;
            j.speed = gangSpeed(j, now);
            reschedule(j, streams, queue, now);
        }
    }

    /**
     * Free satellites, connected by candidate links, with enough accelerators: grown breadth
     * first from the lowest-numbered free satellite that can host the gang, or null if none can.
     */
    private int[] place(int accelerators, Job[] owner, long now) {
        int n = constellation.satellites();
        if (seen.length != n) {
            seen = new int[n];
            frontier = new int[n];
        }
        // A search that fails has explored its seed's whole free component, which is then too
        // small from any of its members: each free satellite is visited once per placement.
        int[] tried = new int[n];
        for (int seed = 0; seed < n; seed++) {
            if (owner[seed] != null || tried[seed] != 0 || !usable(seed, now)) {
                continue;
            }
            int stamp = ++searchStamp;
            int head = 0;
            int tail = 0;
            int have = 0;
            frontier[tail++] = seed;
            seen[seed] = stamp;
            while (head < tail && have < accelerators) {
                int s = frontier[head++];
                tried[s] = 1;
                have += constellation.accelerators(s);
                for (int t : constellation.neighbours(s)) {
                    if (seen[t] != stamp && owner[t] == null && usable(t, now)) {
                        seen[t] = stamp;
                        frontier[tail++] = t;
                    }
                }
            }
            if (have >= accelerators) {
                int[] gang = java.util.Arrays.copyOf(frontier, head);
                java.util.Arrays.sort(gang);
                return gang;
            }
        }
        return null;
    }

    /**
     * Accelerators of the largest group of live satellites joined by candidate links at
     * {@code now}, whoever holds them and whatever their compute: the most any gang could ever
     * have from now on, as satellites only fail. Recomputed after each failure.
     */
    private long largestLiveAccelerators(long now) {
        if (now < largestLiveValidUntilMillis) {
            return largestLiveAccelerators;
        }
        int n = constellation.satellites();
        boolean[] visited = new boolean[n];
        int[] queue = new int[n];
        long largest = 0;
        long validUntil = Long.MAX_VALUE;
        for (int seed = 0; seed < n; seed++) {
            long failedAt = availability.failedAtMillis(seed);
            if (failedAt > now) {
                validUntil = Math.min(validUntil, failedAt);
            }
            if (visited[seed] || failedAt <= now) {
                continue;
            }
            long have = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            visited[seed] = true;
            while (head < tail) {
                int s = queue[head++];
                have += constellation.accelerators(s);
                for (int t : constellation.neighbours(s)) {
                    if (!visited[t] && !availability.failed(t, now)) {
                        visited[t] = true;
                        queue[tail++] = t;
                    }
                }
            }
            largest = Math.max(largest, have);
        }
        largestLiveAccelerators = largest;
        largestLiveValidUntilMillis = validUntil;
        return largest;
    }

    /**
     * A satellite of the job's gang failed for good: back to the last checkpoint, and to the
     * head of the queue for a new gang. Returns the accelerator-seconds the old gang held.
     */
    private double displace(Job j, Job[] owner, Deque<Job> waiting, FaultStream[] streams, EventQueue queue, long now) {
        j.lost += j.pending;
        j.pending = 0;
        j.restarts++;
        double held = release(j, owner, now);
        j.gang = new int[0];
        j.speed = 0;
        j.version++;
        j.checkpointVersion++; // nothing to save until a new gang has reloaded the last checkpoint
        j.checkpointDeferred = false;
        j.waitingSinceMillis = now;
        waiting.addFirst(j);
        startWaiting(waiting, owner, streams, queue, now);
        return held;
    }

    /**
     * Saves the work done so far: the job pauses while each satellite writes its shard to a
     * neighbour, and checkpoints again an interval later.
     */
    private void checkpoint(Job j, EventQueue queue, long now) {
        j.kept += j.pending;
        j.pending = 0;
        j.checkpoints++;
        long writtenMillis = now + Math.round(checkpointWriteS(j) * 1000);
        j.pausedUntilMillis = Math.max(j.pausedUntilMillis, writtenMillis);
        scheduleCheckpoint(j, queue, now + intervalMillis(j));
        if (checkpointSink != null) {
            checkpointSink.checkpoint(j.index, writtenMillis / 1000.0);
        }
    }

    /** The job's checkpoint interval, ms. */
    private static long intervalMillis(Job j) {
        return Math.round(j.spec.checkpointIntervalS() * 1000);
    }

    /**
     * Schedules the job's next checkpoint at {@code atMillis}, superseding the one scheduled
     * before: checkpoints come every interval while the job computes, and a restart (a fault, or
     * a new gang after a failure) starts the count again from the moment it computes again, so
     * no checkpoint falls in the pause while it reloads.
     */
    private void scheduleCheckpoint(Job j, EventQueue queue, long atMillis) {
        j.checkpointVersion++;
        j.checkpointDeferred = false;
        if (atMillis <= endMillis) {
            queue.schedule(new SimEvent.Checkpoint(atMillis, ((long) j.index << 32) | (j.checkpointVersion & 0xffffffffL)));
        }
    }

    /** Whether a free satellite may join a gang now: alive, and at full compute under power-aware placement. */
    private boolean usable(int satellite, long now) {
        return !availability.failed(satellite, now)
                && (!requireFull || ServingPolicy.POWER_AWARE.eligible(availability.at(satellite, now)));
    }

    /** A retry of the waiting jobs at the next change of any satellite's compute after {@code now}. */
    private void scheduleRetry(EventQueue queue, long now, long giveUpMillis) {
        int k = Arrays.binarySearch(changeTimes, now);
        k = k < 0 ? -k - 1 : k + 1;
        long at = Math.min(giveUpMillis, k < changeTimes.length ? changeTimes[k] : Long.MAX_VALUE);
        if (at <= endMillis && at < retryAtMillis) {
            retryAtMillis = at;
            queue.schedule(new SimEvent.Arrival(at, RETRY));
        }
    }

    private boolean gangLost(Job j, long now) {
        for (int s : j.gang) {
            if (availability.failed(s, now)) {
                return true;
            }
        }
        return false;
    }

    /** The candidate links between members of the job's (sorted) gang. */
    private void gangLinks(Job j) {
        int count = 0;
        int[] a = new int[8];
        int[] b = new int[8];
        for (int s : j.gang) {
            for (int t : constellation.neighbours(s)) {
                if (t > s && Arrays.binarySearch(j.gang, t) >= 0) {
                    if (count == a.length) {
                        a = Arrays.copyOf(a, 2 * count);
                        b = Arrays.copyOf(b, 2 * count);
                    }
                    a[count] = s;
                    b[count++] = t;
                }
            }
        }
        j.linkA = Arrays.copyOf(a, count);
        j.linkB = Arrays.copyOf(b, count);
    }

    /**
     * Whether the gang's links that are up at {@code now} join all its members. Then the ring
     * all-reduce keeps its pace over them: laid along a depth-first tour of a spanning tree of the
     * up links, each ring hop follows the tree path between consecutive members, and the tour
     * crosses each tree link once each way, so no link carries more than one hop's traffic and
     * the exchange still runs at one link's rate (all candidate links have the same rate).
     */
    private boolean gangJoined(Job j, long now) {
        int n = j.gang.length;
        if (links == null || n < 2) {
            return true;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int components = n;
        for (int k = 0; k < j.linkA.length && components > 1; k++) {
            if (!links.up(j.linkA[k], j.linkB[k], now)) {
                continue;
            }
            int ra = root(parent, Arrays.binarySearch(j.gang, j.linkA[k]));
            int rb = root(parent, Arrays.binarySearch(j.gang, j.linkB[k]));
            if (ra != rb) {
                parent[ra] = rb;
                components--;
            }
        }
        return components == 1;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The gang's pace: its slowest member's compute fraction, or 0 while link outages split it. */
    private double gangSpeed(Job j, long now) {
        if (!gangJoined(j, now)) {
            return 0;
        }
        double min = 1;
        for (int s : j.gang) {
            min = Math.min(min, availability.at(s, now));
        }
        return min;
    }

    /**
     * Schedules the job's next wake-up: the end of a pause, its completion at the current rate,
     * the next change of any member's available compute, the next fault on any member, or a link
     * between members going down or up, whichever comes first. Earlier wake-ups are made stale by the version.
     */
    private void reschedule(Job j, FaultStream[] streams, EventQueue queue, long now) {
        j.version++;
        long next = Long.MAX_VALUE;
        if (now < j.pausedUntilMillis) {
            next = j.pausedUntilMillis;
        } else {
            double rate = j.model.goodputFlopPerS(j.speed);
            if (rate > 0) {
                double ms = Math.ceil(j.remaining() / rate * 1000);
                if (ms < endMillis - now + 1) {
                    next = now + Math.max(1, (long) ms);
                }
            }
        }
        for (int s : j.gang) {
            next = Math.min(next, availability.nextChangeMillis(s, now));
            next = Math.min(next, streams[s].peekTimeMillis());
        }
        if (links != null) {
            for (int k = 0; k < j.linkA.length; k++) {
                next = Math.min(next, links.nextChangeMillis(j.linkA[k], j.linkB[k], now));
            }
        }
        if (next <= endMillis) {
            queue.schedule(new SimEvent.Completion(next, ((long) j.index << 32) | (j.version & 0xffffffffL)));
        }
    }
}
