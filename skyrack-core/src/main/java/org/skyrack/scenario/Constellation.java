package org.skyrack.scenario;

import java.util.List;
import java.util.Objects;

/**
 * All satellite groups of a scenario and the propagator their design orbits use.
 *
 * @param propagator propagator for design orbits (Walker, SSO, cluster, elements)
 * @param groups     the groups, in file order
 */
public record Constellation(PropagatorKind propagator, List<ConstellationGroup> groups) {

    public Constellation {
        Objects.requireNonNull(propagator, "propagator");
        groups = List.copyOf(groups);
    }
}
