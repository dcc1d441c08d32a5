package org.skyrack.economics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/**
 * Buying the plan's launches at market price, or owning a launch provider that flies them, as
 * net present values at the scenario's discount rate, and the annual launched mass at which
 * owning breaks even.
 *
 * <p>Discounting is that of the cost model: flows fall in Julian-year buckets k from the first
 * launch and are discounted by (1 + r)^-k; spread costs are split between years by overlap.
 *
 * <p><b>Buying</b>: each launch's price on its date.
 *
 * <p><b>Owning</b>: the acquisition on the first launch day; the fixed cost over the campaign
 * years (first to last launch, rounded up to whole years, at least one); and for each launch the
 * owner flies, the marginal cost, plus a new vehicle on every {@code reuseCount}-th owned flight
 * (the first included) or the refurbishment fraction of a vehicle's cost on the others. The owner
 * can fly a launch on day t if it has flown fewer than 1 + ⌊rate × (t − t₀)⌋ before, t₀ being the
 * day its vehicle is ready; launches it cannot fly (too early, or beyond its flight rate) are
 * bought at their market price. With probability p the vehicle is late by the development delay
 * (t₀ = delay, else t₀ = 0); the owning NPV is the expectation over the two outcomes. Failed
 * launches cost the same as successful ones; a lost vehicle is not replaced early.
 *
 * <p><b>Break-even annual mass</b>: a level programme of M kg a year for the {@code horizon},
 * flown in flights of the owned vehicle's payload P (the plan's mean payload per launch unless
 * given), priced by the market at the plan's mean price per kg c. Flights are continuous (M/P a
 * year) and vehicles amortised (1/reuseCount of a vehicle and (reuseCount − 1)/reuseCount of a
 * refurbishment per flight). Buying costs M·c a year; owning costs the acquisition at the start,
 * the fixed cost every year, M·c a year while the vehicle is not ready, then min(M/P, rate) owned
 * flights a year and the excess bought. The gap own − buy is continuous and non-increasing in M
 * when an owned flight costs less than P·c, and constant above the flight rate's mass (rate × P);
 * Brent's method (Hipparchus) finds its zero on [0, rate × P]. None when owning at the full
 * flight rate still costs more than buying.
 */
public final class MakeOrBuy {

    /** Accuracy of the break-even mass rate, kg/s (about 0.03 kg a year). */
    public static final double ABSOLUTE_ACCURACY_KG_PER_S = 1e-9;
    private static final int MAX_EVALUATIONS = 200;
    private static final double DAY_S = 86_400.0;

    private MakeOrBuy() {
    }

    /**
     * The comparison.
     *
     * @param flights                  launches in the plan
     * @param campaignYears            whole years the provider is owned for the plan
     * @param buyNpvUsd                present value of the plan's launch prices, USD
     * @param ownOnTimeNpvUsd          present value of owning when the vehicle is ready at the first launch, USD
     * @param ownDelayedNpvUsd         present value of owning when it is late by the development delay, USD
     * @param ownNpvUsd                expected present value of owning over the two outcomes, USD
     * @param ownedFlightsOnTime       launches the owner flies when on time (the rest are bought)
     * @param ownedFlightsDelayed      launches the owner flies when late
     * @param marketPricePerKgUsd      the plan's mean price per kg launched, USD/kg
     * @param payloadPerFlightKg       payload of one owned flight in the break-even programme, kg
     * @param breakEvenMassRateKgPerS  launched mass rate at which owning's expected NPV equals buying's over
     *                                 the horizon, kg/s; empty if owning never pays
     */
    public record Result(int flights, long campaignYears, double buyNpvUsd, double ownOnTimeNpvUsd,
                         double ownDelayedNpvUsd, double ownNpvUsd, int ownedFlightsOnTime, int ownedFlightsDelayed,
                         double marketPricePerKgUsd, double payloadPerFlightKg,
                         OptionalDouble breakEvenMassRateKgPerS) {
        /** True when owning's expected NPV is below buying's. */
        public boolean ownIsCheaper() {
            return ownNpvUsd < buyNpvUsd;
        }

        /** The break-even launched mass per year, kg/yr; empty if owning never pays. */
        public OptionalDouble breakEvenKgPerYear() {
            return breakEvenMassRateKgPerS.isPresent()
                    ? OptionalDouble.of(breakEvenMassRateKgPerS.getAsDouble() * Units.YEAR_S) : OptionalDouble.empty();
        }
    }

    /** Compares buying with owning for a plan, discounting at {@code discountRatePerYear}. */
    public static Result compare(LaunchPlan plan, Economics.MakeOrBuy m, double discountRatePerYear) {
        List<PlannedLaunch> launches = plan.launches().stream().sorted(Comparator.comparing(PlannedLaunch::date)).toList();
        int n = launches.size();
        long years = 1;
        double[] t = new double[n];
        if (n > 0) {
            LocalDate first = launches.get(0).date();
            for (int i = 0; i < n; i++) {
                t[i] = ChronoUnit.DAYS.between(first, launches.get(i).date()) * DAY_S;
            }
            years = Math.max(1, (long) Math.ceil(t[n - 1] / Units.YEAR_S));
        }
        double r = discountRatePerYear;
        double buy = 0;
        for (int i = 0; i < n; i++) {
            buy += launches.get(i).priceUsd() * factor(r, t[i]);
        }
        double horizonS = years * Units.YEAR_S;
        Owned onTime = own(launches, t, m, r, 0, horizonS);
        Owned late = own(launches, t, m, r, m.developmentDelayS(), horizonS);
        double p = m.delayProbability();
        double expected = (1 - p) * onTime.npvUsd + p * late.npvUsd;

        double mass = plan.massLaunchedKg();
        double perKg = mass > 0 ? plan.totalPriceUsd() / mass : 0;
        double payload = m.payloadPerFlightKg().orElse(n > 0 ? mass / n : 0);
        OptionalDouble breakEven = payload > 0 && perKg > 0
                ? breakEvenMassRateKgPerS(m, r, perKg, payload) : OptionalDouble.empty();
        return new Result(n, years, buy, onTime.npvUsd, late.npvUsd, expected, onTime.flights, late.flights, perKg,
                payload, breakEven);
    }

    private record Owned(double npvUsd, int flights) {
    }

    /** Owning with the vehicle ready at {@code readyS}: the NPV and the launches it flies. */
    private static Owned own(List<PlannedLaunch> launches, double[] t, Economics.MakeOrBuy m, double r, double readyS,
                             double horizonS) {
        double npv = m.acquisitionUsd() + accrued(r, 0, horizonS, m.fixedPerSUsd());
        int owned = 0;
        for (int i = 0; i < launches.size(); i++) {
            boolean can = t[i] >= readyS && owned < 1 + Math.floor(m.flightRatePerS() * (t[i] - readyS));
            double cost;
            if (can) {
                boolean newVehicle = owned % m.reuseCount() == 0;
                cost = m.marginalPerFlightUsd()
                        + (newVehicle ? m.vehicleCostUsd() : m.refurbishmentFraction() * m.vehicleCostUsd());
                owned++;
            } else {
                cost = launches.get(i).priceUsd();
            }
            npv += cost * factor(r, t[i]);
        }
        return new Owned(npv, owned);
    }

    /**
     * Owning's cost of one flight with vehicles amortised over their reuse count, USD: the marginal
     * cost, 1/reuseCount of a vehicle and (reuseCount − 1)/reuseCount of a refurbishment.
     */
    public static double ownedFlightUsd(Economics.MakeOrBuy m) {
        double k = m.reuseCount();
        return m.marginalPerFlightUsd() + m.vehicleCostUsd() / k + m.refurbishmentFraction() * m.vehicleCostUsd() * (k - 1) / k;
    }

    /**
     * Expected NPV of owning minus buying for a level programme of {@code massRateKgPerS} over the
     * horizon, USD (see the class comment).
     */
    public static double levelGapUsd(Economics.MakeOrBuy m, double discountRatePerYear, double pricePerKgUsd,
                                     double payloadPerFlightKg, double massRateKgPerS) {
        double r = discountRatePerYear;
        double horizon = m.horizonS();
        double marketPerS = massRateKgPerS * pricePerKgUsd;
        double buy = accrued(r, 0, horizon, marketPerS);
        double flightsPerS = massRateKgPerS / payloadPerFlightKg;
        double ownedPerS = Math.min(flightsPerS, m.flightRatePerS());
        double runningPerS = ownedPerS * ownedFlightUsd(m) + (flightsPerS - ownedPerS) * payloadPerFlightKg * pricePerKgUsd;
        double fixed = m.acquisitionUsd() + accrued(r, 0, horizon, m.fixedPerSUsd());
        double onTime = fixed + accrued(r, 0, horizon, runningPerS);
        double ready = Math.min(m.developmentDelayS(), horizon);
        double late = fixed + accrued(r, 0, ready, marketPerS) + accrued(r, ready, horizon, runningPerS);
        double p = m.delayProbability();
        return (1 - p) * onTime + p * late - buy;
    }

    /** The mass rate at which {@link #levelGapUsd} is zero, kg/s; empty if owning never pays. */
    static OptionalDouble breakEvenMassRateKgPerS(Economics.MakeOrBuy m, double r, double pricePerKgUsd,
                                                  double payloadPerFlightKg) {
        double top = m.flightRatePerS() * payloadPerFlightKg;
        double atZero = levelGapUsd(m, r, pricePerKgUsd, payloadPerFlightKg, 0);
        if (atZero <= 0) {
            return OptionalDouble.of(0);
        }
        if (levelGapUsd(m, r, pricePerKgUsd, payloadPerFlightKg, top) > 0) {
            return OptionalDouble.empty();
        }
        BrentSolver solver = new BrentSolver(ABSOLUTE_ACCURACY_KG_PER_S);
        return OptionalDouble.of(solver.solve(MAX_EVALUATIONS,
                x -> levelGapUsd(m, r, pricePerKgUsd, payloadPerFlightKg, x), 0, top));
    }

    /** Discount factor of a payment at {@code tS}: (1 + r)^-k, k its Julian year. */
    private static double factor(double r, double tS) {
        return StrictMath.pow(1 + r, -Math.floor(tS / Units.YEAR_S));
    }

    /** Present value of {@code usdPerS} from {@code fromS} to {@code toS}, split between years by overlap. */
    private static double accrued(double r, double fromS, double toS, double usdPerS) {
        double pv = 0;
        for (long k = (long) Math.floor(fromS / Units.YEAR_S); k * Units.YEAR_S < toS; k++) {
            double overlap = Math.min(toS, (k + 1) * Units.YEAR_S) - Math.max(fromS, k * Units.YEAR_S);
            if (overlap > 0) {
                pv += usdPerS * overlap * StrictMath.pow(1 + r, -k);
            }
        }
        return pv;
    }
}
