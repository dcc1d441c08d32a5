package org.skyrack.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole system as read from one scenario file, in SI units, defaults filled in. Immutable;
 * every later stage (orbits, resources, simulation, launch, cost) reads from it.
 *
 * @param info          name, epoch, duration, seed
 * @param constellation satellite groups and propagator
 * @param satellites    satellite designs, by name
 * @param ground        stations and user regions
 * @param links         inter-satellite and ground links
 * @param workload      training and inference work
 * @param launch        launch campaign inputs
 * @param economics     prices, financing and the terrestrial baseline; empty when the file has no economics section
 */
public record Scenario(ScenarioInfo info, Constellation constellation, List<SatelliteDesign> satellites,
                       Ground ground, Links links, Workload workload, Launch launch, Optional<Economics> economics) {

    public Scenario {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(constellation, "constellation");
        satellites = List.copyOf(satellites);
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(launch, "launch");
        Objects.requireNonNull(economics, "economics");
    }

    /** The design with this name, if any. */
    public Optional<SatelliteDesign> design(String name) {
        return satellites.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The same scenario with other run information (name, epoch, duration, seed). */
    public Scenario withInfo(ScenarioInfo newInfo) {
        return new Scenario(newInfo, constellation, satellites, ground, links, workload, launch, economics);
    }
}
