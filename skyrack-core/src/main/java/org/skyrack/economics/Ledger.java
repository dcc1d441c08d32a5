package org.skyrack.economics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skyrack.units.Units;

/**
 * Collects payments, accruals and delivered compute on a time axis (s after the base date)
 * and folds them into yearly buckets. Spread flows are split between years by overlap, so the
 * yearly table is exact for piecewise-constant rates.
 */
final class Ledger {

    private final Map<CostItem, List<double[]>> byItemYear = new EnumMap<>(CostItem.class);
    private final List<double[]> delivered = new ArrayList<>();

    /** A one-off payment at time {@code tS}. */
    void pay(CostItem item, double tS, double usd) {
        add(item, year(tS), usd);
    }

    /** A cost accruing at {@code usdPerS} from {@code fromS} to {@code toS}. */
    void accrue(CostItem item, double fromS, double toS, double usdPerS) {
        spread(fromS, toS, (k, dt) -> add(item, k, usdPerS * dt));
    }

    /** Compute delivered at a constant rate over an interval (already multiplied by availability). */
    void deliver(double fromS, double toS, double powerW, double accelerators, double flopPerS) {
        spread(fromS, toS, (k, dt) -> {
            double[] d = row(delivered, k, 3);
            d[0] += powerW * dt;
            d[1] += accelerators * dt;
            d[2] += flopPerS * dt;
        });
    }

    /** The result at a discount rate per year. */
    CostResult result(double discountRatePerYear) {
        int n = delivered.size();
        for (List<double[]> l : byItemYear.values()) {
            n = Math.max(n, l.size());
        }
        double[] factor = new double[n];
        for (int k = 0; k < n; k++) {
            // StrictMath: HotSpot's JIT-compiled Math.pow can differ in the last bit from the
            // interpreter's, so a run's present cost depended on what the JVM had run before (seen
            // as 1-ulp differences between sweep engines); StrictMath gives the same bits always.
            factor[k] = StrictMath.pow(1 + discountRatePerYear, -k);
        }
        Map<CostItem, Double> total = new EnumMap<>(CostItem.class);
        Map<CostItem, Double> pv = new EnumMap<>(CostItem.class);
        double[] cost = new double[n];
        for (Map.Entry<CostItem, List<double[]>> e : byItemYear.entrySet()) {
            double t = 0;
            double p = 0;
            List<double[]> l = e.getValue();
            for (int k = 0; k < l.size(); k++) {
                double v = l.get(k)[0];
                t += v;
                p += v * factor[k];
                cost[k] += v;
            }
            total.put(e.getKey(), t);
            pv.put(e.getKey(), p);
        }
        List<CostResult.Year> years = new ArrayList<>();
        double energy = 0;
        double accS = 0;
        double flop = 0;
        double pvTotal = 0;
        for (int k = 0; k < n; k++) {
            double[] d = k < delivered.size() ? delivered.get(k) : new double[3];
            energy += d[0] * factor[k];
            accS += d[1] * factor[k];
            flop += d[2] * factor[k];
            pvTotal += cost[k] * factor[k];
            years.add(new CostResult.Year(k, cost[k], cost[k] * factor[k], d[0]));
        }
        return new CostResult(total, pv, years, pvTotal, energy, accS, flop);
    }

    private interface Slice {
        void accept(int year, double durationS);
    }

    private static void spread(double fromS, double toS, Slice slice) {
        double t = fromS;
        while (t < toS) {
            int k = year(t);
            double end = Math.min(toS, (k + 1) * Units.YEAR_S);
            if (end <= t) {
                // Rounding put t on the boundary of year k + 1.
                end = Math.min(toS, (k + 2) * Units.YEAR_S);
                k++;
            }
            slice.accept(k, end - t);
            t = end;
        }
    }

    private static int year(double tS) {
        if (!(tS >= 0)) {
            throw new IllegalArgumentException("flows must be at or after the base date, got t = " + tS + " s");
        }
        return (int) Math.floor(tS / Units.YEAR_S);
    }

    private void add(CostItem item, int k, double usd) {
        row(byItemYear.computeIfAbsent(item, i -> new ArrayList<>()), k, 1)[0] += usd;
    }

    private static double[] row(List<double[]> l, int k, int width) {
        while (l.size() <= k) {
            l.add(new double[width]);
        }
        return l.get(k);
    }
}
