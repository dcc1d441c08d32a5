package org.skyrack.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skyrack.app.report.ReportInputException;
import org.skyrack.app.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code skyrack report RUN_DIR}: (re)builds a run folder's report.html from its summary.json and results.duckdb. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Build RUN_DIR/report.html from RUN_DIR/summary.json and, when present, RUN_DIR/results.duckdb: "
                + "one self-contained page (charts, map and data embedded; it loads nothing from the network) with "
                + "the headline figures, the constellation, sunlight, power and heat, links, work, the launch "
                + "campaign, cost and licensing. simulate and demo write it too; this rebuilds it.",
        footer = {"", "Example:", "  skyrack report skyrack-demo      # writes skyrack-demo/report.html",
                "  skyrack report runs/starlink"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder written by simulate or demo.")
    Path runDir;

    @Override
    public Integer call() {
        Path written;
        try {
            written = RunReport.write(runDir);
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage());
        }
        spec.commandLine().getOut().println(written);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
