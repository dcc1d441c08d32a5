package org.skyrack.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.scenario.TestResources.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Valid scenario files: defaults filled in, every value in SI, names resolved. Expected SI values
 * are worked out by hand from the file text and the unit definitions (1 kWh = 3.6 MJ, Julian
 * year = 365.25 d, 1 rad = 0.01 Gy, 1 B = 8 bit).
 */
class ScenarioReaderTest {

    /** Relative tolerance on SI values (dimensionless): rounding of unit factors only. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static final double DAY_S = 86_400.0;
    private static final double JULIAN_YEAR_S = 365.25 * DAY_S;
    private static final double J_PER_KWH = 3.6e6;
    private static final double RAD_PER_DEG = Math.PI / 180.0;
    private static final double WGS84_EQUATORIAL_RADIUS_M = 6_378_137.0;

    private static void assertSi(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE_TOLERANCE));
    }

    // ---------------------------------------------------------------- minimal file: defaults

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class DefaultsOfTheMinimalScenario {

        private Scenario scenario;
        private SatelliteDesign design;

        @BeforeAll
        void read() {
            scenario = ScenarioReader.read(resource("/scenarios/minimal.yaml"));
            design = scenario.satellites().get(0);
        }

        @Test
        void scenarioSection() {
            assertThat(scenario.info().name()).isEqualTo("minimal");
            assertThat(scenario.info().description()).isEmpty();
            assertThat(scenario.info().epoch()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
            assertThat(scenario.info().durationS()).isEqualTo(DAY_S);
            assertThat(scenario.info().seed()).isEqualTo(1L);
        }

        @Test
        void givenValuesInSi() {
            assertThat(design.name()).isEqualTo("sat-a");
            assertThat(design.busMassKg()).isEqualTo(500.0);
            assertThat(design.busPowerW()).isEqualTo(1000.0);
            assertThat(design.stowedVolumeM3()).isEqualTo(10.0);
            assertThat(design.solarArray().areaM2()).isEqualTo(100.0);
            assertSi(design.battery().capacityJ(), 20 * J_PER_KWH);
            assertThat(design.radiator().areaM2()).isEqualTo(50.0);
            SatelliteDesign.Accelerator a = design.accelerators().get(0);
            assertThat(a.model()).isEqualTo("tpu-v6e");
            assertThat(a.count()).isEqualTo(8);
            assertThat(a.tdpW()).isEqualTo(300.0);
            assertSi(a.peakBf16FlopPerS(), 918e12);
            assertSi(a.unitCostUsd(), 20_000.0);
        }

        @Test
        void designDefaults() {
            assertSi(design.designLifeS(), 5 * JULIAN_YEAR_S);
            assertSi(design.shieldingM(), 2.5e-3);
        }

        @Test
        void solarArrayDefaults() {
            SatelliteDesign.SolarArray s = design.solarArray();
            assertThat(s.efficiency()).isEqualTo(0.30);
            assertThat(s.packingFactor()).isEqualTo(0.90);
            assertSi(s.degradationPerS(), 0.01 / JULIAN_YEAR_S);
            assertThat(s.pointing()).isEqualTo(SatelliteDesign.Pointing.SUN_TRACKING);
            assertThat(s.normalBody()).containsExactly(0.0, 0.0, 1.0);
            assertSi(s.temperatureCoefficientPerK(), -0.002);
            assertSi(s.operatingTemperatureK(), 28 + 273.15);
            assertThat(s.massKg()).isZero();
        }

        @Test
        void batteryDefaults() {
            SatelliteDesign.Battery b = design.battery();
            assertThat(b.chargeEfficiency()).isEqualTo(0.975);
            assertThat(b.dischargeEfficiency()).isEqualTo(0.975);
            assertThat(b.maxDepthOfDischarge()).isEqualTo(0.30);
            // 1C: the whole 20 kWh in one hour is 20 kW.
            assertSi(b.maxChargePowerW(), 20_000.0);
            assertSi(b.maxDischargePowerW(), 20_000.0);
            assertThat(b.massKg()).isZero();
        }

        @Test
        void radiatorDefaults() {
            SatelliteDesign.Radiator r = design.radiator();
            assertThat(r.faces()).isEqualTo(2);
            assertThat(r.emissivity()).isEqualTo(0.92);
            assertThat(r.absorptivity()).isEqualTo(0.09);
            assertThat(r.earthViewFactor()).isEqualTo(0.25);
            assertThat(r.sunIncidenceCosine()).isEqualTo(1.0);
            assertSi(r.heatCapacityJPerK(), 100_000.0);
            assertSi(r.maxTemperatureK(), 85 + 273.15);
            assertThat(r.massKg()).isZero();
        }

        @Test
        void acceleratorDefaults() {
            SatelliteDesign.Accelerator a = design.accelerators().get(0);
            assertSi(a.idlePowerW(), 0.2 * 300.0);
            // 15 krad = 15,000 × 0.01 Gy.
            assertSi(a.doseLimitGy(), 150.0);
            assertThat(a.memoryBits()).isZero();
            assertThat(a.unitMassKg()).isZero();
        }

        @Test
        void constellationDefaults() {
            assertThat(scenario.constellation().propagator()).isEqualTo(PropagatorKind.SGP4);
            ConstellationGroup.SunSynchronous g =
                    (ConstellationGroup.SunSynchronous) scenario.constellation().groups().get(0);
            assertThat(g.name()).isEqualTo("dawn-dusk");
            assertThat(g.design()).as("the only design is used when none is named").isEqualTo("sat-a");
            assertThat(g.altitudeM()).isEqualTo(650_000.0);
            assertThat(g.ltanS()).isEqualTo(18 * 3600.0);
            assertThat(g.planes()).isEqualTo(1);
            assertThat(g.satellitesPerPlane()).isEqualTo(4);
            assertThat(g.ltanSpacingS()).isEqualTo(DAY_S);
            assertThat(g.phasing()).isZero();
        }

        @Test
        void absentSections() {
            assertThat(scenario.ground().stations()).isEmpty();
            assertThat(scenario.ground().userRegions()).isEmpty();
            assertThat(scenario.links().interSatellite()).isEmpty();
            assertThat(scenario.links().ground()).isEmpty();
            assertThat(scenario.workload().training()).isEmpty();
            assertThat(scenario.workload().inference()).isEmpty();
            assertThat(scenario.workload().policy()).isEqualTo(Workload.Policy.POWER_AWARE);
            assertThat(scenario.economics()).isEqualTo(Optional.empty());
        }

        @Test
        void launchDefaults() {
            Launch l = scenario.launch();
            assertThat(l.vehicles()).containsExactly("falcon-9-reusable");
            assertThat(l.customVehicles()).isEmpty();
            assertThat(l.campaignStart()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(l.learningRate()).isEqualTo(0.20);
            assertThat(l.allowRideshare()).isFalse();
            assertThat(l.pricePerKgOverrideUsd()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- full file: every section

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EverySection {

        private Scenario scenario;

        @BeforeAll
        void read() {
            scenario = ScenarioReader.read(resource("/scenarios/full.yaml"));
        }

        @Test
        void scenarioSection() {
            assertThat(scenario.info().description()).isEqualTo("All sections of the language");
            assertThat(scenario.info().epoch()).isEqualTo(Instant.parse("2027-06-01T00:00:00Z"));
            assertThat(scenario.info().durationS()).isEqualTo(30 * DAY_S);
            assertThat(scenario.info().seed()).isEqualTo(42L);
        }

        @Test
        void givenDesignValues() {
            SatelliteDesign d = scenario.design("compute-a").orElseThrow();
            assertSi(d.busPowerW(), 1200.0);
            assertSi(d.designLifeS(), 7 * 365.25 * 86_400);
            assertSi(d.shieldingM(), 0.003);
            SatelliteDesign.SolarArray s = d.solarArray();
            assertSi(s.efficiency(), 0.32);
            assertThat(s.packingFactor()).isEqualTo(0.85);
            assertSi(s.degradationPerS(), 0.025 / JULIAN_YEAR_S);
            assertThat(s.pointing()).isEqualTo(SatelliteDesign.Pointing.FIXED);
            // [0, 3, 4] normalised: |(0, 3, 4)| = 5.
            assertThat(s.normalBody()).containsExactly(0.0, 0.6, 0.8);
            assertSi(s.temperatureCoefficientPerK(), -0.0025);
            assertSi(s.operatingTemperatureK(), 333.15);
            SatelliteDesign.Battery b = d.battery();
            assertSi(b.capacityJ(), 30 * J_PER_KWH);
            assertThat(b.chargeEfficiency()).isEqualTo(0.95);
            assertSi(b.maxDepthOfDischarge(), 0.40);
            assertSi(b.maxChargePowerW(), 15_000.0);
            assertSi(b.maxDischargePowerW(), 30_000.0);
            SatelliteDesign.Radiator r = d.radiator();
            assertThat(r.faces()).isEqualTo(1);
            assertThat(r.emissivity()).isEqualTo(0.9);
            assertSi(r.heatCapacityJPerK(), 50_000.0);
            assertSi(r.maxTemperatureK(), 358.15);
            SatelliteDesign.Accelerator a = d.accelerators().get(0);
            assertThat(a.idlePowerW()).isEqualTo(45.0);
            assertSi(a.memoryBits(), 32 * 8e9);
            assertSi(a.doseLimitGy(), 200.0);
            // 575 kg bus + 240 kg array + 150 kg battery + 200 kg radiator + 64 × 1.5 kg chips.
            assertSi(d.totalMassKg(), 1261.0);
            assertSi(d.acceleratorPowerW(), 64 * 300.0);
            assertSi(d.peakBf16FlopPerS(), 64 * 918e12);
        }

        @Test
        void mergeKeysCopyTheBaseAndLetExplicitKeysWin() {
            SatelliteDesign a = scenario.design("compute-a").orElseThrow();
            SatelliteDesign b = scenario.design("compute-b").orElseThrow();

            assertThat(scenario.satellites()).extracting(SatelliteDesign::name).containsExactly("compute-a", "compute-b");
            assertThat(b.busMassKg()).isEqualTo(600.0);
            assertThat(a.busMassKg()).isEqualTo(575.0);
            assertThat(b.solarArray()).isEqualTo(a.solarArray());
            assertThat(b.battery()).isEqualTo(a.battery());
            assertThat(b.radiator()).isEqualTo(a.radiator());
            assertThat(b.accelerators()).isEqualTo(a.accelerators());
            assertThat(b.designLifeS()).isEqualTo(a.designLifeS());
        }

        @Test
        void walkerGroup() {
            ConstellationGroup.Walker w = group("shell", ConstellationGroup.Walker.class);
            assertThat(scenario.constellation().propagator()).isEqualTo(PropagatorKind.KEPLERIAN);
            assertThat(w.design()).isEqualTo("compute-a");
            assertThat(w.pattern()).isEqualTo(ConstellationGroup.WalkerPattern.STAR);
            assertThat(List.of(w.total(), w.planes(), w.phasing())).containsExactly(24, 3, 1);
            assertThat(w.altitudeM()).isEqualTo(550_000.0);
            assertSi(w.inclinationRad(), 53 * RAD_PER_DEG);
            assertSi(w.raanOffsetRad(), 10 * RAD_PER_DEG);
        }

        @Test
        void elementsGroup() {
            ConstellationGroup.Elements e = group("probe", ConstellationGroup.Elements.class);
            ConstellationGroup.KeplerianElements p1 = e.satellites().get(0);
            ConstellationGroup.KeplerianElements p2 = e.satellites().get(1);

            assertThat(p1.name()).isEqualTo("probe-1");
            assertThat(p1.semiMajorAxisM()).isEqualTo(WGS84_EQUATORIAL_RADIUS_M + 700_000.0);
            assertThat(p1.eccentricity()).isEqualTo(0.001);
            assertSi(p1.inclinationRad(), 98 * RAD_PER_DEG);
            assertSi(p1.raanRad(), Math.PI / 4);
            assertSi(p1.argumentOfPerigeeRad(), Math.PI / 2);
            assertSi(p1.meanAnomalyRad(), Math.PI);
            assertThat(p2.semiMajorAxisM()).isEqualTo(7_000_000.0);
            assertThat(p2.eccentricity()).isZero();
            assertThat(p2.inclinationRad()).isZero();
            assertThat(List.of(p2.raanRad(), p2.argumentOfPerigeeRad(), p2.meanAnomalyRad())).containsOnly(0.0);
        }

        @Test
        void clusterGroups() {
            ConstellationGroup.Cluster swarm = group("swarm", ConstellationGroup.Cluster.class);
            ConstellationGroup.Cluster ring = group("ring", ConstellationGroup.Cluster.class);

            assertThat(swarm.satellites()).isEqualTo(81);
            assertThat(swarm.radiusM()).isEqualTo(100.0);
            assertThat(swarm.minSeparationM()).isEqualTo(15.0);
            // "6:30" is 06:30, 6.5 h after midnight.
            assertThat(swarm.reference()).isEqualTo(new ConstellationGroup.SsoReference(650_000.0, 6.5 * 3600));
            assertThat(ring.minSeparationM()).as("default min_separation").isEqualTo(20.0);
            assertThat(ring.radiusM()).isEqualTo(1000.0);
            ConstellationGroup.CircularReference ref = (ConstellationGroup.CircularReference) ring.reference();
            assertThat(ref.altitudeM()).isEqualTo(800_000.0);
            assertSi(ref.inclinationRad(), Math.PI / 3);
            assertThat(ref.raanRad()).isZero();
        }

        @Test
        void ssoGroupWithSeveralPlanes() {
            ConstellationGroup.SunSynchronous s = group("dawn-dusk", ConstellationGroup.SunSynchronous.class);
            // Unquoted 18:00 is a YAML 1.1 base-60 integer (1080); the reader must use the text.
            assertThat(s.ltanS()).isEqualTo(64_800.0);
            assertThat(s.planes()).isEqualTo(3);
            assertThat(s.satellitesPerPlane()).isEqualTo(10);
            assertThat(s.ltanSpacingS()).as("24 h / 3 planes").isEqualTo(8 * 3600.0);
            assertThat(s.phasing()).isEqualTo(1);
        }

        @Test
        void ground() {
            Ground.Station svalbard = scenario.ground().stations().get(0);
            Ground.Station punta = scenario.ground().stations().get(1);
            assertThat(svalbard.name()).isEqualTo("svalbard");
            assertSi(svalbard.latitudeRad(), 78.23 * RAD_PER_DEG);
            assertSi(svalbard.longitudeRad(), 15.39 * RAD_PER_DEG);
            assertThat(svalbard.altitudeM()).isEqualTo(500.0);
            assertSi(svalbard.elevationMaskRad(), Math.PI / 18);
            assertSi(punta.latitudeRad(), -53 * RAD_PER_DEG);
            assertSi(punta.elevationMaskRad(), Math.PI / 36);
            assertThat(punta.altitudeM()).isZero();
            assertThat(scenario.ground().userRegions()).extracting(Ground.UserRegion::name, Ground.UserRegion::radiusM)
                    .containsExactly(tuple("europe", 1_500_000.0),
                            tuple("us-east", 500_000.0));
        }

        @Test
        void links() {
            Links.InterSatellite isl = scenario.links().interSatellite().orElseThrow();
            assertThat(isl.topology()).isEqualTo(Links.Topology.CLUSTER_NEIGHBOURS);
            assertThat(isl.maxRangeM()).isEqualTo(5000.0);
            assertSi(isl.dataRateBps(), 800e9);
            assertThat(isl.terminalsPerSatellite()).isEqualTo(4);
            assertThat(isl.terminalPowerW()).isEqualTo(50.0);
            assertSi(isl.switchingDelayS(), 1e-6);
            Links.GroundLink g = scenario.links().ground().orElseThrow();
            assertSi(g.frequencyHz(), 26.5e9);
            assertThat(g.eirpDbw()).isEqualTo(40.0);
            assertThat(g.gOverTDbPerK()).isEqualTo(30.0);
            assertThat(g.lossesDb()).isEqualTo(3.0);
            assertThat(g.requiredEbN0Db()).isEqualTo(4.5);
            assertSi(g.maxDataRateBps(), 10e9);
        }

        @Test
        void trainingComputeIsSixFlopPerParameterPerToken() {
            Workload.TrainingJob llm = scenario.workload().training().get(0);
            // 6 × 70e9 parameters × 1.4e12 tokens = 5.88e23 FLOP.
            assertSi(llm.totalFlop(), 5.88e23);
            assertThat(llm.accelerators()).isEqualTo(1024);
            assertThat(llm.checkpointIntervalS()).isEqualTo(1800.0);
            assertSi(llm.checkpointSizeBits(), 140 * 8e9);
            assertThat(llm.startS()).isZero();
            Workload.TrainingJob fixed = scenario.workload().training().get(1);
            assertSi(fixed.totalFlop(), 3.15e23);
            assertThat(fixed.checkpointIntervalS()).as("default 1 h").isEqualTo(3600.0);
            assertThat(fixed.startS()).isEqualTo(2 * DAY_S);
            assertThat(scenario.workload().policy()).isEqualTo(Workload.Policy.GREEDY);
        }

        @Test
        void inference() {
            Workload.InferenceService chat = scenario.workload().inference().get(0);
            assertThat(chat.region()).isEqualTo("europe");
            assertThat(chat.requestRatePerS()).isEqualTo(200.0);
            assertThat(chat.tokensIn()).isEqualTo(1000.0);
            assertThat(chat.tokensOut()).isEqualTo(500.0);
            assertSi(chat.latencyObjectiveS(), 0.8);
            assertThat(chat.dailyCurve()).isEqualTo(Workload.DailyCurve.DIURNAL);
        }

        @Test
        void launch() {
            Launch l = scenario.launch();
            assertThat(l.vehicles()).containsExactly("falcon-9-reusable", "starship", "heavy-lifter");
            assertThat(l.pricePerKgOverrideUsd()).contains(200.0);
            assertThat(l.campaignStart()).isEqualTo(LocalDate.of(2027, 9, 1));
            assertSi(l.learningRate(), 0.15);
            assertThat(l.allowRideshare()).isTrue();
            Launch.Vehicle v = l.customVehicles().get(0);
            assertThat(v.name()).isEqualTo("heavy-lifter");
            assertSi(v.payloadToLeoKg(), 100_000.0);
            assertSi(v.priceUsd(), 90e6);
            assertSi(v.launchesPerYear(), 24.0);
            assertThat(v.failureProbability()).isEqualTo(0.02);
            assertThat(v.fairingDiameterM()).isEqualTo(9.0);
            assertThat(v.fairingVolumeM3()).isEqualTo(1000.0);
        }

        @Test
        void economicsWithTheStargatePresetAndAnOverride() {
            Economics e = scenario.economics().orElseThrow();
            assertThat(e.busCostPerKgUsd()).as("default").isEqualTo(1100.0);
            assertSi(e.solarArrayCostPerWUsd(), 0.5);
            assertThat(e.radiatorCostPerM2Usd()).isEqualTo(2000.0);
            assertSi(e.batteryCostPerJUsd(), 150 / J_PER_KWH);
            assertThat(e.integrationFraction()).isEqualTo(0.25);
            assertSi(e.insuranceFraction(), 0.10);
            assertSi(e.operationsPerSUsd(), 2e6 / JULIAN_YEAR_S);
            assertThat(e.discountRatePerYear()).as("default").isEqualTo(0.08);
            Economics.Terrestrial t = e.terrestrial();
            assertThat(t.preset()).isEqualTo("stargate");
            assertThat(t.pue()).as("overridden").isEqualTo(1.1);
            assertSi(t.capexPerWUsd(), 12.5);
            assertSi(t.electricityPerJUsd(), 0.066 / J_PER_KWH);
        }

        private <G extends ConstellationGroup> G group(String name, Class<G> type) {
            return scenario.constellation().groups().stream().filter(g -> g.name().equals(name))
                    .map(type::cast).findFirst().orElseThrow();
        }
    }

    // ---------------------------------------------------------------- merge keys

    @Test
    void chainedMergeKeysCarryEveryLevel() {
        Scenario s = ScenarioReader.read(resource("/scenarios/merge-keys.yaml"));
        SatelliteDesign a = s.design("sat-a").orElseThrow();
        SatelliteDesign b = s.design("sat-b").orElseThrow();
        SatelliteDesign c = s.design("sat-c").orElseThrow();

        assertThat(b.busMassKg()).isEqualTo(600.0);
        assertThat(b.busPowerW()).isEqualTo(1000.0);
        // sat-c merges sat-b, which merges sat-a: sat-b's bus mass wins over sat-a's.
        assertThat(c.busMassKg()).isEqualTo(600.0);
        assertThat(c.busPowerW()).isEqualTo(2000.0);
        assertThat(c.stowedVolumeM3()).isEqualTo(10.0);
        assertThat(c.solarArray()).isEqualTo(a.solarArray());
    }

    @Test
    void aMergeKeyMayListSeveralMappingsAndTheEarlierWin() {
        Scenario s = ScenarioReader.read(resource("/scenarios/merge-keys.yaml"));
        SatelliteDesign d = s.design("sat-d").orElseThrow();

        // [{efficiency: 0.25, area: 80 m^2}, {area: 100 m^2}, {efficiency: 0.2, packing_factor: 0.8}]
        assertThat(d.solarArray().areaM2()).isEqualTo(80.0);
        assertThat(d.solarArray().efficiency()).isEqualTo(0.25);
        assertThat(d.solarArray().packingFactor()).isEqualTo(0.8);
        // A key written next to the merge wins over the merged one.
        assertThat(d.radiator().areaM2()).isEqualTo(60.0);
        assertThat(d.busMassKg()).isEqualTo(500.0);
    }

    // ---------------------------------------------------------------- sun-synchronous limit

    @Test
    void theHighestAcceptedSunSynchronousAltitudeHasASolution(@TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal().replace("altitude: 650 km", "altitude: 5970 km"));
        double altitude = ((ConstellationGroup.SunSynchronous) s.constellation().groups().get(0)).altitudeM();

        // Retrograde, close to 180 deg: cos i = -1 is reached near 5,974 km.
        assertThat(org.skyrack.orbit.SunSynchronous.inclinationRad(altitude))
                .isBetween(170 * RAD_PER_DEG, Math.PI);
    }

    // ---------------------------------------------------------------- variants of the minimal file

    private static String minimal() throws IOException {
        return Files.readString(resource("/scenarios/minimal.yaml"));
    }

    private static Scenario readText(Path dir, String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text);
        return ScenarioReader.read(file);
    }

    @Test
    void aTleGroupReadsTheFileNextToTheScenario() {
        Path file = resource("/scenarios/iss-tle.yaml");

        Scenario s = ScenarioReader.read(file);

        ConstellationGroup.OrbitFile g = (ConstellationGroup.OrbitFile) s.constellation().groups().get(0);
        assertThat(g.name()).isEqualTo("iss");
        assertThat(g.design()).isEqualTo("sat-a");
        assertThat(g.format()).isEqualTo(ConstellationGroup.OrbitFileFormat.TLE);
        assertThat(g.file()).isEqualTo(file.toAbsolutePath().getParent().resolve("iss.tle"));
        assertThat(g.file()).isRegularFile();
    }

    @Test
    void terrestrialPresetStargate(@TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal() + """

                economics:
                  solar_array_cost: 0 USD/W
                  radiator_cost: 0 USD/m^2
                  battery_cost: 0 USD/kWh
                  terrestrial:
                    preset: stargate
                """);

        Economics.Terrestrial t = s.economics().orElseThrow().terrestrial();
        assertThat(t.preset()).isEqualTo("stargate");
        assertSi(t.capexPerWUsd(), 12.5);
        assertSi(t.electricityPerJUsd(), 0.066 / J_PER_KWH);
        assertThat(t.pue()).isEqualTo(1.2);
        assertSi(t.waterPerJM3(), 0.38e-3 / J_PER_KWH);
        assertSi(t.buildTimeS(), 1 * JULIAN_YEAR_S);
    }

    @Test
    void terrestrialDefaultsToUsHyperscale(@TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal() + """

                economics:
                  solar_array_cost: 1 USD/W
                  radiator_cost: 2000 USD/m^2
                  battery_cost: 150 USD/kWh
                """);

        Economics.Terrestrial t = s.economics().orElseThrow().terrestrial();
        assertThat(t.preset()).isEqualTo("us-hyperscale");
        assertSi(t.capexPerWUsd(), 11.7);
        assertSi(t.electricityPerJUsd(), 0.0806 / J_PER_KWH);
        assertThat(t.pue()).isEqualTo(1.2);
        assertSi(t.buildTimeS(), 2 * JULIAN_YEAR_S);
    }

    @ParameterizedTest(name = "epoch {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2027-03-01T00:00:00Z      | 2027-03-01T00:00:00Z
            2027-03-01                | 2027-03-01T00:00:00Z
            2027-03-01T12:30:00       | 2027-03-01T12:30:00Z
            2027-03-01 12:30:00       | 2027-03-01T12:30:00Z
            2027-03-01T12:30:00+02:00 | 2027-03-01T10:30:00Z
            """)
    void epochForms(String written, String utc, @TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal().replace("epoch: 2027-03-01T00:00:00Z", "epoch: " + written));

        assertThat(s.info().epoch()).isEqualTo(Instant.parse(utc));
    }

    @Test
    void aLaunchSectionWithoutVehiclesUsesFalcon9Reusable(@TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal() + "\nlaunch:\n  learning_rate: 0.1\n");

        assertThat(s.launch().vehicles()).containsExactly("falcon-9-reusable");
        assertThat(s.launch().learningRate()).isEqualTo(0.1);
    }

    @Test
    void aDatasetWithAGroundLinkAndAStationIsRead(@TempDir Path dir) throws IOException {
        Scenario s = readText(dir, minimal() + """

                ground:
                  stations:
                    - {name: svalbard, latitude: 78.23 deg, longitude: 15.39 deg}
                links:
                  ground: {frequency: 26 GHz, eirp: 45 dBW, g_over_t: 30 dB/K, max_data_rate: 10 Gbit/s}
                workload:
                  training:
                    - {name: llm, total_compute: 1e21 FLOP, accelerators: 8, dataset: 5.6 TB}
                """);

        assertSi(s.workload().training().get(0).datasetBits(), 5.6e12 * 8);
        assertThat(s.workload().training().get(0).checkpointsToGround()).as("default").isFalse();
    }

    @Test
    void aBrokenGroundSectionIsNotAlsoReportedAsMissingForTheDataset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, minimal() + """

                ground:
                  stations:
                    - {name: svalbard, latitude: 95 deg, longitude: 15.39 deg}
                links:
                  ground: {frequency: 26 GHz, eirp: 45 dBW, g_over_t: 30 dB/K, max_data_rate: 10 Gbit/s}
                workload:
                  training:
                    - {name: llm, total_compute: 1e21 FLOP, accelerators: 8, dataset: 5.6 TB}
                """);

        ScenarioException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScenarioException.class,
                () -> ScenarioReader.read(file));

        assertThat(e.problems()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("ground.stations[0].latitude", ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void theReaderRecordsTheFieldsItAsksFor() {
        ScenarioReader.Tracked t = ScenarioReader.readTracked(resource("/scenarios/minimal.yaml"));

        assertThat(t.fieldsRead()).contains("scenario.name", "satellites[].solar_array.efficiency",
                "constellation.groups[].altitude", "satellites[].accelerators[].dose_limit");
        assertThat(t.fieldsRead()).noneMatch(f -> f.matches(".*\\[\\d+].*"));
    }
}
