package org.skyrack.network;

import java.util.Arrays;
import java.util.List;
import org.orekit.utils.Constants;
import org.skyrack.geometry.GroundStationGeometry;
import org.skyrack.scenario.Links;

/**
 * Decides which links are up from the satellites' positions and lists them into a
 * {@link LinkGraph}. An inter-satellite candidate pair is up when its range is within the
 * terminal's {@code maxRangeM}, the line of sight clears the Earth by
 * {@link #GRAZING_ALTITUDE_M}, and both satellites still have a free terminal (candidates are
 * served in their given order). A ground link is up when the satellite is above the station's
 * elevation mask and the budget closes at the slant range; its rate is the budget's. Every hop
 * is charged the inter-satellite {@code switchingDelayS}. Positions are Earth-fixed (ITRF), m.
 */
public final class ConstellationLinks {

    /**
     * Lowest altitude of an optical line of sight above the equatorial radius, m (assumption: above
     * the weather and most of the atmosphere, as link-availability studies take for LEO optical crosslinks).
     */
    public static final double GRAZING_ALTITUDE_M = 80e3;

    private final int satellites;
    private final int[] pairA;
    private final int[] pairB;
    private final Links.InterSatellite isl;
    private final GroundStationGeometry stations;
    private final GroundLinkBudget budget;
    private final int[] terminalsUsed;
    private final double blockingRadiusM;

    /**
     * @param satellites number of satellites (nodes 0 … satellites−1)
     * @param islPairs   candidate satellite pairs ({@code LinkCandidates.of}); empty without inter-satellite links
     * @param isl        inter-satellite terminals; null only when {@code islPairs} is empty
     * @param stations   ground stations (nodes after the satellites) with their elevation masks
     * @param budget     the ground link budget; null only when there are no stations
     */
    public ConstellationLinks(int satellites, List<int[]> islPairs, Links.InterSatellite isl,
                              GroundStationGeometry stations, GroundLinkBudget budget) {
        if (!islPairs.isEmpty() && isl == null) {
            throw new IllegalArgumentException("inter-satellite candidates given without terminals");
        }
        if (stations.size() > 0 && budget == null) {
            throw new IllegalArgumentException("ground stations given without a ground link budget");
        }
        this.satellites = satellites;
        this.pairA = new int[islPairs.size()];
        this.pairB = new int[islPairs.size()];
        for (int k = 0; k < pairA.length; k++) {
            int[] p = islPairs.get(k);
            if (p[0] < 0 || p[1] < 0 || p[0] >= satellites || p[1] >= satellites || p[0] == p[1]) {
                throw new IllegalArgumentException("candidate pair (" + p[0] + ", " + p[1] + ") outside [0, " + satellites + ")");
            }
            pairA[k] = p[0];
            pairB[k] = p[1];
        }
        this.isl = isl;
        this.stations = stations;
        this.budget = budget;
        this.terminalsUsed = new int[satellites];
        this.blockingRadiusM = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + GRAZING_ALTITUDE_M;
    }

    /** A graph with the right nodes for these links: the satellites, then the stations. */
    public LinkGraph newGraph() {
        return new LinkGraph(satellites, stations.size());
    }

    /**
     * Lists the links up at positions {@code itrfM} ({@code x, y, z} per satellite, m) into
     * {@code graph} and commits them.
     *
     * @return whether the links changed (the graph's version moved on)
     */
    public boolean update(double[] itrfM, LinkGraph graph) {
        if (graph.satelliteCount() != satellites || graph.stationCount() != stations.size()) {
            throw new IllegalArgumentException("graph has " + graph.satelliteCount() + " satellites and "
                    + graph.stationCount() + " stations, links are for " + satellites + " and " + stations.size());
        }
        if (itrfM.length < 3 * satellites) {
            throw new IllegalArgumentException("need " + 3 * satellites + " coordinates, got " + itrfM.length);
        }
        graph.beginUpdate();
        if (pairA.length > 0) {
            listInterSatellite(itrfM, graph);
        }
        if (stations.size() > 0) {
            listGround(itrfM, graph);
        }
        return graph.endUpdate();
    }

    private void listInterSatellite(double[] r, LinkGraph graph) {
        Arrays.fill(terminalsUsed, 0);
        int terminals = isl.terminalsPerSatellite();
        double maxRange2 = isl.maxRangeM() * isl.maxRangeM();
        double block2 = blockingRadiusM * blockingRadiusM;
        for (int k = 0; k < pairA.length; k++) {
            int a = pairA[k];
            int b = pairB[k];
            if (terminalsUsed[a] >= terminals || terminalsUsed[b] >= terminals) {
                continue;
            }
            double ax = r[3 * a];
            double ay = r[3 * a + 1];
            double az = r[3 * a + 2];
            double dx = r[3 * b] - ax;
            double dy = r[3 * b + 1] - ay;
            double dz = r[3 * b + 2] - az;
            double d2 = dx * dx + dy * dy + dz * dz;
            if (d2 > maxRange2 || d2 == 0) {
                continue;
            }
            // Closest point of the segment a→b to the Earth's centre.
            double t = -(ax * dx + ay * dy + az * dz) / d2;
            if (t > 0 && t < 1) {
                double cx = ax + t * dx;
                double cy = ay + t * dy;
                double cz = az + t * dz;
                if (cx * cx + cy * cy + cz * cz < block2) {
                    continue;
                }
            }
            terminalsUsed[a]++;
            terminalsUsed[b]++;
            graph.link(a, b, Math.sqrt(d2), isl.switchingDelayS(), isl.dataRateBps());
        }
    }

    /**
     * Ground links station by station, satellites in index order. Each pair is first screened by
     * its squared distance against the station's largest slant range above the mask for the
     * highest satellite (no square root, no division); only pairs within it get the exact
     * elevation test.
     */
    private void listGround(double[] r, LinkGraph graph) {
        double switching = isl == null ? 0 : isl.switchingDelayS();
        double highest2 = 0;
        for (int s = 0; s < satellites; s++) {
            double x = r[3 * s];
            double y = r[3 * s + 1];
            double z = r[3 * s + 2];
            highest2 = Math.max(highest2, x * x + y * y + z * z);
        }
        double highestM = Math.sqrt(highest2);
        double[] site = new double[3];
        for (int g = 0; g < stations.size(); g++) {
            int node = graph.stationNode(g);
            stations.position(g, site, 0);
            double reach = stations.maxSlantRangeM(g, highestM);
            double reach2 = reach * reach;
            for (int s = 0; s < satellites; s++) {
                double dx = r[3 * s] - site[0];
                double dy = r[3 * s + 1] - site[1];
                double dz = r[3 * s + 2] - site[2];
                if (dx * dx + dy * dy + dz * dz > reach2) {
                    continue;
                }
                if (stations.elevationMargin(g, r, 3 * s) <= 0) {
                    continue;
                }
                double range = stations.range(g, r, 3 * s);
                double rate = budget.dataRateBps(range);
                if (rate > 0) {
                    graph.link(node, s, range, switching, rate);
                }
            }
        }
    }
}
