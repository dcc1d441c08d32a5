package org.skyrack.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each candidate inter-satellite link is out, as the training simulation asks for it: each
 * pair's down intervals (as {@link Outages#downIntervals} draws them, s from the epoch) rounded
 * to whole milliseconds, a link being down over [start, end). A pair without intervals is always
 * up.
 */
public final class LinkDownTimes implements TrainingSimulation.LinkStates {

    /** Each pair's interval bounds {@code [start0, end0, start1, end1, ...]}, ms, by pair key. */
    private final Map<Long, long[]> boundsMillis = new HashMap<>();

    /**
     * @param pairs candidate links {@code {a, b}}
     * @param downS each pair's sorted, disjoint down intervals {@code [start0, end0, ...]}, s
     */
    public LinkDownTimes(List<int[]> pairs, double[][] downS) {
        if (pairs.size() != downS.length) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + downS.length + " interval lists");
        }
        for (int k = 0; k < downS.length; k++) {
            if (downS[k].length == 0) {
                continue;
            }
            long[] b = new long[downS[k].length];
            for (int i = 0; i < b.length; i++) {
                b[i] = Math.round(downS[k][i] * 1000);
            }
            boundsMillis.put(key(pairs.get(k)[0], pairs.get(k)[1]), b);
        }
    }

    @Override
    public boolean up(int a, int b, long tMillis) {
        long[] bounds = boundsMillis.get(key(a, b));
        // down inside [start, end): an odd number of bounds at or before t
        return bounds == null || boundsAtOrBefore(bounds, tMillis) % 2 == 0;
    }

    @Override
    public long nextChangeMillis(int a, int b, long tMillis) {
        long[] bounds = boundsMillis.get(key(a, b));
        if (bounds == null) {
            return Long.MAX_VALUE;
        }
        int k = boundsAtOrBefore(bounds, tMillis);
        return k < bounds.length ? bounds[k] : Long.MAX_VALUE;
    }

    /** Number of entries of sorted {@code bounds} at or before {@code t}. */
    private static int boundsAtOrBefore(long[] bounds, long t) {
        int lo = 0;
        int hi = bounds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (bounds[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
