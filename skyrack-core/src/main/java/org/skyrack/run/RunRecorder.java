package org.skyrack.run;

import org.skyrack.power.ResourceSink;

/**
 * Receives the rows of a run's tables as the run produces them (the {@code results.duckdb}
 * tables of docs/outputs.md). Times are seconds from the scenario epoch, SI units throughout.
 * Every method has a no-op default, so a recorder takes only what it stores; {@link #NONE}
 * takes nothing (sweeps keep only the summary). Calls come from the run's one thread, in the
 * order of the run's steps, not in time order.
 */
public interface RunRecorder extends ResourceSink {

    /** Keeps no rows. */
    RunRecorder NONE = new RunRecorder() {
    };

    /**
     * One satellite of the constellation, at the epoch.
     *
     * @param index       index used by every other table
     * @param semiMajorAxisM   osculating semi-major axis at the epoch, m
     * @param inclinationRad   inclination, rad
     * @param raanRad          right ascension of the ascending node, rad
     */
    default void satellite(int index, String name, String group, String design, double semiMajorAxisM,
                           double inclinationRad, double raanRad) {
    }

    /** A shadow interval ({@code umbra} false: penumbra, which contains the umbra). */
    default void eclipse(int satellite, boolean umbra, double startS, double endS) {
    }

    /** A pass over ground station {@code station} (index into the scenario's stations). */
    default void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                         double minRangeM) {
    }

    /** An inter-satellite link interval. */
    default void islLink(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
    }

    /**
     * Power and heat of one satellite, constant over [{@code startS}, {@code endS}) (the
     * {@link ResourceSink} contract).
     */
    @Override
    default void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                          double computeFraction, double storedEnergyJ, double deckTemperatureK,
                          org.skyrack.power.Throttle throttle) {
    }

    /** One training job's outcome ({@code startedS}/{@code finishedS} NaN when it never did). */
    default void job(org.skyrack.sim.TrainingSimulation.JobResult job) {
    }

    /**
     * One inference request: from user region {@code region}, up through ground station
     * {@code station} to serving satellite {@code satellite} and back ({@code -1} for either
     * when it was never served), with its end-to-end latency against the region's objective.
     */
    default void request(long id, String region, double arrivalS, int station, int satellite, double latencyMs,
                         boolean violatesSlo) {
    }

    /** A fault that struck satellite {@code satellite} at {@code timeS} ({@code kind} lower case). */
    default void fault(int satellite, double timeS, String kind) {
    }

    /** One launch of the campaign. */
    default void launch(org.skyrack.launch.PlannedLaunch launch) {
    }

    /**
     * The run starts its step {@code name} (one of {@code ScenarioRun.STAGE_*}), for progress
     * reports; the previous step, if any, is done.
     */
    default void stage(String name) {
    }

    /** One line of the cost breakdown, USD per kW-year ({@code side} "orbit" or "ground"). */
    default void cost(String side, String item, double usdPerKwYear) {
    }
}
