package org.skyrack.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto front of a sweep over two or three objectives: the points no other point beats on
 * one objective without losing on another. Points missing any objective (failed, or the figure
 * is absent) take no part. O(n²) comparisons, plenty for sweeps of thousands of points.
 */
public final class Pareto {

    private Pareto() {
    }

    /** The non-dominated rows, sorted by the first objective (best first), then id. */
    public static List<PointResult> front(List<PointResult> rows, List<Objective> objectives) {
        List<PointResult> candidates = new ArrayList<>();
        for (PointResult r : rows) {
            if (r.error() == null && objectives.stream().noneMatch(o -> Double.isNaN(r.figure(o.column())))) {
                candidates.add(r);
            }
        }
        List<PointResult> front = new ArrayList<>();
        for (PointResult a : candidates) {
            boolean dominated = false;
            for (PointResult b : candidates) {
                if (b != a && dominates(b, a, objectives)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                front.add(a);
            }
        }
        Objective first = objectives.get(0);
        front.sort(Comparator.comparingDouble((PointResult r) -> first.minimise() ? r.figure(first.column())
                : -r.figure(first.column())).thenComparing(PointResult::id));
        return front;
    }

    /** True when {@code a} is at least as good as {@code b} on every objective and better on one. */
    static boolean dominates(PointResult a, PointResult b, List<Objective> objectives) {
        boolean better = false;
        for (Objective o : objectives) {
            double x = a.figure(o.column());
            double y = b.figure(o.column());
            if (o.better(y, x)) {
                return false;
            }
            better |= o.better(x, y);
        }
        return better;
    }

    /** The {@code n} best rows by one objective (ties by id), skipping rows without it. */
    public static List<PointResult> best(List<PointResult> rows, Objective o, int n) {
        return rows.stream().filter(r -> r.error() == null && !Double.isNaN(r.figure(o.column())))
                .sorted(Comparator.comparingDouble((PointResult r) -> o.minimise() ? r.figure(o.column())
                        : -r.figure(o.column())).thenComparing(PointResult::id))
                .limit(n).toList();
    }
}
