package org.skyrack.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyrack.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack simulate FILE}: runs one scenario through {@link ScenarioRunner} into a run folder. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a scenario and write its run folder (summary.json, results.duckdb, scenario.yaml): "
                + "the constellation's eclipses, passes and links; every satellite's power, heat and radiation dose; "
                + "the training jobs through throttling and faults; the launch campaign and its cost against the "
                + "ground. Inference is not simulated yet. Every field and table: docs/outputs.md.",
        footer = {"", "Example:", "  skyrack simulate examples/prototype-2sat.yaml --out runs/proto --seed 7",
                "  skyrack simulate examples/suncatcher-81.yaml --epoch 2027-01-01T00:00:00Z --duration '365 d'",
                "  skyrack simulate examples/prototype-2sat.yaml --export parquet"})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptionsMixin common;

    @Mixin
    ExportOption export;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: runs/<scenario name>). Replaced atomically if it exists.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--epoch", paramLabel = "ISO",
            description = "Override the scenario's epoch, e.g. 2027-01-01T00:00:00Z.")
    String epoch;

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "Override the scenario's duration, e.g. '365 d'.")
    String duration;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the available processors). summary.json does not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What to print on stdout: a human summary or summary.json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (seed != null && seed < 0) {
            throw new BadInputException("skyrack: --seed: must be 0 or more (got " + seed + ")");
        }
        // Validate first so a bad file writes nothing.
        String name = ScenarioReader.read(file).info().name();
        Path target = out != null ? out : Path.of("runs", name);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        java.time.Instant start = null;
        if (epoch != null) {
            try {
                start = java.time.Instant.parse(epoch.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadInputException("skyrack: --epoch: not an ISO-8601 UTC time: '" + epoch
                        + "' (expected e.g. 2027-01-01T00:00:00Z)");
            }
        }
        Double span = null;
        if (duration != null) {
            span = OptionValues.quantity("--duration", duration, org.skyrack.units.Dimension.DURATION);
            if (!(span > 0 && span <= 50 * org.skyrack.units.Units.YEAR_S)) {
                throw new BadInputException("skyrack: --duration: " + duration + " is out of range (expected more than "
                        + "0 s and at most 50 yr, as scenario.duration)");
            }
        }
        ScenarioRunner.Outcome o = ScenarioRunner.run(file, text, target,
                new ScenarioRunner.Overrides(seed, start, span), common.options.context(), ScenarioRunner.threads(threads),
                export.format(), spec.commandLine().getErr(), common.options.quiet);
        format.print(o, spec.commandLine().getOut(), common.options.quiet);
        return 0;
    }
}
