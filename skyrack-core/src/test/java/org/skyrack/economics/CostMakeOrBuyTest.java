package org.skyrack.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/** Buying launches versus owning a provider: NPVs counted by hand and the break-even mass in closed form. */
class CostMakeOrBuyTest {

    /** Money after a few dozen floating-point operations, USD. */
    private static final double MONEY_TOLERANCE_USD = 1e-3;
    /** The break-even root against its closed form, relative (Brent stops at 1e-9 kg/s). */
    private static final double ROOT_RELATIVE_TOLERANCE = 1e-6;

    private static final double PRICE_USD = 70e6;
    private static final double PAYLOAD_KG = 17_000;

    /** Ten launches 30 days apart at 70 MUSD and 17 t each. */
    private static LaunchPlan tenLaunches() {
        List<PlannedLaunch> launches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            launches.add(new PlannedLaunch(CostFixtures.DAY0.plusDays(30L * i), "f9", "g", 20, PAYLOAD_KG, PRICE_USD,
                    false, false));
        }
        return new LaunchPlan(launches, Optional.empty());
    }

    private static Economics.MakeOrBuy provider(double ratePerYear, double delayDays, double probability) {
        return new Economics.MakeOrBuy(1e9, 100e6 / Units.YEAR_S, 15e6, 50e6, 20, 0.10, ratePerYear / Units.YEAR_S,
                delayDays * 86_400, probability, OptionalDouble.empty(), 10 * Units.YEAR_S);
    }

    @Test
    void ownerFliesEveryLaunchWhenItsRateAllows() {
        MakeOrBuy.Result r = MakeOrBuy.compare(tenLaunches(), provider(1000, 0, 0), 0);
        assertThat(r.flights()).isEqualTo(10);
        assertThat(r.campaignYears()).isEqualTo(1);
        assertThat(r.buyNpvUsd()).isCloseTo(700e6, within(MONEY_TOLERANCE_USD));
        // Acquisition + one year fixed + 10 × marginal + one vehicle + 9 refurbishments at 10 % of it.
        assertThat(r.ownOnTimeNpvUsd()).isCloseTo(1e9 + 100e6 + 10 * 15e6 + 50e6 + 9 * 5e6, within(MONEY_TOLERANCE_USD));
        assertThat(r.ownedFlightsOnTime()).isEqualTo(10);
        assertThat(r.ownIsCheaper()).isFalse();
    }

    @Test
    void flightRateAndDelayLeaveLaunchesToTheMarket() {
        // Six flights a year: by day t the owner may have flown 1 + ⌊6 t / yr⌋; on days 0, 90, 150, 210 and
        // 270 it can, on the others it buys. Late by 100 days: it flies days 120, 180 and 240, buys seven.
        MakeOrBuy.Result r = MakeOrBuy.compare(tenLaunches(), provider(6, 100, 0.5), 0);
        assertThat(r.ownedFlightsOnTime()).isEqualTo(5);
        assertThat(r.ownedFlightsDelayed()).isEqualTo(3);
        double fixed = 1e9 + 100e6;
        double onTime = fixed + 5 * 15e6 + 50e6 + 4 * 5e6 + 5 * PRICE_USD;
        double late = fixed + 3 * 15e6 + 50e6 + 2 * 5e6 + 7 * PRICE_USD;
        assertThat(r.ownOnTimeNpvUsd()).isCloseTo(onTime, within(MONEY_TOLERANCE_USD));
        assertThat(r.ownDelayedNpvUsd()).isCloseTo(late, within(MONEY_TOLERANCE_USD));
        assertThat(r.ownNpvUsd()).isCloseTo(0.5 * onTime + 0.5 * late, within(MONEY_TOLERANCE_USD));
    }

    @Test
    void laterFlowsAreDiscountedByTheirYear() {
        LaunchPlan two = new LaunchPlan(List.of(
                new PlannedLaunch(CostFixtures.DAY0, "f9", "g", 1, PAYLOAD_KG, PRICE_USD, false, false),
                new PlannedLaunch(CostFixtures.DAY0.plusDays(400), "f9", "g", 1, PAYLOAD_KG, PRICE_USD, false, false)),
                Optional.empty());
        double r = 0.08;
        MakeOrBuy.Result res = MakeOrBuy.compare(two, provider(1000, 0, 0), r);
        assertThat(res.campaignYears()).isEqualTo(2);
        assertThat(res.buyNpvUsd()).isCloseTo(PRICE_USD * (1 + 1 / 1.08), within(MONEY_TOLERANCE_USD));
        double own = 1e9 + 100e6 * (1 + 1 / 1.08) + 15e6 + 50e6 + (15e6 + 5e6) / 1.08;
        assertThat(res.ownOnTimeNpvUsd()).isCloseTo(own, within(MONEY_TOLERANCE_USD));
    }

    @Test
    void breakEvenMassMatchesTheClosedFormUndiscounted() {
        // r = 0, no delay, rate not binding: A + F·Y = Y·(M/P)·(P·c − u), u the amortised owned flight.
        Economics.MakeOrBuy m = provider(1000, 0, 0);
        double c = PRICE_USD / PAYLOAD_KG;
        double u = 15e6 + 50e6 / 20 + 0.10 * 50e6 * 19 / 20;
        assertThat(MakeOrBuy.ownedFlightUsd(m)).isCloseTo(u, within(MONEY_TOLERANCE_USD));
        double years = 10;
        double expectedKgPerYear = PAYLOAD_KG * (1e9 + 100e6 * years) / (years * (PAYLOAD_KG * c - u));
        MakeOrBuy.Result r = MakeOrBuy.compare(tenLaunches(), m, 0);
        assertThat(r.marketPricePerKgUsd()).isCloseTo(c, within(1e-9));
        assertThat(r.payloadPerFlightKg()).isEqualTo(PAYLOAD_KG);
        assertThat(r.breakEvenKgPerYear().orElseThrow())
                .isCloseTo(expectedKgPerYear, within(ROOT_RELATIVE_TOLERANCE * expectedKgPerYear));

        // Always late by 2 years: the first two years are bought, savings come over the other eight.
        Economics.MakeOrBuy late = new Economics.MakeOrBuy(1e9, 100e6 / Units.YEAR_S, 15e6, 50e6, 20, 0.10,
                1000 / Units.YEAR_S, 2 * Units.YEAR_S, 1.0, OptionalDouble.empty(), 10 * Units.YEAR_S);
        double expectedLate = PAYLOAD_KG * (1e9 + 100e6 * years) / ((years - 2) * (PAYLOAD_KG * c - u));
        assertThat(MakeOrBuy.compare(tenLaunches(), late, 0).breakEvenKgPerYear().orElseThrow())
                .isCloseTo(expectedLate, within(ROOT_RELATIVE_TOLERANCE * expectedLate));
    }

    @Test
    void breakEvenIsTheZeroOfTheGapWhenDiscounted() {
        Economics.MakeOrBuy m = provider(24, 365, 0.3);
        double r = 0.08;
        MakeOrBuy.Result res = MakeOrBuy.compare(tenLaunches(), m, r);
        double rate = res.breakEvenMassRateKgPerS().orElseThrow();
        double c = res.marketPricePerKgUsd();
        assertThat(MakeOrBuy.levelGapUsd(m, r, c, PAYLOAD_KG, rate)).isCloseTo(0, within(1.0));
        assertThat(MakeOrBuy.levelGapUsd(m, r, c, PAYLOAD_KG, rate * 0.99)).isPositive();
        assertThat(MakeOrBuy.levelGapUsd(m, r, c, PAYLOAD_KG, rate * 1.01)).isNegative();
        // Discounting defers the savings behind an up-front acquisition: more mass is needed than at r = 0.
        assertThat(rate).isGreaterThan(MakeOrBuy.compare(tenLaunches(), m, 0).breakEvenMassRateKgPerS().orElseThrow());
    }

    @Test
    void noBreakEvenWhenTheFlightRateCapsTheSavingsOrAFlightCostsTheOwnerMore() {
        // Two flights a year save at most 2 × (70 − 21.75) M a year: not enough for 100 M fixed plus the acquisition.
        assertThat(MakeOrBuy.compare(tenLaunches(), provider(2, 0, 0), 0).breakEvenMassRateKgPerS()).isEmpty();
        Economics.MakeOrBuy dear = new Economics.MakeOrBuy(1e9, 0, 80e6, 0, 20, 0, 1000 / Units.YEAR_S, 0, 0,
                OptionalDouble.empty(), 10 * Units.YEAR_S);
        assertThat(MakeOrBuy.compare(tenLaunches(), dear, 0).breakEvenMassRateKgPerS()).isEmpty();
    }
}
