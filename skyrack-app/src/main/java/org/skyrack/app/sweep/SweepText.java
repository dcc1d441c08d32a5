package org.skyrack.app.sweep;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.skyrack.sweep.Objective;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.SweepSpec;

/** The sweep's summary on stdout: counts and rate, the best points, the Pareto front, the sensitivities. */
final class SweepText {

    /** Most Pareto points listed on stdout (sweep.html and points.csv have them all). */
    private static final int MAX_FRONT_LINES = 20;

    private SweepText() {
    }

    static void print(PrintWriter out, SweepSpec spec, List<PointResult> rows, int ranNow, double seconds,
                      String engine, List<PointResult> best, List<PointResult> front, List<Objective> objectives,
                      double[][] rho, Path folder) {
        long failed = rows.stream().filter(r -> r.error() != null).count();
        out.printf(Locale.ROOT, "sweep %s: %d points, %d ok, %d failed; %d run now in %.1f s (%.2f points/s, %s)%n",
                spec.name(), rows.size(), rows.size() - failed, failed, ranNow, seconds,
                seconds > 0 ? ranNow / seconds : 0, engine);
        List<String> inputs = spec.inputColumns();
        out.printf(Locale.ROOT, "best %d by %s:%n", best.size(), spec.objective());
        table(out, inputs, best, List.of(spec.objective()));
        out.printf(Locale.ROOT, "Pareto front over %s: %d points%n",
                String.join(", ", spec.pareto().stream().map(Objective::toString).toList()), front.size());
        table(out, inputs, front.subList(0, Math.min(front.size(), MAX_FRONT_LINES)), spec.pareto());
        if (front.size() > MAX_FRONT_LINES) {
            out.printf(Locale.ROOT, "  ... %d more in sweep.html%n", front.size() - MAX_FRONT_LINES);
        }
        out.println("sensitivity (Spearman rank correlation, -1 to 1, over the points that ran):");
        int w = inputs.stream().mapToInt(String::length).max().orElse(5);
        out.printf(Locale.ROOT, "  %-" + w + "s", "input");
        for (Objective o : objectives) {
            out.printf(Locale.ROOT, "  %s", o.column());
        }
        out.println();
        for (int i = 0; i < inputs.size(); i++) {
            out.printf(Locale.ROOT, "  %-" + w + "s", inputs.get(i));
            for (int j = 0; j < objectives.size(); j++) {
                String v = Double.isNaN(rho[i][j]) ? "-" : String.format(Locale.ROOT, "%+.2f", rho[i][j]);
                out.printf(Locale.ROOT, "  %" + objectives.get(j).column().length() + "s", v);
            }
            out.println();
        }
        if (failed > 0) {
            rows.stream().filter(r -> r.error() != null).limit(3)
                    .forEach(r -> out.printf(Locale.ROOT, "failed %s: %s%n", r.id(), r.error()));
        }
        out.printf("wrote %s, %s and %s%n", folder.resolve("sweep.duckdb"), folder.resolve("points.csv"),
                folder.resolve("sweep.html"));
        out.flush();
    }

    private static void table(PrintWriter out, List<String> inputs, List<PointResult> rows, List<Objective> figures) {
        for (PointResult r : rows) {
            StringBuilder b = new StringBuilder("  ").append(r.id());
            for (int i = 0; i < inputs.size(); i++) {
                b.append("  ").append(inputs.get(i)).append('=').append(r.inputs().get(i));
            }
            for (Objective f : figures) {
                b.append(String.format(Locale.ROOT, "  %s=%.6g", f.column(), r.figure(f.column())));
            }
            out.println(b);
        }
    }
}
