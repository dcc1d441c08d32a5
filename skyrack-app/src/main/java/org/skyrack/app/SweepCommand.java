package org.skyrack.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyrack.app.sweep.Sweep;
import org.skyrack.app.sweep.SweepInputException;
import org.skyrack.sweep.Objective;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skyrack sweep FILE}: runs a design-space sweep through {@link Sweep}. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every point of a sweep file (a base scenario, grids of values and sampled ranges over "
                + "its fields; docs/sweep.md) and write the sweep folder: sweep.duckdb (one row per point, stored as "
                + "each finishes), points.csv (sorted by point id) and sweep.html (Pareto front, sensitivities, best "
                + "points). Prints the best points by the objective, the Pareto front and the Spearman rank "
                + "correlation of each objective with each input. A point that fails is recorded with its error; a "
                + "killed sweep continues with --resume."},
        footer = {"", "Examples:", "  skyrack sweep examples/sweeps/small-4sat-1000.yaml --out runs/sweep-small",
                "  skyrack sweep examples/sweeps/small-4sat-1000.yaml --out runs/sweep-small --resume",
                "  skyrack sweep examples/sweeps/small-4sat-1000.yaml --objective 'launch.total_price_usd min'",
                "  skyrack sweep examples/sweeps/small-4sat-1000.yaml --engine spark --master 'local[2]'",
                "", "Figures for --objective and sweep.pareto: docs/sweep.md."})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptionsMixin common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Sweep file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Sweep folder (default: sweeps/<sweep name>).")
    Path out;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "local: a thread pool in this process (default); spark: a Spark job (docs/spark.md).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master for --engine spark: local[N], spark://HOST:7077, k8s://https://HOST:443 "
                    + "(default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--threads", paramLabel = "N",
            description = "Points run at once by the local engine (default: the available processors).")
    Integer threads;

    @Option(names = "--resume", description = "Continue the sweep already in --out: run only the points not stored.")
    boolean resume;

    @Option(names = "--objective", paramLabel = "'FIGURE min|max'",
            description = "Rank the best points by this figure instead of the sweep file's sweep.objective.")
    String objective;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Best points shown (default: 10).")
    int top;

    @Option(names = "--stop-after", paramLabel = "N", hidden = true,
            description = "Stop after N points as a kill would (for testing --resume).")
    Integer stopAfter;

    @Override
    public Integer call() throws Exception {
        if (!engine.equals("local") && !engine.equals("spark")) {
            throw new BadInputException("skyrack: --engine: not an engine (got '" + engine + "'; expected local or spark)");
        }
        if (top < 1) {
            throw new BadInputException("skyrack: --top: must be 1 or more (got " + top + ")");
        }
        if (stopAfter != null && stopAfter < 0) {
            throw new BadInputException("skyrack: --stop-after: must be 0 or more (got " + stopAfter + ")");
        }
        Objective o = null;
        if (objective != null) {
            try {
                o = Objective.parse(objective);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("skyrack: --objective: " + e.getMessage() + " (got '" + objective + "')");
            }
        }
        int n = ScenarioRunner.threads(threads);
        Path target = out;
        if (target == null) {
            target = Path.of("sweeps", org.skyrack.sweep.SweepReader.read(file).name());
        }
        boolean progress = !common.options.quiet && System.console() != null;
        try {
            Sweep.Outcome r = Sweep.run(file, new Sweep.Options(target, engine, master, n, resume,
                    stopAfter == null ? Integer.MAX_VALUE : stopAfter, top, o, progress,
                    engine.equals("local") ? common.options.context() : null),
                    common.options.quiet ? new java.io.PrintWriter(java.io.Writer.nullWriter())
                            : spec.commandLine().getOut(), spec.commandLine().getErr());
            return 0;
        } catch (SweepInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
