package org.skyrack.radiation;

import org.skyrack.scenario.SatelliteDesign;

/**
 * Total-dose budget of a chip: how long until the accumulated dose reaches the chip's tolerated
 * dose at a constant orbit-averaged dose rate, and the dose accumulated over a mission. Life
 * against total dose only; single-event faults are {@link FaultProcess}'s business.
 */
public final class ChipLife {

    private ChipLife() {
    }

    /**
     * Time until the dose reaches {@code doseLimitGy}, s; {@link Double#POSITIVE_INFINITY} when
     * the dose rate is zero.
     *
     * @param doseLimitGy    tolerated total ionising dose, Gy(Si), > 0
     * @param doseRateGyPerS orbit-averaged dose rate, Gy/s, ≥ 0
     */
    public static double lifeS(double doseLimitGy, double doseRateGyPerS) {
        if (!(doseLimitGy > 0) || Double.isInfinite(doseLimitGy)) {
            throw new IllegalArgumentException("doseLimitGy must be finite and > 0, got " + doseLimitGy);
        }
        checkRate(doseRateGyPerS);
        return doseRateGyPerS == 0 ? Double.POSITIVE_INFINITY : doseLimitGy / doseRateGyPerS;
    }

    /** {@link #lifeS(double, double)} for one accelerator of a design. */
    public static double lifeS(SatelliteDesign.Accelerator accelerator, double doseRateGyPerS) {
        return lifeS(accelerator.doseLimitGy(), doseRateGyPerS);
    }

    /**
     * Dose accumulated over a duration, Gy(Si).
     *
     * @param doseRateGyPerS orbit-averaged dose rate, Gy/s, ≥ 0
     * @param durationS      mission duration, s, ≥ 0
     */
    public static double missionDoseGy(double doseRateGyPerS, double durationS) {
        checkRate(doseRateGyPerS);
        if (!(durationS >= 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("durationS must be finite and >= 0 s, got " + durationS);
        }
        return doseRateGyPerS * durationS;
    }

    /** Fraction of the tolerated dose used over a duration (above 1 when the chip outlives its limit). */
    public static double fractionOfLimit(double doseLimitGy, double doseRateGyPerS, double durationS) {
        lifeS(doseLimitGy, doseRateGyPerS); // validates both
        return missionDoseGy(doseRateGyPerS, durationS) / doseLimitGy;
    }

    private static void checkRate(double doseRateGyPerS) {
        if (!(doseRateGyPerS >= 0) || Double.isInfinite(doseRateGyPerS)) {
            throw new IllegalArgumentException("doseRateGyPerS must be finite and >= 0 Gy/s, got " + doseRateGyPerS);
        }
    }
}
