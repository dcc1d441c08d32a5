package org.skyrack.launch;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Launch;
import org.skyrack.scenario.Scenario;

/**
 * Plays one realisation of a launch campaign, day by day, deterministic for a given seed.
 *
 * <p>Each vehicle offers launch slots from the campaign start at its cadence: slot k on day
 * floor(k · 365.25 / launches per year). Satellites wait in a queue of batches (one plane each)
 * ordered by the day they are ready, then by creation: first the planes in scenario order, all
 * ready on day 0. The earliest-ready batch takes the earliest slot of any vehicle that can
 * carry its satellites (ties: the vehicle listed first); a launch carries as many of that
 * plane's satellites as fit ({@link Manifest}), and, if the vehicle can change planes, further
 * ready batches of the same group. A launch fails with the vehicle's failure probability
 * (one draw from {@link SplittableRandom} per launch); its satellites are rebuilt and ready the
 * next day (spares are assumed; no stand-down after a failure). A satellite delivered on day d
 * reaches end of design life on d + life: it is disposed of then, and a replacement is ready the
 * same day. Nothing happens on or after the horizon. Re-flights of failed first-deployment
 * launches count as deployment, not replenishment; the constellation is complete on the day its
 * last first-deployment satellite reaches orbit.
 *
 * <p>Prices follow Wright's law on cumulative mass launched, failed launches included: for the
 * campaign basis, this campaign's mass with the first launch as reference (it pays list price);
 * for the industry basis, the world's mass before the start, plus others' launches at the given
 * rate, plus this campaign's, with the world's mass at the start as reference.
 */
public final class Campaign {

    private static final double DAY_S = 86_400;
    private static final double YEAR_DAYS = 365.25;

    private Campaign() {
    }

    /** A batch of satellites for one plane, ready on {@code readyDay}. */
    private record Batch(int plane, int satellites, boolean replenishment, long readyDay, long seq) {
    }

    /** One realisation with random draws from {@code seed}. */
    /**
     * The nominal realisation of a scenario's campaign: the Monte Carlo's run 0 for the
     * scenario's seed, the one {@code skyrack launch-plan} prints.
     *
     * @throws LaunchInputException when no plan can be made
     */
    public static CampaignResult nominal(Scenario s, List<SatelliteOrbit> satellites) {
        return run(CampaignSpec.of(s, TargetPlanes.of(s, satellites)), MonteCarlo.runSeed(s.info().seed(), 0));
    }

    public static CampaignResult run(CampaignSpec spec, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LaunchVehicle> vehicles = spec.vehicles();
        List<TargetPlane> planes = spec.planes();
        long horizonDays = (long) Math.floor(spec.horizonS() / DAY_S);
        int[][] capacity = new int[vehicles.size()][planes.size()];
        for (int v = 0; v < vehicles.size(); v++) {
            for (int p = 0; p < planes.size(); p++) {
                capacity[v][p] = Manifest.capacity(vehicles.get(v), planes.get(p), spec.rideshareMaxMassKg()).satellites();
            }
        }
        PriorityQueue<Batch> queue = new PriorityQueue<>(Comparator.comparingLong(Batch::readyDay)
                .thenComparingLong(Batch::seq));
        long seq = 0;
        for (int p = 0; p < planes.size(); p++) {
            queue.add(new Batch(p, planes.get(p).satellites(), false, 0, seq++));
        }
        long[] nextSlot = new long[vehicles.size()];
        int firstDeploymentLeft = spec.satellites();
        Optional<LocalDate> complete = Optional.empty();
        List<PlannedLaunch> launches = new ArrayList<>();
        Map<String, Integer> byVehicle = new LinkedHashMap<>();
        vehicles.forEach(v -> byVehicle.put(v.id(), 0));
        double cumulativeKg = 0;
        double referenceKg = spec.basis() == Launch.LearningBasis.INDUSTRY ? spec.industryMassKg() : 0;
        int failed = 0;
        int lost = 0;
        int replenishmentLaunches = 0;
        int replaced = 0;
        int disposals = 0;
        long lastDisposalDay = -1;

        while (!queue.isEmpty()) {
            Batch head = queue.peek();
            int best = -1;
            long bestDay = Long.MAX_VALUE;
            for (int v = 0; v < vehicles.size(); v++) {
                if (capacity[v][head.plane()] == 0) {
                    continue;
                }
                while (slotDay(nextSlot[v], vehicles.get(v)) < head.readyDay()) {
                    nextSlot[v]++;
                }
                long day = slotDay(nextSlot[v], vehicles.get(v));
                if (day < bestDay) {
                    best = v;
                    bestDay = day;
                }
            }
            if (bestDay >= horizonDays) {
                break;
            }
            LaunchVehicle vehicle = vehicles.get(best);
            nextSlot[best]++;
            // Load the head batch, then (plane changes) further ready batches of the same group.
            List<Batch> aboard = new ArrayList<>();
            int room = capacity[best][head.plane()];
            String group = planes.get(head.plane()).group();
            List<Batch> skipped = new ArrayList<>();
            while (room > 0 && !queue.isEmpty() && queue.peek().readyDay() <= bestDay) {
                Batch b = queue.poll();
                boolean fits = aboard.isEmpty() || b.plane() == head.plane()
                        || (vehicle.planeChanges() && planes.get(b.plane()).group().equals(group)
                                && capacity[best][b.plane()] > 0);
                if (!fits) {
                    skipped.add(b);
                    continue;
                }
                int n = Math.min(room, b.satellites());
                aboard.add(new Batch(b.plane(), n, b.replenishment(), b.readyDay(), b.seq()));
                room -= n;
                if (n < b.satellites()) {
                    queue.add(new Batch(b.plane(), b.satellites() - n, b.replenishment(), b.readyDay(), b.seq()));
                }
            }
            queue.addAll(skipped);
            int satellites = 0;
            double massKg = 0;
            boolean replenishment = true;
            for (Batch b : aboard) {
                satellites += b.satellites();
                massKg += b.satellites() * planes.get(b.plane()).satelliteMassKg();
                replenishment &= b.replenishment();
            }
            cumulativeKg += massKg;
            double learning;
            if (spec.basis() == Launch.LearningBasis.INDUSTRY) {
                double world = spec.industryMassKg() + spec.industryMassRateKgPerS() * bestDay * DAY_S + cumulativeKg;
                learning = spec.learning().factor(world, referenceKg);
            } else {
                if (referenceKg == 0) {
                    referenceKg = massKg;
                }
                learning = spec.learning().factor(cumulativeKg, referenceKg);
            }
            double price = spec.pricing().priceUsd(vehicle, massKg) * learning;
            boolean failure = random.nextDouble() < vehicle.failureProbability();
            LocalDate date = spec.start().plusDays(bestDay);
            launches.add(new PlannedLaunch(date, vehicle.id(), group, satellites, massKg, price, failure, replenishment));
            byVehicle.merge(vehicle.id(), 1, Integer::sum);
            if (replenishment) {
                replenishmentLaunches++;
            }
            if (failure) {
                failed++;
                lost += satellites;
                for (Batch b : aboard) {
                    queue.add(new Batch(b.plane(), b.satellites(), b.replenishment(), bestDay + 1, seq++));
                }
                continue;
            }
            for (Batch b : aboard) {
                if (b.replenishment()) {
                    replaced += b.satellites();
                } else {
                    firstDeploymentLeft -= b.satellites();
                    if (firstDeploymentLeft == 0) {
                        complete = Optional.of(date);
                    }
                }
                long endOfLife = bestDay + (long) Math.floor(planes.get(b.plane()).designLifeS() / DAY_S);
                if (endOfLife < horizonDays) {
                    disposals += b.satellites();
                    lastDisposalDay = Math.max(lastDisposalDay, endOfLife);
                    queue.add(new Batch(b.plane(), b.satellites(), true, endOfLife, seq++));
                }
            }
        }
        int unlaunched = queue.stream().filter(b -> b.readyDay() < horizonDays).mapToInt(Batch::satellites).sum();
        Optional<LocalDate> deadline = lastDisposalDay < 0 ? Optional.empty()
                : Optional.of(spec.start().plusDays(lastDisposalDay)
                        .plusDays((long) Math.floor(CampaignResult.FCC_DISPOSAL_LIMIT_S / DAY_S)));
        return new CampaignResult(new LaunchPlan(launches, complete), spec.satellites(), failed, lost,
                replenishmentLaunches, replaced, disposals, deadline, unlaunched, byVehicle,
                spec.start().plusDays(horizonDays));
    }

    /** Day (from the start) of slot {@code k} of {@code vehicle}. */
    static long slotDay(long k, LaunchVehicle vehicle) {
        return (long) Math.floor(k * YEAR_DAYS / vehicle.launchesPerYear() + 1e-9);
    }
}
