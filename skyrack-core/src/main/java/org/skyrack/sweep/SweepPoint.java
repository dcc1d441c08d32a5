package org.skyrack.sweep;

import java.util.List;

/**
 * One point of a sweep: the base scenario with some fields set.
 *
 * @param id       stable id: the first 16 hex digits of the SHA-256 of {@code scenarioYaml}
 * @param seed     the point's random seed, from the sweep seed and {@code id} (replaces scenario.seed)
 * @param inputs   the swept values as written in the sweep file, in {@link SweepSpec#inputColumns()} order
 * @param scenarioYaml the resolved scenario, as YAML text
 */
public record SweepPoint(String id, long seed, List<String> inputs, String scenarioYaml) {

    public SweepPoint {
        inputs = List.copyOf(inputs);
    }
}
