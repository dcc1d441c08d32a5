package org.skyrack.app;

import java.nio.file.Path;
import java.util.Map;
import org.skyrack.scenario.ScenarioReader;
import org.skyrack.sweep.ScenarioTree;
import org.skyrack.sweep.SweepPath;

/**
 * The scenario a run folder records: the file as run, with every field that took its default
 * written in, and the command line's overrides of {@code scenario.seed}, {@code epoch} and
 * {@code duration} applied, so {@code skyrack simulate RUN/scenario.yaml} repeats the run
 * exactly. (Comments of the original file are not kept: the YAML is rewritten.)
 */
final class ResolvedScenario {

    private ResolvedScenario() {
    }

    /** The resolved text of {@code text}, read as {@code file}, with {@code overrides} applied. */
    static String text(Path file, String text, ScenarioRunner.Overrides overrides) {
        ScenarioTree tree = ScenarioTree.parse(text);
        for (Map.Entry<String, String> d : ScenarioReader.defaults(file, text).entrySet()) {
            tree.set(SweepPath.parse(d.getKey()), ScenarioTree.scalar(d.getValue()));
        }
        if (overrides.seed() != null) {
            tree.set(SweepPath.parse("scenario.seed"), ScenarioTree.scalar(Long.toString(overrides.seed())));
        }
        if (overrides.epoch() != null) {
            tree.set(SweepPath.parse("scenario.epoch"), ScenarioTree.scalar(overrides.epoch().toString()));
        }
        if (overrides.durationS() != null) {
            tree.set(SweepPath.parse("scenario.duration"), ScenarioTree.scalar(overrides.durationS() + " s"));
        }
        return "# The scenario of this run, resolved by skyrack: every default written in"
                + (!overrides.any() ? "" : " and the command line's overrides applied")
                + ".\n# skyrack simulate on this file repeats the run.\n" + tree.text();
    }
}
