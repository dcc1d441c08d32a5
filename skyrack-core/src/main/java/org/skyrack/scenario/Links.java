package org.skyrack.scenario;

import java.util.Optional;

/**
 * Communication links: optical inter-satellite links and radio ground links. Either may be absent.
 *
 * @param interSatellite optical terminals between satellites
 * @param ground         space-to-ground radio links
 */
public record Links(Optional<InterSatellite> interSatellite, Optional<GroundLink> ground) {

    /** No links at all. */
    public static Links none() {
        return new Links(Optional.empty(), Optional.empty());
    }

    /** Which satellite pairs are candidate links. */
    public enum Topology {
        /** Each cluster member to its nearest neighbours (up to the terminal count). */
        CLUSTER_NEIGHBOURS,
        /** +Grid: two in-plane neighbours and two in adjacent planes. */
        PLUS_GRID,
        /** Every pair within range (small constellations only). */
        ALL_IN_RANGE
    }

    /**
     * Optical inter-satellite terminals.
     *
     * @param topology              candidate pairs
     * @param maxRangeM             longest usable link, m
     * @param dataRateBps           rate per link, each way, bit/s
     * @param terminalsPerSatellite terminals on each satellite
     * @param terminalPowerW        power drawn per terminal, W
     * @param switchingDelayS       per-hop switching delay, s
     */
    public record InterSatellite(Topology topology, double maxRangeM, double dataRateBps, int terminalsPerSatellite,
                                 double terminalPowerW, double switchingDelayS) {
        public InterSatellite {
            Check.positive("maxRangeM", maxRangeM);
            Check.positive("dataRateBps", dataRateBps);
            Check.nonNegative("terminalPowerW", terminalPowerW);
            Check.nonNegative("switchingDelayS", switchingDelayS);
        }
    }

    /**
     * A space-to-ground radio link; the rate follows from a link budget, capped at {@code maxDataRateBps}.
     *
     * @param frequencyHz       carrier frequency, Hz
     * @param eirpDbw           satellite EIRP, dBW
     * @param gOverTDbPerK      ground receive figure of merit, dB/K
     * @param lossesDb          atmospheric, pointing and implementation losses, dB
     * @param requiredEbN0Db    Eb/N0 needed by the modulation and coding, dB
     * @param maxDataRateBps    modem ceiling, bit/s
     * @param terminalPowerW    power drawn by the radio while in contact, W
     */
    public record GroundLink(double frequencyHz, double eirpDbw, double gOverTDbPerK, double lossesDb,
                             double requiredEbN0Db, double maxDataRateBps, double terminalPowerW) {
        public GroundLink {
            Check.positive("frequencyHz", frequencyHz);
            Check.finite("eirpDbw", eirpDbw);
            Check.finite("gOverTDbPerK", gOverTDbPerK);
            Check.nonNegative("lossesDb", lossesDb);
            Check.finite("requiredEbN0Db", requiredEbN0Db);
            Check.positive("maxDataRateBps", maxDataRateBps);
            Check.nonNegative("terminalPowerW", terminalPowerW);
        }
    }
}
