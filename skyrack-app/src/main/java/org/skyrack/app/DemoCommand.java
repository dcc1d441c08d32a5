package org.skyrack.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack demo}: runs the bundled Suncatcher-81 scenario. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the bundled reference scenario (Suncatcher-81: 81 TPU satellites within 1 km, "
                + "650 km dawn-dusk SSO) and write its run folder (summary.json, results.duckdb, scenario.yaml).",
        footer = {"", "Example:", "  skyrack demo                 # writes ./skyrack-demo/summary.json and results.duckdb",
                "  skyrack demo --out /tmp/d --format json --export parquet"})
final class DemoCommand implements Callable<Integer> {

    /** Classpath location of the bundled demo scenario. */
    static final String DEMO_RESOURCE = "/org/skyrack/app/examples/suncatcher-81.yaml";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptionsMixin common;

    @Mixin
    ExportOption export;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "skyrack-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}). Replaced atomically if it exists.")
    Path out;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What to print on stdout: a human summary or summary.json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        String text;
        try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled demo scenario missing from the jar");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path tmp = Files.createTempFile("skyrack-demo-", ".yaml");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            ScenarioRunner.Outcome o = ScenarioRunner.run(tmp, text, out, ScenarioRunner.Overrides.NONE, common.options.context(),
                    ScenarioRunner.threads(null), export.format(), spec.commandLine().getErr(), common.options.quiet);
            format.print(o, spec.commandLine().getOut(), common.options.quiet);
            return 0;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
