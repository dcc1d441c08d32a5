package org.skyrack.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyrack.units.Dimension;
import org.skyrack.units.UnitException;
import org.skyrack.units.Units;

/**
 * How strongly each objective moves with each swept input: Spearman's rank correlation
 * coefficient ρ in [-1, 1] over the points that ran (Pearson's correlation of the ranks, ties
 * given their mean rank). ρ near ±1: the objective rises (or falls) steadily with the input;
 * near 0: no monotone effect within the swept ranges. Inputs are compared by their value in SI
 * units (so {@code 0.5 Mm} and {@code 500 km} rank equal); an input that is not a quantity (a
 * vehicle list, a choice) has no ρ (NaN).
 */
public final class Sensitivity {

    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?).*");
    private static final Dimension[] DIMENSIONS = {Dimension.DIMENSIONLESS, Dimension.LENGTH, Dimension.AREA,
        Dimension.VOLUME, Dimension.MASS, Dimension.DURATION, Dimension.ANGLE, Dimension.TEMPERATURE, Dimension.RATE,
        Dimension.POWER, Dimension.MASS_RATE};

    private Sensitivity() {
    }

    /**
     * ρ for every input (rows of the result, {@link SweepSpec#inputColumns()} order) and every
     * objective (columns); NaN where fewer than 3 points have both, or either is constant.
     */
    public static double[][] spearman(List<PointResult> rows, int inputs, List<Objective> objectives) {
        double[][] out = new double[inputs][objectives.size()];
        for (int i = 0; i < inputs; i++) {
            for (int j = 0; j < objectives.size(); j++) {
                List<double[]> pairs = new ArrayList<>();
                for (PointResult r : rows) {
                    if (r.error() != null) {
                        continue;
                    }
                    double x = numeric(r.inputs().get(i));
                    double y = r.figure(objectives.get(j).column());
                    if (!Double.isNaN(x) && !Double.isNaN(y)) {
                        pairs.add(new double[] {x, y});
                    }
                }
                out[i][j] = rho(pairs);
            }
        }
        return out;
    }

    /** An input value in SI units, or its leading number when the unit is not one the table knows, or NaN. */
    static double numeric(String value) {
        for (Dimension d : DIMENSIONS) {
            try {
                return Units.parse(value, d);
            } catch (UnitException | RuntimeException e) {
                // try the next dimension
            }
        }
        Matcher m = LEADING_NUMBER.matcher(value);
        return m.matches() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static double rho(List<double[]> pairs) {
        int n = pairs.size();
        if (n < 3) {
            return Double.NaN;
        }
        double[] rx = ranks(pairs.stream().mapToDouble(p -> p[0]).toArray());
        double[] ry = ranks(pairs.stream().mapToDouble(p -> p[1]).toArray());
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            sxy += (rx[k] - mx) * (ry[k] - my);
            sxx += (rx[k] - mx) * (rx[k] - mx);
            syy += (ry[k] - my) * (ry[k] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks from 1, ties sharing their mean rank. */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[v.length];
        int i = 0;
        while (i < v.length) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mean;
            }
            i = j + 1;
        }
        return r;
    }
}
