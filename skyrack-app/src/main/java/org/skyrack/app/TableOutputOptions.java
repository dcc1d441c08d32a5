package org.skyrack.app;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format csv|json} and {@code --out FILE}, shared by the commands that print one table. */
final class TableOutputOptions {

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "csv (default) or json (an array of objects keyed by the CSV column names).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    /** True for JSON; a bad value is bad input. */
    boolean json() {
        return GeometryRun.choice("--format", format, List.of("csv", "json")).equals("json");
    }
}
