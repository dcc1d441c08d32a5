package org.skyrack.sim;

import java.util.Arrays;

/**
 * Bulk data between the ground and the constellation, limited by contacts: datasets sent up
 * before a training job can start, results sent down after it finishes, and checkpoints sent
 * down as they are written when a job asks for it. Each ground station
 * has one antenna, so at any moment it carries one link; over a window in which it has
 * satellites in view it runs at the best pass-mean rate among them (the constellation relays
 * the data over its inter-satellite links to and from the satellite in view). The fleet's
 * capacity at a moment is the sum over stations. Transfers in one direction share that
 * capacity first come, first served, in the order they are asked for; up and down run at the
 * same rate and do not compete (a full-duplex link: an assumption). Times in s from the epoch,
 * rates in bit/s.
 */
public final class GroundTransfers {

    private final double[] startS;
    private final double[] rateBps;
    private final double[] doneBits;

    /**
     * @param station     station of each pass
     * @param startS      acquisition of each pass, s
     * @param endS        loss of signal of each pass, s
     * @param rateBps     each pass's mean data rate, bit/s
     * @param stations    number of stations
     */
    public GroundTransfers(int[] station, double[] startS, double[] endS, double[] rateBps, int stations) {
        // Each station's rate over time: the best pass in view at each moment.
        int n = startS.length;
        double[] cut = new double[2 * n];
        for (int i = 0; i < n; i++) {
            cut[2 * i] = startS[i];
            cut[2 * i + 1] = endS[i];
        }
        Arrays.sort(cut);
        int m = 0;
        for (int i = 0; i < cut.length; i++) {
            if (m == 0 || cut[i] > cut[m - 1]) {
                cut[m++] = cut[i];
            }
        }
        double[] total = new double[Math.max(0, m - 1)];
        double[][] best = new double[stations][Math.max(0, m - 1)];
        for (int i = 0; i < n; i++) {
            int from = Arrays.binarySearch(cut, 0, m, startS[i]);
            int to = Arrays.binarySearch(cut, 0, m, endS[i]);
            for (int k = from; k < to; k++) {
                best[station[i]][k] = Math.max(best[station[i]][k], rateBps[i]);
            }
        }
        for (double[] b : best) {
            for (int k = 0; k < total.length; k++) {
                total[k] += b[k];
            }
        }
        this.startS = Arrays.copyOf(cut, m);
        this.rateBps = total;
        this.doneBits = new double[2];
    }

    /** Direction of a transfer. */
    public enum Direction {
        /** Ground to space. */
        UP,
        /** Space to ground. */
        DOWN
    }

    private final double[] busyUntilS = {0, 0};

    /**
     * Sends {@code bits} in {@code direction}, asked for at {@code askedS}, after every transfer
     * asked for before it in that direction; returns when the last bit arrives, s, or
     * {@link Double#POSITIVE_INFINITY} if the contacts of the run cannot carry it.
     */
    public double send(Direction direction, double bits, double askedS) {
        int d = direction.ordinal();
        double t = Math.max(askedS, busyUntilS[d]);
        if (bits <= 0) {
            return t;
        }
        double left = bits;
        int k = Arrays.binarySearch(startS, t);
        k = k >= 0 ? k : -k - 2;
        for (k = Math.max(0, k); k < rateBps.length; k++) {
            double from = Math.max(t, startS[k]);
            double to = startS[k + 1];
            if (to <= from || rateBps[k] <= 0) {
                continue;
            }
            double can = rateBps[k] * (to - from);
            if (can >= left) {
                double end = from + left / rateBps[k];
                busyUntilS[d] = end;
                doneBits[d] += bits;
                return end;
            }
            left -= can;
        }
        busyUntilS[d] = Double.POSITIVE_INFINITY;
        doneBits[d] += bits - left;
        return Double.POSITIVE_INFINITY;
    }

    /** Bits carried in {@code direction} so far (complete transfers and the part of an incomplete one). */
    public double carriedBits(Direction direction) {
        return doneBits[direction.ordinal()];
    }
}
