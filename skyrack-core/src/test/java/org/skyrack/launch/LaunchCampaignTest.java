package org.skyrack.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.skyrack.scenario.Launch;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;

/** Manifests, cadence, replenishment, failures and Monte Carlo on problems with closed-form answers. */
class LaunchCampaignTest {

    /** Prices are sums of a few doubles, USD. */
    private static final double PRICE_TOLERANCE_USD = 1e-3;
    /** Monte Carlo means are held to this many standard errors. */
    private static final double SIGMAS = 4.0;
    private static final double YEAR_S = 365.25 * 86_400;
    private static final LocalDate START = LocalDate.of(2030, 1, 1);

    private static LaunchVehicle vehicle(String id, double payloadKg, Double volumeM3, double perYear, double failure,
                                         boolean planeChanges) {
        return new LaunchVehicle(id, payloadKg, OptionalDouble.empty(), OptionalDouble.of(10e6), perYear, failure,
                volumeM3 == null ? OptionalDouble.empty() : OptionalDouble.of(volumeM3), planeChanges, false,
                OptionalDouble.empty());
    }

    private static TargetPlane plane(int index, int satellites, double massKg, double volumeM3, double lifeS) {
        return new TargetPlane("g", index, satellites, massKg, volumeM3, lifeS, false);
    }

    private static CampaignSpec spec(List<LaunchVehicle> vehicles, List<TargetPlane> planes, double horizonS) {
        return new CampaignSpec(START, horizonS, vehicles, planes, LaunchPricing.listPrice(), new WrightsLaw(0),
                Launch.LearningBasis.CAMPAIGN, 0, 0, 450);
    }

    @Test
    void satellitesPerLaunchIsTheSmallerOfMassAndVolume() {
        LaunchVehicle v = vehicle("v", 1000, 10.0, 12, 0, false);
        Manifest.Capacity byMass = Manifest.capacity(v, plane(0, 9, 300, 2, YEAR_S), 450);
        assertThat(byMass.byMass()).isEqualTo(3);
        assertThat(byMass.byVolume()).hasValue(5);
        assertThat(byMass.satellites()).isEqualTo(3);
        assertThat(byMass.limitedBy()).isEqualTo("mass");
        Manifest.Capacity byVolume = Manifest.capacity(v, plane(0, 9, 100, 4, YEAR_S), 450);
        assertThat(byVolume.satellites()).isEqualTo(2);
        assertThat(byVolume.limitedBy()).isEqualTo("volume");
        assertThat(Manifest.capacity(vehicle("v", 0.3, null, 12, 0, false), plane(0, 1, 0.1, 1, YEAR_S), 450)
                .satellites()).as("an exact fit counts despite rounding").isEqualTo(3);
        assertThat(Manifest.capacity(vehicle("v", 1000, null, 12, 0, false), plane(0, 9, 100, 400, YEAR_S), 450)
                .byVolume()).as("no published volume: mass only").isEmpty();
    }

    @Test
    void ssoPayloadAppliesToSunSynchronousPlanesAndRideshareToItsLimit() {
        LaunchVehicle electron = new LaunchVehicle("electron", 300, OptionalDouble.of(200), OptionalDouble.of(7.5e6), 5,
                0, OptionalDouble.empty(), false, false, OptionalDouble.empty());
        assertThat(Manifest.capacity(electron, new TargetPlane("g", 0, 9, 100, 1, YEAR_S, true), 450).satellites())
                .isEqualTo(2);
        assertThat(Manifest.capacity(electron, new TargetPlane("g", 0, 9, 100, 1, YEAR_S, false), 450).satellites())
                .isEqualTo(3);
        LaunchVehicle ride = new LaunchVehicle("ride", 50, OptionalDouble.of(50), OptionalDouble.of(350_000), 6, 0,
                OptionalDouble.empty(), false, true, OptionalDouble.of(7000));
        assertThat(Manifest.capacity(ride, plane(0, 9, 100, 1, YEAR_S), 450).satellites()).isEqualTo(4);
        assertThat(LaunchPricing.listPrice().priceUsd(ride, 400)).as("350k for 50 kg + 7000 USD/kg beyond")
                .isCloseTo(350_000 + 7000 * 350, within(PRICE_TOLERANCE_USD));
    }

    @Test
    void launchesFollowTheCadenceOnePlanePerLaunch() {
        CampaignSpec s = spec(List.of(vehicle("v", 200, null, 12, 0, false)),
                List.of(plane(0, 10, 100, 1, 20 * YEAR_S)), 10 * YEAR_S);
        CampaignResult r = Campaign.run(s, 1);
        // slot k on day floor(k * 365.25 / 12): 0, 30, 60, 91, 121
        assertThat(r.plan().launches()).extracting(PlannedLaunch::date).containsExactly(START, START.plusDays(30),
                START.plusDays(60), START.plusDays(91), START.plusDays(121));
        assertThat(r.plan().launches()).allMatch(l -> l.satellites() == 2 && !l.failed() && !l.replenishment());
        assertThat(r.plan().deploymentComplete()).contains(START.plusDays(121));
        assertThat(r.plan().totalPriceUsd()).isCloseTo(5 * 10e6, within(PRICE_TOLERANCE_USD));

        CampaignSpec twoPlanes = spec(List.of(vehicle("v", 1000, null, 12, 0, false)),
                List.of(plane(0, 5, 100, 1, 20 * YEAR_S), plane(1, 5, 100, 1, 20 * YEAR_S)), 10 * YEAR_S);
        assertThat(Campaign.run(twoPlanes, 1).plan().launches()).as("one plane per launch").hasSize(2);
        CampaignSpec planeChanging = spec(List.of(vehicle("v", 1000, null, 12, 0, true)), twoPlanes.planes(), 10 * YEAR_S);
        assertThat(Campaign.run(planeChanging, 1).plan().launches()).as("plane changes: both planes at once").hasSize(1);
    }

    @Test
    void twoVehiclesShareThePlanesByEarliestSlot() {
        CampaignSpec s = spec(List.of(vehicle("a", 100, null, 1, 0, false), vehicle("b", 100, null, 2, 0, false)),
                List.of(plane(0, 1, 100, 1, 20 * YEAR_S), plane(1, 1, 100, 1, 20 * YEAR_S), plane(2, 1, 100, 1, 20 * YEAR_S)),
                10 * YEAR_S);
        List<PlannedLaunch> l = Campaign.run(s, 1).plan().launches();
        // day 0: a (listed first) then b; day 182 (b's second slot, floor(365.25/2)) before a's day 365
        assertThat(l).extracting(PlannedLaunch::vehicleId).containsExactly("a", "b", "b");
        assertThat(l.get(2).date()).isEqualTo(START.plusDays(182));
    }

    @Test
    void satellitesAreReplacedAndDisposedOfAtEndOfLifeWithinTheHorizon() {
        CampaignSpec s = spec(List.of(vehicle("v", 200, null, 365.25, 0, false)), List.of(plane(0, 2, 100, 1, YEAR_S)),
                2.5 * YEAR_S);
        CampaignResult r = Campaign.run(s, 1);
        assertThat(r.plan().launches()).extracting(PlannedLaunch::date).containsExactly(START, START.plusDays(365),
                START.plusDays(730));
        assertThat(r.plan().launches()).extracting(PlannedLaunch::replenishment).containsExactly(false, true, true);
        assertThat(r.satellitesReplaced()).isEqualTo(4);
        assertThat(r.disposals()).as("the third launch's satellites outlive the horizon").isEqualTo(4);
        assertThat(r.lastDisposalDeadline()).contains(START.plusDays(730 + 1826));
        assertThat(r.replenishmentLaunches()).isEqualTo(2);
    }

    @Test
    void aCampaignIsDeterministicForASeedAndIndependentOfThreads() {
        CampaignSpec s = spec(List.of(vehicle("v", 300, null, 50, 0.2, false)),
                List.of(plane(0, 30, 100, 1, 3 * YEAR_S), plane(1, 30, 100, 1, 3 * YEAR_S)), 8 * YEAR_S);
        assertThat(Campaign.run(s, 42)).isEqualTo(Campaign.run(s, 42));
        assertThat(Campaign.run(s, 42).plan()).isNotEqualTo(Campaign.run(s, 43).plan());
        assertThat(MonteCarlo.run(s, 7, 64, 1)).isEqualTo(MonteCarlo.run(s, 7, 64, 2));
        assertThat(MonteCarlo.runSeed(7, 0)).isEqualTo(new java.util.SplittableRandom(7).nextLong());
    }

    @Test
    void meanFailuresMatchTheNegativeBinomial() {
        double p = 0.1;
        int satellites = 1000;
        CampaignSpec s = spec(List.of(vehicle("v", 100, null, 365.25, p, false)),
                List.of(plane(0, satellites, 100, 1, 50 * YEAR_S)), 10 * YEAR_S);
        int runs = 200;
        CampaignStatistics st = MonteCarlo.run(s, 2027, runs, 2);
        // failures before 1000 successes: mean n p/(1-p), variance n p/(1-p)^2
        double mean = satellites * p / (1 - p);
        double sd = Math.sqrt(satellites * p) / (1 - p);
        assertThat(st.failedLaunchesMean()).isCloseTo(mean, within(SIGMAS * sd / Math.sqrt(runs)));
        assertThat(st.launchesMean()).isCloseTo(satellites + mean, within(SIGMAS * sd / Math.sqrt(runs)));
        assertThat(st.completedFraction()).isEqualTo(1.0);
        assertThat(st.deploymentCompleteP90()).isPresent();
        assertThat(st.deploymentCompleteP50().get()).isBeforeOrEqualTo(st.deploymentCompleteP90().get());
    }

    @Test
    void failedPayloadsAreReflownAsDeployment() {
        CampaignSpec s = spec(List.of(vehicle("v", 100, null, 365.25, 0.5, false)),
                List.of(plane(0, 20, 100, 1, 50 * YEAR_S)), 10 * YEAR_S);
        CampaignResult r = Campaign.run(s, 3);
        long failed = r.plan().launches().stream().filter(PlannedLaunch::failed).count();
        assertThat(failed).isPositive().isEqualTo(r.failedLaunches());
        assertThat(r.plan().launches()).hasSize(20 + (int) failed).noneMatch(PlannedLaunch::replenishment);
        assertThat(r.plan().deploymentComplete()).contains(r.plan().launches().get(r.plan().launches().size() - 1).date());
    }

    @Test
    void aPlaneNoVehicleCanCarryIsAnInputErrorNamingTheGroup() {
        assertThatThrownBy(() -> spec(List.of(vehicle("v", 100, null, 1, 0, false)),
                List.of(plane(0, 1, 500, 1, YEAR_S)), YEAR_S)).isInstanceOf(LaunchInputException.class)
                .hasMessageStartingWith("group g: no listed vehicle can carry one of its satellites (500.0 kg");
        LaunchVehicle starship = new LaunchVehicle("starship", 100_000, OptionalDouble.empty(), OptionalDouble.empty(), 5,
                0, OptionalDouble.empty(), false, false, OptionalDouble.empty());
        assertThatThrownBy(() -> LaunchPricing.listPrice().priceUsd(starship, 1000)).isInstanceOf(LaunchInputException.class)
                .hasMessage("starship has no published price: give launch.price_per_kg or a custom vehicle price");
    }

    @Test
    void theExamplesPlanes() {
        Scenario starlink = ScenarioReader.read(Path.of("../examples/starlink-v2mini-compute.yaml"));
        List<TargetPlane> planes = TargetPlanes.of(starlink, List.of());
        assertThat(planes).hasSize(72).allMatch(p -> p.satellites() == 22 && !p.sunSynchronous());
        Scenario suncatcher = ScenarioReader.read(Path.of("../examples/suncatcher-81.yaml"));
        CampaignSpec s = CampaignSpec.of(suncatcher, TargetPlanes.of(suncatcher, List.of()));
        assertThat(s.planes()).singleElement().matches(p -> p.satellites() == 81 && p.sunSynchronous());
        assertThat(s.vehicles()).singleElement().matches(v -> v.launchesPerYear() == 165 * 0.25);
        CampaignResult r = Campaign.run(s, MonteCarlo.runSeed(suncatcher.info().seed(), 0));
        assertThat(r.plan().launches().stream().filter(l -> !l.replenishment()).mapToInt(PlannedLaunch::satellites).sum()
                - r.satellitesLost()).isEqualTo(81);
    }
}
