package org.skyrack.app.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.sweep.Objective;
import org.skyrack.sweep.Pareto;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.PointsCsv;
import org.skyrack.sweep.Sensitivity;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;
import org.skyrack.sweep.SweepReader;
import org.skyrack.sweep.SweepSpec;

/**
 * The service behind {@code skyrack sweep}: plan and validate, run the pending points on an
 * engine storing each row as it finishes, then write {@code points.csv} and {@code sweep.html}
 * and print the best points, the Pareto front and the sensitivities.
 */
public final class Sweep {

    /** Stored in {@code meta}: the fingerprint of the expanded sweep (its points' ids and the input columns). */
    private static final String PLAN_KEY = "plan_sha256";

    private Sweep() {
    }

    /**
     * How to run a sweep.
     *
     * @param out       the sweep's folder
     * @param engine    {@code local} or {@code spark}
     * @param master    Spark master URL (spark engine)
     * @param threads   worker threads (local engine)
     * @param resume    continue a sweep already in {@code out}
     * @param stopAfter stop after this many points, leaving the sweep to resume (a test of resume)
     * @param top       rows of the best-points table
     * @param objective overrides the sweep file's objective, or null
     * @param progress  draw the progress bar on {@code err}
     * @param fdc       flight-dynamics context for the local engine
     */
    public record Options(Path out, String engine, String master, int threads, boolean resume, int stopAfter, int top,
                          Objective objective, boolean progress, FlightDynamicsContext fdc) {
    }

    /**
     * What a sweep did.
     *
     * @param complete whether every point is stored (false after {@code stopAfter})
     * @param ranNow   points run by this invocation
     * @param rows     every stored row, by id
     */
    public record Outcome(boolean complete, int ranNow, List<PointResult> rows) {
    }

    /**
     * Runs a sweep.
     *
     * @throws org.skyrack.scenario.ScenarioException for problems of the sweep file or its points' scenarios
     * @throws SweepInputException                    for an unusable output folder or a changed sweep on resume
     */
    public static Outcome run(Path sweepFile, Options o, PrintWriter out, PrintWriter err) throws Exception {
        SweepSpec spec = SweepReader.read(sweepFile);
        if (o.objective() != null) {
            spec = spec.withObjective(o.objective());
        }
        PointEngine engine = engine(o);
        long t0 = System.nanoTime();
        SweepPlan plan = SweepPlan.of(spec, true);
        Path db = o.out().resolve("sweep.duckdb");
        if (Files.exists(db) && !o.resume()) {
            throw new SweepInputException("skyrack: --out: " + o.out() + " already holds a sweep (sweep.duckdb); "
                    + "add --resume to continue it, or choose another --out");
        }
        Files.createDirectories(o.out());
        Map<String, SweepPoint> byId = plan.points().stream().collect(Collectors.toMap(SweepPoint::id,
                Function.identity()));
        int ranNow = 0;
        try (SweepStore store = new SweepStore(db, spec.inputColumns())) {
            String fingerprint = fingerprint(plan);
            String stored = store.meta(PLAN_KEY).orElse(null);
            if (stored == null) {
                store.putMeta(PLAN_KEY, fingerprint);
                store.putMeta("sweep_name", spec.name());
            } else if (!stored.equals(fingerprint)) {
                throw new SweepInputException("skyrack: --resume: " + sweepFile + " no longer gives the points of the "
                        + "sweep in " + o.out() + " (the sweep file or its base scenario changed); run it into a new --out");
            }
            Set<String> done = store.doneIds();
            List<SweepPoint> pending = plan.points().stream().filter(p -> !done.contains(p.id())).toList();
            if (!o.resume() || !pending.isEmpty()) {
                if (o.progress()) {
                    err.printf(Locale.ROOT, "sweep %s: %d points, %d to run (%s)%n", spec.name(),
                            plan.points().size(), pending.size(), engine.describe());
                }
            }
            ProgressBar bar = o.progress() ? new ProgressBar(err, Math.min(pending.size(), o.stopAfter())) : null;
            int[] count = {0};
            engine.run(plan, pending, o.stopAfter(), r -> {
                try {
                    store.insert(r, byId.get(r.id()).scenarioYaml());
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot store point " + r.id() + " in " + db + ": "
                            + e.getMessage(), e);
                }
                count[0]++;
                if (bar != null) {
                    bar.step();
                }
            });
            if (bar != null) {
                bar.finish();
            }
            ranNow = count[0];
            List<PointResult> rows = store.all();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (rows.size() < plan.points().size()) {
                out.printf(Locale.ROOT, "sweep %s: stopped with %d of %d points stored; continue with --resume%n",
                        spec.name(), rows.size(), plan.points().size());
                out.flush();
                return new Outcome(false, ranNow, rows);
            }
            writeAtomically(o.out().resolve("points.csv"), PointsCsv.write(spec.inputColumns(), rows));
            List<Objective> objectives = objectivesOf(spec);
            double[][] rho = Sensitivity.spearman(rows, spec.inputColumns().size(), objectives);
            List<PointResult> front = Pareto.front(rows, spec.pareto());
            List<PointResult> best = Pareto.best(rows, spec.objective(), o.top());
            writeAtomically(o.out().resolve("sweep.html"), SweepReport.html(spec, rows, front, best, objectives, rho));
            SweepText.print(out, spec, rows, ranNow, seconds, engine.describe(), best, front, objectives, rho,
                    o.out());
            return new Outcome(true, ranNow, rows);
        }
    }

    /** The objective ranked by, then the Pareto objectives, each once. */
    static List<Objective> objectivesOf(SweepSpec spec) {
        java.util.LinkedHashMap<String, Objective> m = new java.util.LinkedHashMap<>();
        m.put(spec.objective().column(), spec.objective());
        spec.pareto().forEach(p -> m.putIfAbsent(p.column(), p));
        return List.copyOf(m.values());
    }

    private static PointEngine engine(Options o) {
        if (o.engine().equals("spark")) {
            SparkEngine e = SparkEngine.find(o.master());
            if (e == null) {
                throw new SweepInputException("skyrack: --engine spark: the skyrack-spark job is not built (expected "
                        + SparkEngine.expectedLocation() + "); run through ./skyrack, which builds it, or "
                        + "mvn -pl skyrack-core,skyrack-spark -DskipTests package");
            }
            return e;
        }
        return new LocalEngine(o.threads(), o.fdc());
    }

    private static String fingerprint(SweepPlan plan) throws NoSuchAlgorithmException {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(String.join("\n", plan.spec().inputColumns()).getBytes(StandardCharsets.UTF_8));
        for (SweepPoint p : plan.points()) {
            d.update(("\n" + p.id() + " " + p.seed()).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".partial");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
