package org.skyrack.power;

/**
 * Receives one satellite's resource time series as it is integrated: one call per interval of
 * constant power, in time order. Times are seconds from the scenario epoch; W, J, K.
 */
public interface ResourceSink {

    /** A sink that drops everything. */
    ResourceSink NONE = (satellite, startS, endS, arrayPowerW, loadW, computeFraction, storedEnergyJ,
                         deckTemperatureK, throttle) -> { };

    /**
     * One interval of constant power.
     *
     * @param arrayPowerW       array output, W
     * @param loadW             load carried, W
     * @param computeFraction   compute run, fraction of full
     * @param storedEnergyJ     battery energy at the end of the interval, J
     * @param deckTemperatureK  deck temperature at the end of the interval, K
     * @param throttle          why compute ran below what was asked, if it did
     */
    void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW, double computeFraction,
                  double storedEnergyJ, double deckTemperatureK, Throttle throttle);
}
