package org.skyrack.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.scenario.ErrorCode;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.ScenarioException;

class SweepPlanTest {

    private static final Path EXAMPLE = Path.of("../examples/sweeps/small-4sat-1000.yaml");
    private static final String BASE = "../../examples/small-4sat.yaml";

    @TempDir
    Path dir;

    private Path sweep(String body) throws IOException {
        Path f = dir.resolve("s.yaml");
        Path base = Path.of(BASE.substring(3)).toAbsolutePath().getParent().getParent().resolve("examples/small-4sat.yaml");
        Files.writeString(f, "sweep:\n  scenario: " + base.toAbsolutePath() + "\n  seed: 3\n" + body);
        return f;
    }

    private static List<Problem> problems(Path f) {
        SweepPlan plan;
        try {
            plan = SweepPlan.of(SweepReader.read(f), true);
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in " + f + "; invalid points: " + plan.invalid() + " inputs " + plan.points().stream().map(SweepPoint::inputs).toList() + " file " + readQuietly(f));
    }

    private static String readQuietly(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theExampleHasAThousandDistinctPointsWithStableIdsAndSeeds() {
        SweepPlan a = SweepPlan.of(SweepReader.read(EXAMPLE), true);
        SweepPlan b = SweepPlan.of(SweepReader.read(EXAMPLE), false);
        assertThat(a.points()).hasSize(1000);
        assertThat(a.invalid()).isEmpty();
        Set<String> ids = new HashSet<>();
        a.points().forEach(p -> ids.add(p.id()));
        assertThat(ids).hasSize(1000);
        assertThat(b.points()).isEqualTo(a.points());
        SweepPoint p = a.points().get(17);
        assertThat(p.id()).isEqualTo(SweepPlan.id(p.scenarioYaml()));
        assertThat(p.seed()).isEqualTo(SweepPlan.pointSeed(2027, p.id())).isNotNegative();
        assertThat(p.scenarioYaml()).contains("area: " + p.inputs().get(0));
    }

    @Test
    void latinHypercubePutsOneDrawInEveryStratum() throws IOException {
        Path f = sweep("samples:\n  count: 10\n  ranges:\n    constellation.groups[0].altitude: [500 km, 1500 km]\n");
        SweepPlan plan = SweepPlan.of(SweepReader.read(f), true);
        Set<Integer> strata = new HashSet<>();
        for (SweepPoint p : plan.points()) {
            double km = Double.parseDouble(p.inputs().get(0).replace(" km", ""));
            assertThat(km).isBetween(500.0, 1500.0);
            strata.add((int) ((km - 500) / 100));
        }
        assertThat(strata).hasSize(10);
    }

    @Test
    void aBadPathIsOneLineAtTheVariable() throws IOException {
        Path f = sweep("grid:\n  satellites[0].solar_aray.area: [6 m^2]\n");
        List<Problem> p = problems(f);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
        assertThat(p.get(0).line()).isEqualTo(5);
        assertThat(p.get(0).toString()).startsWith(f + ":5: grid.satellites[0].solar_aray");
    }

    @Test
    void aMissingListItemIsNamed() throws IOException {
        Path f = sweep("grid:\n  satellites[3].solar_array.area: [6 m^2]\n");
        assertThat(problems(f).get(0).message()).contains("no item [3]");
    }

    @Test
    void aWrongUnitOrOutOfRangeValueIsAnErrorOfTheSweepFile() throws IOException {
        assertThat(problems(sweep("grid:\n  satellites[0].solar_array.area: [6 m^2, 6 km]\n")).get(0).code())
                .isEqualTo(ErrorCode.WRONG_UNIT);
        assertThat(problems(sweep("samples:\n  count: 5\n  ranges:\n    constellation.groups[0].altitude: "
                + "[100 km, 900 km]\n")).get(0).code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(problems(sweep("samples:\n  count: 5\n  ranges:\n    constellation.groups[0].altitude: "
                + "[900 km, 100 km]\n")).get(0).code()).isEqualTo(ErrorCode.OUT_OF_RANGE);
        assertThat(problems(sweep("samples:\n  count: 5\n  ranges:\n    constellation.groups[0].altitude: "
                + "[500 km, 900 furlongs]\n")).get(0).code()).isEqualTo(ErrorCode.WRONG_UNIT);
        assertThat(problems(sweep("samples:\n  count: 5\n  ranges:\n    constellation.groups[0].altitude: "
                + "[500 fl, 900 fl]\n")).get(0).code()).isEqualTo(ErrorCode.UNKNOWN_UNIT);
    }

    @Test
    void anInvalidCombinationIsRecordedNotFatal() throws IOException {
        // An SSO plane with more planes than LTAN spacing allows is fine alone; an undefined
        // vehicle in one grid value is a reference problem of that point only.
        Path f = sweep("grid:\n  launch.vehicles: [falcon-9-reusable, no-such-rocket]\n");
        SweepPlan plan = SweepPlan.of(SweepReader.read(f), true);
        assertThat(plan.points()).hasSize(2);
        assertThat(plan.invalid()).hasSize(1);
        SweepPoint bad = plan.points().stream().filter(p -> plan.invalid().containsKey(p.id())).findFirst().orElseThrow();
        PointResult r = PointRunner.run(plan.spec(), bad, plan.invalid().get(bad.id()), FlightDynamicsContext.offline());
        assertThat(r.status()).isEqualTo("failed");
        assertThat(r.error()).contains("launch.vehicles");
    }

    @Test
    void aPointRunsAndItsRowRoundTrips() throws IOException {
        Path f = sweep("grid:\n  satellites[0].solar_array.area: [4 m^2, 12 m^2]\n");
        SweepPlan plan = SweepPlan.of(SweepReader.read(f), true);
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        PointResult small = PointRunner.run(plan.spec(), plan.points().get(0), null, fdc);
        PointResult large = PointRunner.run(plan.spec(), plan.points().get(1), null, fdc);
        assertThat(small.error()).isNull();
        assertThat(large.figure("fleet.array_power_bol_kw")).isGreaterThan(small.figure("fleet.array_power_bol_kw"));
        assertThat(PointResult.decode(small.encode())).isEqualTo(small);
        assertThat(PointRunner.run(plan.spec(), plan.points().get(0), null, fdc)).isEqualTo(small);
    }

    @Test
    void paretoKeepsOnlyNonDominatedPoints() {
        Objective cost = Objective.parse("economics.total_usd_per_kw_year min");
        Objective avail = Objective.parse("power.compute_available_fraction max");
        PointResult a = row("a", 10, 0.9);
        PointResult b = row("b", 20, 0.95);
        PointResult c = row("c", 25, 0.9); // dominated by a and b
        assertThat(Pareto.front(List.of(a, b, c), List.of(cost, avail))).containsExactly(a, b);
        assertThat(Pareto.best(List.of(a, b, c), avail, 1)).containsExactly(b);
    }

    @Test
    void spearmanIsOneForAMonotoneResponseAndMinusOneReversed() {
        List<double[]> up = List.of(new double[] {1, 1}, new double[] {2, 8}, new double[] {3, 27}, new double[] {4, 64});
        assertThat(Sensitivity.rho(up)).isEqualTo(1.0);
        List<double[]> down = up.stream().map(p -> new double[] {p[0], -p[1]}).toList();
        assertThat(Sensitivity.rho(down)).isEqualTo(-1.0);
        assertThat(Sensitivity.ranks(new double[] {5, 1, 5})).containsExactly(2.5, 1, 2.5);
        assertThat(Sensitivity.numeric("0.5 Mm")).isEqualTo(Sensitivity.numeric("500 km"));
    }

    private static PointResult row(String id, double cost, double availability) {
        double[] f = new double[SweepColumns.FIGURES.size()];
        java.util.Arrays.fill(f, Double.NaN);
        f[SweepColumns.index("economics.total_usd_per_kw_year")] = cost;
        f[SweepColumns.index("power.compute_available_fraction")] = availability;
        return new PointResult(id, 1, List.of(), null, f);
    }
}
