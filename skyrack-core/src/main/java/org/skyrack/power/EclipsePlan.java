package org.skyrack.power;

/**
 * The compute fraction to hold through a stretch of pieces in which the array cannot carry the
 * asked load (an eclipse, or a fixed array turned away from the Sun): the largest fraction
 * {@code u} whose battery draw over the whole stretch, {@code Σ min(load(u) − A_k, P_max)·Δt_k / η_d},
 * fits in the energy above the floor. Holding {@code u} steady spreads the shortfall evenly and
 * keeps the always-on loads carried to the end of the stretch; when even idle accelerators do
 * not fit, the fraction is 0 and the integrator reports the load it could not carry.
 */
final class EclipsePlan {

    /** Bisection to this fraction of full compute. */
    static final double FRACTION_TOLERANCE = 1e-12;
    /**
     * Energy above the floor the plan leaves untouched, as a fraction of it, so that rounding in
     * the integration cannot reach the floor a hair before the stretch ends.
     */
    static final double MARGIN_FRACTION = 1e-9;

    private EclipsePlan() {
    }

    /**
     * @param battery     the battery
     * @param loads       the loads
     * @param storedJ     energy stored at the start of the stretch, J
     * @param arrayW      array output of each piece, W
     * @param durationS   length of each piece, s
     * @param first       first piece of the stretch
     * @param last        last piece of the stretch (inclusive)
     * @param requested   compute asked for, fraction of full
     * @return the fraction to hold, in [0, requested]
     */
    static double computeFraction(BatteryModel battery, LoadModel loads, double storedJ, double[] arrayW,
                                  double[] durationS, int first, int last, double requested) {
        double availableJ = Math.max(0, storedJ - battery.floorJ()) * (1 - MARGIN_FRACTION);
        if (drawJ(battery, loads, arrayW, durationS, first, last, requested) <= availableJ) {
            return requested;
        }
        double lo = 0;
        double hi = requested;
        if (drawJ(battery, loads, arrayW, durationS, first, last, lo) > availableJ) {
            return 0;
        }
        while (hi - lo > FRACTION_TOLERANCE) {
            double mid = 0.5 * (lo + hi);
            if (drawJ(battery, loads, arrayW, durationS, first, last, mid) <= availableJ) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Energy drawn from the store over the stretch at compute fraction {@code u}, J. */
    private static double drawJ(BatteryModel battery, LoadModel loads, double[] arrayW, double[] durationS, int first,
                                int last, double u) {
        double load = loads.loadW(u);
        double sum = 0;
        for (int k = first; k <= last; k++) {
            double deficit = Math.min(Math.max(0, load - arrayW[k]), battery.maxDischargePowerW());
            sum += deficit * durationS[k];
        }
        return sum / battery.dischargeEfficiency();
    }
}
