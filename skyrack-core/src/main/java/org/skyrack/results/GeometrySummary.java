package org.skyrack.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skyrack.geometry.EventSink;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Ground;

/**
 * Sunlight and ground contact over a run, per constellation group and per station, built from
 * the geometry events as they stream in (nothing per event is kept).
 *
 * @param windowS  length of the window, s
 * @param groups   sunlight per group
 * @param stations passes per ground station
 * @param links    availability of the candidate inter-satellite links
 * @param clusters distances inside each formation over its first orbit, as propagated
 */
public record GeometrySummary(double windowS, List<GroupSunlight> groups, List<StationContacts> stations,
                              LinkAvailability links, List<ClusterSpacing> clusters) {

    /**
     * Distances inside one formation over an orbit, from the propagated states.
     *
     * @param minSeparationM         smallest distance between two members, m
     * @param maxNeighbourDistanceM  largest member-to-nearest-neighbour distance, m
     */
    public record ClusterSpacing(String name, double minSeparationM, double maxNeighbourDistanceM) {
    }

    /**
     * Availability of the candidate inter-satellite links over the window (all zero when the
     * scenario has no inter-satellite links).
     *
     * @param candidateLinks        satellite pairs the topology allows
     * @param meanAvailableFraction mean over candidates of the fraction of the window the link is up
     * @param minAvailableFraction  the least available candidate's fraction
     */
    public record LinkAvailability(int candidateLinks, double meanAvailableFraction, double minAvailableFraction) {
    }

    /**
     * Sunlight of one group's satellites over the window.
     *
     * @param eclipses            penumbra intervals of all members (each contains its umbra)
     * @param meanSunlitFraction  mean over members of the fraction of the window outside penumbra
     * @param minSunlitFraction   the least-lit member's fraction
     * @param longestUmbraS       longest single umbra interval, s
     */
    public record GroupSunlight(String name, long eclipses, double meanSunlitFraction, double minSunlitFraction,
                                double longestUmbraS) {
    }

    /**
     * Passes over one station, all satellites together.
     *
     * @param passes         number of passes above the station's mask
     * @param contactTimeS   summed pass duration, s
     * @param longestPassS   longest single pass, s
     */
    public record StationContacts(String name, long passes, double contactTimeS, double longestPassS) {
    }

    /** Collects events into per-group and per-station totals. */
    public static final class Builder implements EventSink {
        private final List<SatelliteOrbit> satellites;
        private final List<Ground.Station> stationList;
        private final double windowS;
        private final double[] shadowS;
        private final Map<String, long[]> eclipseCount = new LinkedHashMap<>();
        private final Map<String, double[]> longestUmbra = new LinkedHashMap<>();
        private final long[] passes;
        private final double[] contact;
        private final double[] longestPass;
        private final java.util.Map<Long, Integer> pairIndex = new java.util.HashMap<>();
        private double[] linkUpS = new double[0];
        private final List<ClusterSpacing> clusters = new ArrayList<>();

        /** Adds a formation's propagated spacing. */
        public Builder withCluster(ClusterSpacing spacing) {
            clusters.add(spacing);
            return this;
        }

        /** Declares the candidate links whose intervals will follow, {@code {a, b}} with a &lt; b. */
        public Builder withLinks(List<int[]> pairs) {
            linkUpS = new double[pairs.size()];
            for (int k = 0; k < pairs.size(); k++) {
                pairIndex.put(((long) pairs.get(k)[0] << 32) | pairs.get(k)[1], k);
            }
            return this;
        }

        @Override
        public void link(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
            Integer k = pairIndex.get(((long) satelliteA << 32) | satelliteB);
            if (k != null) {
                linkUpS[k] += endS - startS;
            }
        }

        public Builder(List<SatelliteOrbit> satellites, List<Ground.Station> stations, double windowS) {
            this.satellites = satellites;
            this.stationList = stations;
            this.windowS = windowS;
            this.shadowS = new double[satellites.size()];
            this.passes = new long[stations.size()];
            this.contact = new double[stations.size()];
            this.longestPass = new double[stations.size()];
            for (SatelliteOrbit s : satellites) {
                eclipseCount.putIfAbsent(s.group(), new long[1]);
                longestUmbra.putIfAbsent(s.group(), new double[1]);
            }
        }

        @Override
        public void eclipse(int satellite, boolean umbra, double startS, double endS) {
            String g = satellites.get(satellite).group();
            if (umbra) {
                double[] l = longestUmbra.get(g);
                l[0] = Math.max(l[0], endS - startS);
            } else {
                eclipseCount.get(g)[0]++;
                shadowS[satellite] += endS - startS;
            }
        }

        @Override
        public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                            double maxElevationS, double minRangeM) {
            passes[station]++;
            contact[station] += losS - aosS;
            longestPass[station] = Math.max(longestPass[station], losS - aosS);
        }

        /** The totals so far. */
        public GeometrySummary build() {
            List<GroupSunlight> groups = new ArrayList<>();
            for (String g : eclipseCount.keySet()) {
                double sum = 0;
                double min = 1;
                int n = 0;
                for (int i = 0; i < satellites.size(); i++) {
                    if (satellites.get(i).group().equals(g)) {
                        double lit = 1 - shadowS[i] / windowS;
                        sum += lit;
                        min = Math.min(min, lit);
                        n++;
                    }
                }
                groups.add(new GroupSunlight(g, eclipseCount.get(g)[0], n == 0 ? 1 : sum / n, min,
                        longestUmbra.get(g)[0]));
            }
            List<StationContacts> st = new ArrayList<>();
            for (int j = 0; j < stationList.size(); j++) {
                st.add(new StationContacts(stationList.get(j).name(), passes[j], contact[j], longestPass[j]));
            }
            double sum = 0;
            double min = linkUpS.length == 0 ? 0 : 1;
            for (double up : linkUpS) {
                sum += up / windowS;
                min = Math.min(min, up / windowS);
            }
            return new GeometrySummary(windowS, groups, st, new LinkAvailability(linkUpS.length,
                    linkUpS.length == 0 ? 0 : sum / linkUpS.length, min), List.copyOf(clusters));
        }
    }
}
