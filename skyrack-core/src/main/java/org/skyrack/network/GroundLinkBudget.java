package org.skyrack.network;

import org.skyrack.scenario.Links;

/**
 * The data rate of a space-to-ground radio link from its budget at a given slant range:
 * free-space path loss L = 20·log10(4π·d·f/c) dB, carrier-to-noise density
 * C/N0 = EIRP + G/T − L − losses + 228.6 dB (−10·log10 of Boltzmann's constant, dBW/(K·Hz)),
 * and the rate at which the energy per bit just meets the required Eb/N0:
 * R = 10^((C/N0 − Eb/N0)/10) bit/s, capped at the modem ceiling and zero below
 * {@link #minDataRateBps()} (the link does not close). Pure functions of the range (m); the
 * range comes from the geometry ({@code GroundStationGeometry.range}).
 */
public final class GroundLinkBudget {

    /** Speed of light in vacuum, m/s (exact, SI). */
    public static final double SPEED_OF_LIGHT_M_PER_S = org.orekit.utils.Constants.SPEED_OF_LIGHT;
    /** Boltzmann's constant, J/K (exact, SI 2019). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** −10·log10(k): 228.599 dBW/(K·Hz), the "228.6 dB" of link-budget tables. */
    public static final double BOLTZMANN_DB = -10 * Math.log10(BOLTZMANN_J_PER_K);

    private final Links.GroundLink link;
    private final double minDataRateBps;

    /**
     * @param link            frequency, EIRP, G/T, losses, required Eb/N0 and modem ceiling
     * @param minDataRateBps  below this rate the link is counted as down, bit/s (≥ 0, ≤ the ceiling)
     */
    public GroundLinkBudget(Links.GroundLink link, double minDataRateBps) {
        if (link == null) {
            throw new IllegalArgumentException("link must be given");
        }
        if (!(minDataRateBps >= 0) || minDataRateBps > link.maxDataRateBps()) {
            throw new IllegalArgumentException("minDataRateBps must be in [0, " + link.maxDataRateBps() + "] bit/s, got "
                    + minDataRateBps);
        }
        this.link = link;
        this.minDataRateBps = minDataRateBps;
    }

    /** The link parameters. */
    public Links.GroundLink link() {
        return link;
    }

    /** Rate below which the link is down, bit/s. */
    public double minDataRateBps() {
        return minDataRateBps;
    }

    /** Free-space path loss over {@code rangeM} (m) at {@code frequencyHz} (Hz), dB. */
    public static double freeSpaceLossDb(double rangeM, double frequencyHz) {
        if (!(rangeM > 0) || !(frequencyHz > 0)) {
            throw new IllegalArgumentException("range and frequency must be > 0, got " + rangeM + " m, "
                    + frequencyHz + " Hz");
        }
        return 20 * Math.log10(4 * Math.PI * rangeM * frequencyHz / SPEED_OF_LIGHT_M_PER_S);
    }

    /** Carrier-to-noise density at the ground receiver over {@code rangeM} (m), dB·Hz. */
    public double carrierToNoiseDensityDbHz(double rangeM) {
        return link.eirpDbw() + link.gOverTDbPerK() - freeSpaceLossDb(rangeM, link.frequencyHz()) - link.lossesDb()
                + BOLTZMANN_DB;
    }

    /** Rate the budget supports over {@code rangeM} (m), capped at the ceiling, zero below the minimum, bit/s. */
    public double dataRateBps(double rangeM) {
        double rate = Math.pow(10, (carrierToNoiseDensityDbHz(rangeM) - link.requiredEbN0Db()) / 10);
        if (rate < minDataRateBps || rate <= 0) {
            return 0;
        }
        return Math.min(rate, link.maxDataRateBps());
    }

    /** Propagation delay over {@code rangeM} (m) at the speed of light, s. */
    public static double propagationDelayS(double rangeM) {
        return rangeM / SPEED_OF_LIGHT_M_PER_S;
    }
}
