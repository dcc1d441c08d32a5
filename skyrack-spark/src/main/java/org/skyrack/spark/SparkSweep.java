package org.skyrack.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.scenario.ScenarioException;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.PointRunner;
import org.skyrack.sweep.PointsCsv;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;
import org.skyrack.sweep.SweepReader;
import org.skyrack.sweep.SweepSpec;
import scala.collection.Iterator;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's points on Spark, one task per point, and hands each row back as its task
 * finishes (Spark's {@code runJob} result handler, on the driver), so the caller can store rows
 * as they come and a killed sweep loses at most the points in flight.
 *
 * <p>Command line (what {@code skyrack sweep --engine spark} runs, and what {@code spark-submit}
 * runs on a cluster, docs/spark.md):
 * <pre>
 * SparkSweep SWEEP_FILE [--master URL] [--skip IDS_FILE] [--out DIR] [--validated]
 * </pre>
 * {@code --validated} (what the app passes, having validated every point already) skips reading
 * every point's scenario up front; an invalid point then fails in its task with the same error.
 * Every row goes to stdout as {@code ROW<TAB>}{@link PointResult#encode()}; with {@code --out}
 * the job also writes {@code DIR/points.csv} at the end. Exit 2 with one line per problem on
 * stderr for a bad sweep file.
 */
public final class SparkSweep {

    /** Prefix of a row line on stdout; anything else there is not a row. */
    public static final String ROW_PREFIX = "ROW\t";
    private static final int BAD_INPUT = 2;

    private SparkSweep() {
    }

    public static void main(String[] args) throws IOException {
        String master = null;
        Path sweepFile = null;
        Path skip = null;
        Path out = null;
        boolean validated = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = args[++i];
                case "--skip" -> skip = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--validated" -> validated = true;
                default -> sweepFile = Path.of(args[i]);
            }
        }
        if (sweepFile == null) {
            System.err.println("usage: SparkSweep SWEEP_FILE [--master URL] [--skip IDS_FILE] [--out DIR]");
            System.exit(BAD_INPUT);
        }
        SweepPlan plan;
        try {
            plan = SweepPlan.of(SweepReader.read(sweepFile), !validated);
        } catch (ScenarioException e) {
            e.problems().forEach(System.err::println);
            System.exit(BAD_INPUT);
            return;
        }
        Set<String> done = new HashSet<>(skip == null ? List.of() : Files.readAllLines(skip, StandardCharsets.UTF_8));
        List<SweepPoint> pending = plan.points().stream().filter(p -> !done.contains(p.id())).toList();
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        List<PointResult> rows = new ArrayList<>();
        SparkConf conf = new SparkConf().setAppName("skyrack sweep " + plan.spec().name());
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            run(sc, plan, pending, r -> {
                stdout.print(ROW_PREFIX + r.encode() + "\n");
                stdout.flush();
                rows.add(r);
            });
        }
        if (out != null) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("points.csv"), PointsCsv.write(plan.spec().inputColumns(), rows),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs {@code points} of {@code plan} on {@code sc}, one task each, calling {@code sink} on the
     * driver with each row as its task finishes (from one thread at a time).
     */
    public static void run(JavaSparkContext sc, SweepPlan plan, List<SweepPoint> points, Consumer<PointResult> sink) {
        if (points.isEmpty()) {
            return;
        }
        List<String> shipped = new ArrayList<>(points.size());
        for (SweepPoint p : points) {
            String invalid = plan.invalid().get(p.id());
            shipped.add((invalid == null ? "" : escapeLine(invalid)) + "\u0001" + p.encode());
        }
        JavaRDD<String> rdd = sc.parallelize(shipped, points.size());
        ClassTag<String> tag = ClassTag$.MODULE$.apply(String.class);
        sc.sc().runJob(rdd.rdd(), new RunPoints(plan.spec().scenario().toString()), new Deliver(sink), tag);
    }

    private static String escapeLine(String s) {
        return s.replace('\u0001', ' ').replace('\n', ' ');
    }

    /** The task: run the partition's points (one) and return their rows, one encoded row per line. */
    static final class RunPoints extends AbstractFunction1<Iterator<String>, String> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String baseScenario;

        RunPoints(String baseScenario) {
            this.baseScenario = baseScenario;
        }

        @Override
        public String apply(Iterator<String> items) {
            StringBuilder b = new StringBuilder();
            while (items.hasNext()) {
                String item = items.next();
                int cut = item.indexOf('\u0001');
                String invalid = cut == 0 ? null : item.substring(0, cut);
                SweepPoint p = SweepPoint.decode(item.substring(cut + 1));
                PointResult r = PointRunner.run(Path.of(baseScenario), p, invalid, Executor.CONTEXT);
                b.append(r.encode()).append('\n');
            }
            return b.toString();
        }
    }

    /** The driver side: decode a finished task's rows and pass them on. */
    static final class Deliver extends AbstractFunction2<Object, String, BoxedUnit> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<PointResult> sink;

        Deliver(Consumer<PointResult> sink) {
            this.sink = sink;
        }

        @Override
        public BoxedUnit apply(Object partition, String lines) {
            synchronized (this) {
                lines.lines().filter(l -> !l.isEmpty()).map(PointResult::decode).forEach(sink);
            }
            return BoxedUnit.UNIT;
        }
    }

    /** The flight-dynamics context, built once per executor JVM. */
    private static final class Executor {
        static final FlightDynamicsContext CONTEXT = FlightDynamicsContext.offline();
    }

    /** The sweep file's spec, for callers that have only the plan. */
    static SweepSpec spec(SweepPlan plan) {
        return plan.spec();
    }
}
