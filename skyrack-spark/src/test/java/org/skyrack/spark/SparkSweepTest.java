package org.skyrack.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.PointRunner;
import org.skyrack.sweep.PointsCsv;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;
import org.skyrack.sweep.SweepReader;

/** The Spark engine gives the local engine's rows, row for row, in Spark's local[2] mode. */
class SparkSweepTest {

    private static final Path SWEEP = Path.of("src/test/resources/tiny-sweep.yaml");

    @Test
    void sparkRowsEqualTheLocalRowsByteForByte() {
        SweepPlan plan = SweepPlan.of(SweepReader.read(SWEEP), true);
        assertThat(plan.points()).hasSize(4);
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        List<PointResult> local = new ArrayList<>();
        for (SweepPoint p : plan.points()) {
            local.add(PointRunner.run(plan.spec(), p, plan.invalid().get(p.id()), fdc));
        }
        List<PointResult> spark = new ArrayList<>();
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("skyrack-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            SparkSweep.run(sc, plan, plan.points(), spark::add);
        }
        assertThat(spark).hasSize(4);
        assertThat(spark).filteredOn(r -> r.error() != null).hasSize(2);
        assertThat(spark).filteredOn(r -> r.error() == null)
                .allSatisfy(r -> assertThat(r.figure("fleet.array_power_bol_kw")).isPositive());
        List<String> columns = plan.spec().inputColumns();
        assertThat(PointsCsv.write(columns, spark)).isEqualTo(PointsCsv.write(columns, local));
    }
}
