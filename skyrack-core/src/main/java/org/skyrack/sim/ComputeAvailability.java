package org.skyrack.sim;

import java.util.Arrays;
import org.skyrack.power.ResourceSink;
import org.skyrack.power.Throttle;

/**
 * Each satellite's available compute fraction over a run, as a step function kept only where
 * it changes (primitive arrays per satellite), recorded from the power integration's time
 * series. Times in ms from the epoch.
 */
public final class ComputeAvailability implements ResourceSink {

    /** A change smaller than this fraction of full compute is not a change. */
    public static final double CHANGE_TOLERANCE = 1e-9;

    private final long[][] times;
    private final double[][] fractions;
    private final int[] sizes;
    private final long[] failedAtMillis;

    /** An empty record for {@code satellites} satellites (full compute until told otherwise). */
    public ComputeAvailability(int satellites) {
        times = new long[satellites][];
        fractions = new double[satellites][];
        sizes = new int[satellites];
        failedAtMillis = new long[satellites];
        Arrays.fill(failedAtMillis, Long.MAX_VALUE);
        for (int i = 0; i < satellites; i++) {
            times[i] = new long[16];
            fractions[i] = new double[16];
        }
    }

    @Override
    public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                         double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        int n = sizes[satellite];
        if (n > 0 && Math.abs(fractions[satellite][n - 1] - computeFraction) <= CHANGE_TOLERANCE) {
            return;
        }
        if (n == times[satellite].length) {
            times[satellite] = Arrays.copyOf(times[satellite], 2 * n);
            fractions[satellite] = Arrays.copyOf(fractions[satellite], 2 * n);
        }
        times[satellite][n] = Math.round(startS * 1000);
        fractions[satellite][n] = computeFraction;
        sizes[satellite] = n + 1;
    }

    /**
     * Records that {@code satellite} failed for good at {@code tMillis}: no compute from then on,
     * whatever the power run recorded after it. Call once the power run is complete.
     */
    public void fail(int satellite, long tMillis) {
        failedAtMillis[satellite] = Math.min(failedAtMillis[satellite], tMillis);
        int n = sizes[satellite];
        int k = Arrays.binarySearch(times[satellite], 0, n, tMillis);
        k = k < 0 ? -k - 1 : k;
        if (k == times[satellite].length) {
            times[satellite] = Arrays.copyOf(times[satellite], 2 * k + 1);
            fractions[satellite] = Arrays.copyOf(fractions[satellite], 2 * k + 1);
        }
        times[satellite][k] = tMillis;
        fractions[satellite][k] = 0;
        sizes[satellite] = k + 1;
    }

    /** When {@code satellite} failed for good, ms, or {@link Long#MAX_VALUE} if it does not. */
    public long failedAtMillis(int satellite) {
        return failedAtMillis[satellite];
    }

    /** Whether {@code satellite} has failed for good by {@code tMillis}. */
    public boolean failed(int satellite, long tMillis) {
        return tMillis >= failedAtMillis[satellite];
    }

    /** Number of satellites. */
    public int satellites() {
        return sizes.length;
    }

    /** Number of changes recorded for a satellite. */
    public int changes(int satellite) {
        return sizes[satellite];
    }

    /** Time of change {@code k}, ms. */
    public long timeMillis(int satellite, int k) {
        return times[satellite][k];
    }

    /** Fraction from change {@code k} on. */
    public double fraction(int satellite, int k) {
        return fractions[satellite][k];
    }

    /** Every satellite's change times together, sorted and distinct, ms. */
    public long[] changeTimesMillis() {
        int n = 0;
        for (int s = 0; s < sizes.length; s++) {
            n += sizes[s];
        }
        long[] t = new long[n];
        int k = 0;
        for (int s = 0; s < sizes.length; s++) {
            System.arraycopy(times[s], 0, t, k, sizes[s]);
            k += sizes[s];
        }
        Arrays.sort(t);
        int w = 0;
        for (int i = 0; i < t.length; i++) {
            if (w == 0 || t[i] != t[w - 1]) {
                t[w++] = t[i];
            }
        }
        return Arrays.copyOf(t, w);
    }

    /** Time of the first change after {@code tMillis}, ms, or {@link Long#MAX_VALUE}. */
    public long nextChangeMillis(int satellite, long tMillis) {
        int n = sizes[satellite];
        int k = Arrays.binarySearch(times[satellite], 0, n, tMillis);
        k = k < 0 ? -k - 1 : k + 1;
        return k < n ? times[satellite][k] : Long.MAX_VALUE;
    }

    /**
     * ∫ fraction dt over [{@code fromMillis}, {@code toMillis}), s: full-compute seconds the
     * satellite could deliver in that window.
     */
    public double integralS(int satellite, long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return 0;
        }
        int n = sizes[satellite];
        long[] t = times[satellite];
        double[] f = fractions[satellite];
        double sum = 0;
        long cursor = fromMillis;
        double current = at(satellite, fromMillis);
        int k = Arrays.binarySearch(t, 0, n, fromMillis);
        k = k < 0 ? -k - 1 : k + 1;
        for (; k < n && t[k] < toMillis; k++) {
            sum += current * (t[k] - cursor);
            cursor = t[k];
            current = f[k];
        }
        sum += current * (toMillis - cursor);
        return sum / 1000;
    }

    /** The fraction in force at {@code tMillis} (1 before the first record). */
    public double at(int satellite, long tMillis) {
        int n = sizes[satellite];
        int k = Arrays.binarySearch(times[satellite], 0, n, tMillis);
        if (k < 0) {
            k = -k - 2;
        }
        return k < 0 ? 1 : fractions[satellite][k];
    }
}
