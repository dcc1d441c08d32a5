package org.skyrack.network;

import java.util.Arrays;

/**
 * The links that are up at one moment, as a graph over satellites and ground stations, held in
 * primitive arrays: nodes {@code 0 … satellites−1} are satellites, nodes
 * {@code satellites … satellites+stations−1} ground stations; each link is undirected, with a
 * range (m), a per-hop switching delay (s) and a data rate (bit/s, each way), and weighs
 * range/c + switching delay in the routing. Adjacency is compressed sparse rows (each link
 * appears once from each end), rebuilt at {@link #endUpdate()}.
 *
 * <p>An update lists every link that is up, between {@link #beginUpdate()} and
 * {@link #endUpdate()}. If the list equals the previous one exactly (same links in the same
 * order with the same values) nothing is rebuilt and {@link #version()} stays, so routes cached
 * for that version stay valid; any difference bumps the version. Not thread-safe.
 */
public final class LinkGraph {

    private final int satellites;
    private final int nodes;

    private long version;
    private boolean updating;

    // Links being listed by the current update.
    private int pendingCount;
    private int[] pendingA = new int[16];
    private int[] pendingB = new int[16];
    private double[] pendingRangeM = new double[16];
    private double[] pendingSwitchingS = new double[16];
    private double[] pendingRateBps = new double[16];

    // Committed links.
    private int linkCount;
    private int[] linkA = new int[16];
    private int[] linkB = new int[16];
    private double[] linkRangeM = new double[16];
    private double[] linkSwitchingS = new double[16];
    private double[] linkRateBps = new double[16];

    // Compressed sparse rows over the committed links.
    private final int[] offset;
    private int[] target = new int[0];
    private int[] targetLink = new int[0];
    private double[] weightS = new double[0];
    private double minWeightS = Double.POSITIVE_INFINITY;
    private double maxWeightS = 0;

    /**
     * @param satellites number of satellite nodes (≥ 0)
     * @param stations   number of ground-station nodes (≥ 0)
     */
    public LinkGraph(int satellites, int stations) {
        if (satellites < 0 || stations < 0) {
            throw new IllegalArgumentException("satellites and stations must be >= 0, got " + satellites + ", " + stations);
        }
        this.satellites = satellites;
        this.nodes = satellites + stations;
        this.offset = new int[nodes + 1];
    }

    /** Number of nodes (satellites + stations). */
    public int nodeCount() {
        return nodes;
    }

    /** Number of satellite nodes; they come first. */
    public int satelliteCount() {
        return satellites;
    }

    /** Number of ground-station nodes; they come after the satellites. */
    public int stationCount() {
        return nodes - satellites;
    }

    /** Node index of ground station {@code station}. */
    public int stationNode(int station) {
        if (station < 0 || station >= nodes - satellites) {
            throw new IndexOutOfBoundsException("station " + station + " of " + (nodes - satellites));
        }
        return satellites + station;
    }

    /** Whether {@code node} is a ground station (an end point that does not relay). */
    public boolean isStation(int node) {
        return node >= satellites;
    }

    /** Increases by one at every committed change of the links; starts at 0 (no links). */
    public long version() {
        return version;
    }

    /** Starts listing the links that are up now. */
    public void beginUpdate() {
        updating = true;
        pendingCount = 0;
    }

    /**
     * Lists one link that is up.
     *
     * @param a               one end (node index)
     * @param b               the other end; at least one of the two is a satellite
     * @param rangeM          distance between the ends, m
     * @param switchingDelayS per-hop switching delay charged on this link, s
     * @param dataRateBps     data rate each way, bit/s
     */
    public void link(int a, int b, double rangeM, double switchingDelayS, double dataRateBps) {
        if (!updating) {
            throw new IllegalStateException("link() outside beginUpdate()/endUpdate()");
        }
        if (a < 0 || b < 0 || a >= nodes || b >= nodes || a == b) {
            throw new IllegalArgumentException("link ends must be distinct nodes in [0, " + nodes + "), got " + a + ", " + b);
        }
        if (a >= satellites && b >= satellites) {
            throw new IllegalArgumentException("a link between two ground stations (" + a + ", " + b + ") is not modelled");
        }
        if (!(rangeM >= 0) || Double.isInfinite(rangeM)) {
            throw new IllegalArgumentException("rangeM must be finite and >= 0 m, got " + rangeM);
        }
        if (!(switchingDelayS >= 0) || Double.isInfinite(switchingDelayS)) {
            throw new IllegalArgumentException("switchingDelayS must be finite and >= 0 s, got " + switchingDelayS);
        }
        if (!(dataRateBps > 0) || Double.isInfinite(dataRateBps)) {
            throw new IllegalArgumentException("dataRateBps must be finite and > 0 bit/s, got " + dataRateBps);
        }
        if (pendingCount == pendingA.length) {
            int n = 2 * pendingCount;
            pendingA = Arrays.copyOf(pendingA, n);
            pendingB = Arrays.copyOf(pendingB, n);
            pendingRangeM = Arrays.copyOf(pendingRangeM, n);
            pendingSwitchingS = Arrays.copyOf(pendingSwitchingS, n);
            pendingRateBps = Arrays.copyOf(pendingRateBps, n);
        }
        int k = pendingCount++;
        pendingA[k] = a;
        pendingB[k] = b;
        pendingRangeM[k] = rangeM;
        pendingSwitchingS[k] = switchingDelayS;
        pendingRateBps[k] = dataRateBps;
    }

    /**
     * Commits the listed links.
     *
     * @return whether they differ from the previous ones (and the version moved on)
     */
    public boolean endUpdate() {
        if (!updating) {
            throw new IllegalStateException("endUpdate() without beginUpdate()");
        }
        updating = false;
        if (samePendingAsCommitted()) {
            return false;
        }
        swapPendingAndCommitted();
        rebuildRows();
        version++;
        return true;
    }

    private boolean samePendingAsCommitted() {
        int n = pendingCount;
        if (n != linkCount) {
            return false;
        }
        return Arrays.equals(pendingA, 0, n, linkA, 0, n) && Arrays.equals(pendingB, 0, n, linkB, 0, n)
                && Arrays.equals(pendingRangeM, 0, n, linkRangeM, 0, n)
                && Arrays.equals(pendingSwitchingS, 0, n, linkSwitchingS, 0, n)
                && Arrays.equals(pendingRateBps, 0, n, linkRateBps, 0, n);
    }

    private void swapPendingAndCommitted() {
        int[] ia = linkA;
        linkA = pendingA;
        pendingA = ia;
        int[] ib = linkB;
        linkB = pendingB;
        pendingB = ib;
        double[] r = linkRangeM;
        linkRangeM = pendingRangeM;
        pendingRangeM = r;
        double[] s = linkSwitchingS;
        linkSwitchingS = pendingSwitchingS;
        pendingSwitchingS = s;
        double[] q = linkRateBps;
        linkRateBps = pendingRateBps;
        pendingRateBps = q;
        linkCount = pendingCount;
    }

    private void rebuildRows() {
        int m = linkCount;
        if (target.length < 2 * m) {
            int cap = Math.max(2 * m, target.length * 3 / 2);
            target = new int[cap];
            targetLink = new int[cap];
            weightS = new double[cap];
        }
        Arrays.fill(offset, 0);
        for (int k = 0; k < m; k++) {
            offset[linkA[k] + 1]++;
            offset[linkB[k] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            offset[v + 1] += offset[v];
        }
        // Fill each row from its start, then shift the offsets back.
        double lightest = Double.POSITIVE_INFINITY;
        double heaviest = 0;
        for (int k = 0; k < m; k++) {
            double w = linkRangeM[k] / GroundLinkBudget.SPEED_OF_LIGHT_M_PER_S + linkSwitchingS[k];
            lightest = Math.min(lightest, w);
            heaviest = Math.max(heaviest, w);
            int ea = offset[linkA[k]]++;
            target[ea] = linkB[k];
            targetLink[ea] = k;
            weightS[ea] = w;
            int eb = offset[linkB[k]]++;
            target[eb] = linkA[k];
            targetLink[eb] = k;
            weightS[eb] = w;
        }
        for (int v = nodes; v > 0; v--) {
            offset[v] = offset[v - 1];
        }
        offset[0] = 0;
        minWeightS = lightest;
        maxWeightS = heaviest;
    }

    /** Number of committed links. */
    public int linkCount() {
        return linkCount;
    }

    /** One end of link {@code k}. */
    public int linkA(int k) {
        checkLink(k);
        return linkA[k];
    }

    /** The other end of link {@code k}. */
    public int linkB(int k) {
        checkLink(k);
        return linkB[k];
    }

    /** Range of link {@code k}, m. */
    public double linkRangeM(int k) {
        checkLink(k);
        return linkRangeM[k];
    }

    /** Switching delay charged on link {@code k}, s. */
    public double linkSwitchingDelayS(int k) {
        checkLink(k);
        return linkSwitchingS[k];
    }

    /** Data rate of link {@code k}, each way, bit/s. */
    public double linkDataRateBps(int k) {
        checkLink(k);
        return linkRateBps[k];
    }

    /** Routing weight of link {@code k}: range/c + switching delay, s. */
    public double linkDelayS(int k) {
        checkLink(k);
        return linkRangeM[k] / GroundLinkBudget.SPEED_OF_LIGHT_M_PER_S + linkSwitchingS[k];
    }

    /** Number of links at {@code node}. */
    public int degree(int node) {
        return offset[node + 1] - offset[node];
    }

    private void checkLink(int k) {
        if (k < 0 || k >= linkCount) {
            throw new IndexOutOfBoundsException("link " + k + " of " + linkCount);
        }
    }

    // Package-private views for the router (no copies).
    int[] rowOffsets() {
        return offset;
    }

    int[] rowTargets() {
        return target;
    }

    int[] rowLinks() {
        return targetLink;
    }

    double[] rowWeightsS() {
        return weightS;
    }

    /** Lightest routing weight of the committed links, s; +∞ without links. */
    double minWeightS() {
        return minWeightS;
    }

    /** Heaviest routing weight of the committed links, s; 0 without links. */
    double maxWeightS() {
        return maxWeightS;
    }
}
