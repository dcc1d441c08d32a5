package org.skyrack.power;

/**
 * Merges consecutive intervals of one satellite into one row while nothing worth a row has
 * changed: same throttle and compute fraction, battery energy unchanged (full, or at its
 * floor), array output and load within {@link #POWER_TOLERANCE_FRACTION} of the row's mean, the
 * deck within {@link #TEMPERATURE_TOLERANCE_K} of the row's start. The merged row carries the
 * time-weighted mean powers, so its energies are exact, and the end state. A sunlit arc that
 * the integration cuts every few minutes becomes one row; a year of a satellite shrinks
 * several-fold with nothing lost that the summary uses. Call {@link #flush()} at the end.
 */
public final class CoalescingResourceSink implements ResourceSink {

    /** Largest relative change of array output or load inside one merged row. */
    public static final double POWER_TOLERANCE_FRACTION = 1e-3;
    /** Largest change of the deck temperature inside one merged row, K. */
    public static final double TEMPERATURE_TOLERANCE_K = 0.1;

    private final ResourceSink out;
    private boolean open;
    private int satellite;
    private double startS;
    private double endS;
    private double arrayJ;
    private double loadJ;
    private double computeFraction;
    private double storedJ;
    private double firstTemperatureK;
    private double temperatureK;
    private Throttle throttle;

    public CoalescingResourceSink(ResourceSink out) {
        this.out = out;
    }

    @Override
    public void interval(int sat, double start, double end, double arrayPowerW, double loadW, double fraction,
                         double storedEnergyJ, double deckTemperatureK, Throttle why) {
        if (open && canExtend(sat, start, arrayPowerW, loadW, fraction, storedEnergyJ, deckTemperatureK, why)) {
            double dt = end - start;
            arrayJ += arrayPowerW * dt;
            loadJ += loadW * dt;
            endS = end;
            temperatureK = deckTemperatureK;
            return;
        }
        flush();
        open = true;
        satellite = sat;
        startS = start;
        endS = end;
        arrayJ = arrayPowerW * (end - start);
        loadJ = loadW * (end - start);
        computeFraction = fraction;
        storedJ = storedEnergyJ;
        firstTemperatureK = deckTemperatureK;
        temperatureK = deckTemperatureK;
        throttle = why;
    }

    private boolean canExtend(int sat, double start, double arrayPowerW, double loadW, double fraction,
                              double storedEnergyJ, double deckTemperatureK, Throttle why) {
        double span = endS - startS;
        return sat == satellite && start == endS && why == throttle && fraction == computeFraction
                && storedEnergyJ == storedJ && span > 0
                && close(arrayPowerW, arrayJ / span) && close(loadW, loadJ / span)
                && Math.abs(deckTemperatureK - firstTemperatureK) <= TEMPERATURE_TOLERANCE_K;
    }

    private static boolean close(double a, double mean) {
        return Math.abs(a - mean) <= POWER_TOLERANCE_FRACTION * Math.max(1, Math.abs(mean));
    }

    /** Writes the row being merged, if any. */
    public void flush() {
        if (open) {
            double span = endS - startS;
            out.interval(satellite, startS, endS, arrayJ / span, loadJ / span, computeFraction, storedJ, temperatureK,
                    throttle);
            open = false;
        }
    }
}
