package org.skyrack.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --export parquet|csv} of {@code simulate} and {@code demo}: the run's tables as files too. */
final class ExportOption {

    @Option(names = "--export", paramLabel = "parquet|csv",
            description = "Also write every table of results.duckdb as a file in the run folder: "
                    + "tables/NAME.parquet or tables/NAME.csv (with a header row).")
    ResultsDatabase.ExportFormat export;

    /** The chosen format, if any. */
    Optional<ResultsDatabase.ExportFormat> format() {
        return Optional.ofNullable(export);
    }
}
