package org.skyrack.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntToDoubleFunction;

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

    private final int[] passStation;
    private final double[] passStartS;
    private final double[] passEndS;
    private final IntToDoubleFunction passRate;
    /** Each pass's rate, bit/s, once the sweep reached it (unset before). */
    private final double[] passRateBps;
    /** Passes in order of acquisition. */
    private final Integer[] byStart;
    /** Segment boundaries: every distinct acquisition and loss of signal, s. */
    private final double[] startS;
    /** The fleet's rate over each segment, bit/s; the first {@code segmentsDone} are known. */
    private final double[] rateBps;
    private int segmentsDone;
    private int nextPass;
    /** Per station, the passes in view at the sweep's segment, best rate first. */
    private final List<PriorityQueue<Integer>> inView;
    private final double[] doneBits;

    /**
     * @param station     station of each pass
     * @param startS      acquisition of each pass, s
     * @param endS        loss of signal of each pass, s
     * @param rateBps     each pass's mean data rate, bit/s
     * @param stations    number of stations
     */
    public GroundTransfers(int[] station, double[] startS, double[] endS, double[] rateBps, int stations) {
        this(station, startS, endS, pass -> rateBps[pass], stations);
    }

    /**
     * The same, with each pass's rate computed only when a transfer reaches its time: a run
     * whose transfers end early never pays for the passes after them.
     *
     * @param rateOfPass mean data rate of pass {@code i}, bit/s; asked at most once per pass
     */
    public GroundTransfers(int[] station, double[] startS, double[] endS, IntToDoubleFunction rateOfPass, int stations) {
        int n = startS.length;
        this.passStation = station;
        this.passStartS = startS;
        this.passEndS = endS;
        this.passRate = rateOfPass;
        this.passRateBps = new double[n];
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
        this.startS = Arrays.copyOf(cut, m);
        this.rateBps = new double[Math.max(0, m - 1)];
        this.byStart = new Integer[n];
        for (int i = 0; i < n; i++) {
            byStart[i] = i;
        }
        Arrays.sort(byStart, (x, y) -> Double.compare(startS[x], startS[y]));
        this.inView = new ArrayList<>(stations);
        for (int g = 0; g < stations; g++) {
            double[] known = passRateBps;
            inView.add(new PriorityQueue<>((x, y) -> Double.compare(known[y], known[x])));
        }
        this.doneBits = new double[2];
    }

    /**
     * The fleet's rate over segment {@code k}: each station at the best rate among its passes in
     * view, added in station order. Segments are swept in order, so the work is
     * O(passes log passes + segments × stations), not the passes' overlap.
     */
    private double segmentRateBps(int k) {
        while (segmentsDone <= k) {
            double t = startS[segmentsDone];
            for (; nextPass < byStart.length && passStartS[byStart[nextPass]] <= t; nextPass++) {
                int pass = byStart[nextPass];
                if (passEndS[pass] > passStartS[pass]) {
                    passRateBps[pass] = passRate.applyAsDouble(pass);
                    inView.get(passStation[pass]).add(pass);
                }
            }
            double sum = 0;
            for (PriorityQueue<Integer> q : inView) {
                while (!q.isEmpty() && passEndS[q.peek()] <= t) {
                    q.poll();
                }
                sum += q.isEmpty() ? 0 : passRateBps[q.peek()];
            }
            rateBps[segmentsDone++] = sum;
        }
        return rateBps[k];
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
            if (to <= from) {
                continue;
            }
            double rate = segmentRateBps(k);
            if (rate <= 0) {
                continue;
            }
            double can = rate * (to - from);
            if (can >= left) {
                double end = from + left / rate;
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
