package org.skyrack.app;

import java.io.PrintWriter;

/** How a command prints its result on stdout. */
enum OutputFormat {
    /** A short human summary. */
    TEXT,
    /** The machine-readable summary (the same JSON as summary.json). */
    JSON;

    void print(ScenarioRunner.Outcome o, PrintWriter out, boolean quiet) {
        if (this == JSON) {
            out.print(o.summaryJson());
            out.flush();
        } else if (!quiet) {
            ScenarioRunner.printText(o.summary(), o.folder(), out);
        }
    }
}
