package org.skyrack.geometry;

/**
 * Receives geometry intervals as they are found, satellite by satellite. Times are seconds
 * from the scenario epoch, angles rad, distances m. Intervals cut by the window's ends are
 * clipped to it. The engine calls a sink from one thread at a time, in satellite order.
 */
public interface EventSink {

    /**
     * A shadow interval: {@code umbra} false for penumbra (any part of the Sun hidden, so a
     * penumbra interval contains the umbra interval), true for umbra (all of it hidden).
     */
    default void eclipse(int satellite, boolean umbra, double startS, double endS) {
    }

    /**
     * A pass over a ground station above its elevation mask.
     *
     * @param maxElevationRad  highest elevation, rad
     * @param maxElevationS    time of the highest elevation
     * @param minRangeM        range at the highest elevation, m
     */
    default void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                         double maxElevationS, double minRangeM) {
    }

    /**
     * An inter-satellite link interval: line of sight clears the Earth plus the grazing
     * altitude and the range is within the terminal limit.
     *
     * @param minRangeM shortest range during the interval, m
     */
    default void link(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
    }
}
