package org.skyrack.scenario;

import java.util.List;

/**
 * Thrown when an input file has one or more problems; carries all of them, in file order, so a
 * user fixes everything in one pass.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** All problems found, in the order they appear in the file. */
    public List<Problem> problems() {
        return problems;
    }
}
