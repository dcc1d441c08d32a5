package org.skyrack.scenario;

import java.time.Instant;
import java.util.Objects;

/**
 * What a run covers: its name, the epoch all times count from, how long it runs and the seed
 * of every random draw.
 *
 * @param name        short identifier, used in output names
 * @param description free text, may be empty
 * @param epoch       start of the run, UTC
 * @param durationS   length of the run, s
 * @param seed        root of every random stream in the run
 */
public record ScenarioInfo(String name, String description, Instant epoch, double durationS, long seed) {

    public ScenarioInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(epoch, "epoch");
        Check.positive("durationS", durationS);
    }

    /** The same run with another seed. */
    public ScenarioInfo withSeed(long newSeed) {
        return new ScenarioInfo(name, description, epoch, durationS, newSeed);
    }
}
