package org.skyrack.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.skyrack.thermal.DeckThermalModel;

/** The exact battery and deck integration: closed forms, event times and the energy ledger. */
class SatelliteEnergyIntegratorTest {

    /** The ledger must close to this, relative to the solar energy (issue 4). */
    private static final double BALANCE_TOLERANCE_FRACTION = 1e-9;
    /** Closed-form energies and times are met to rounding. */
    private static final double ENERGY_TOLERANCE_J = 1e-6;
    private static final double TIME_TOLERANCE_S = 1e-6;
    private static final double TEMPERATURE_TOLERANCE_K = 1e-6;

    private static final double HOUR_J_PER_W = 3600;
    private static final BatteryModel BATTERY = new BatteryModel(10_000 * HOUR_J_PER_W, 7_000 * HOUR_J_PER_W,
            0.95, 0.9, 8_000, 7_000);
    private static final LoadModel LOADS = new LoadModel(1_000, 500, 5_500);
    /** A radiator big enough never to throttle at these loads: 40 m², two faces, 400 K limit. */
    private static final DeckThermalModel COOL_DECK = new DeckThermalModel(40, 2, 0.9, 0.1, 0.9, 0.25, 1e5);
    private static final double MAX_T_K = 400;

    record Row(double start, double end, double array, double load, double u, double stored, double temperature,
               Throttle throttle) {
    }

    static final class Rows implements ResourceSink {
        final List<Row> rows = new ArrayList<>();

        @Override
        public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                             double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
            rows.add(new Row(startS, endS, arrayPowerW, loadW, computeFraction, storedEnergyJ, deckTemperatureK, throttle));
        }
    }

    private static SatelliteEnergyIntegrator integrator(double storedJ, DeckThermalModel deck, double temperatureK) {
        return new SatelliteEnergyIntegrator(BATTERY, LOADS, deck, MAX_T_K, storedJ, temperatureK);
    }

    @Test
    void eclipseDrainsTheBatteryLinearlyThroughTheDischargeEfficiency() {
        SatelliteEnergyIntegrator it = integrator(BATTERY.capacityJ(), COOL_DECK, 300);
        double eclipseS = 1_000;
        Rows rows = new Rows();
        it.advance(0, 0, eclipseS, 0, 0, 1, 1, rows);
        // Full load 6,500 W is within the 7,000 W discharge limit: no throttle, drawn at 6,500 / 0.9 W.
        assertThat(it.storedJ()).isCloseTo(BATTERY.capacityJ() - 6_500 / 0.9 * eclipseS, within(ENERGY_TOLERANCE_J));
        assertThat(it.ledger().lossesJ()).isCloseTo(6_500 * (1 / 0.9 - 1) * eclipseS, within(ENERGY_TOLERANCE_J));
        assertThat(it.ledger().computeAvailableFraction()).isEqualTo(1.0);
        assertThat(rows.rows).singleElement().satisfies(r -> assertThat(r.throttle()).isEqualTo(Throttle.NONE));
    }

    @Test
    void computeThrottlesExactlyWhenTheBatteryReachesItsFloor() {
        double aboveFloorJ = 2_000_000;
        SatelliteEnergyIntegrator it = integrator(BATTERY.floorJ() + aboveFloorJ, COOL_DECK, 300);
        Rows rows = new Rows();
        double arrayW = 2_000;
        it.advance(0, 0, 3_600, arrayW, 0, 1, 1, rows);
        double deficitW = LOADS.loadW(1) - arrayW;
        double floorAtS = aboveFloorJ * 0.9 / deficitW;
        assertThat(rows.rows).hasSize(2);
        assertThat(rows.rows.get(0).end()).isCloseTo(floorAtS, within(TIME_TOLERANCE_S));
        assertThat(rows.rows.get(0).stored()).isEqualTo(BATTERY.floorJ());
        Row after = rows.rows.get(1);
        assertThat(after.throttle()).isEqualTo(Throttle.POWER);
        assertThat(after.load()).isCloseTo(arrayW, within(1e-9));
        double uAfter = (arrayW - 1_500) / 5_000.0;
        assertThat(after.u()).isCloseTo(uAfter, within(1e-12));
        double expectedCompute = (floorAtS + uAfter * (3_600 - floorAtS)) / 3_600;
        assertThat(it.ledger().computeAvailableFraction()).isCloseTo(expectedCompute, within(1e-12));
    }

    @Test
    void surplusChargesToTheTopThenIsCurtailed() {
        double belowTopJ = 1_000_000;
        SatelliteEnergyIntegrator it = integrator(BATTERY.capacityJ() - belowTopJ, COOL_DECK, 300);
        Rows rows = new Rows();
        double arrayW = LOADS.loadW(1) + 10_000; // 10 kW surplus, charge limited to 8 kW
        it.advance(0, 0, 1_000, arrayW, 0, 1, 1, rows);
        double topAtS = belowTopJ / (0.95 * 8_000);
        assertThat(rows.rows.get(0).end()).isCloseTo(topAtS, within(TIME_TOLERANCE_S));
        assertThat(it.storedJ()).isEqualTo(BATTERY.capacityJ());
        double curtailed = 2_000 * topAtS + 10_000 * (1_000 - topAtS);
        assertThat(it.ledger().curtailedJ()).isCloseTo(curtailed, within(ENERGY_TOLERANCE_J));
        assertThat(it.ledger().balanceErrorFraction()).isLessThan(BALANCE_TOLERANCE_FRACTION);
    }

    @Test
    void dischargeLimitThrottlesComputeWithoutAnEvent() {
        // Full load with 1,000 W more base is 7,500 W, over the 7,000 W discharge limit.
        SatelliteEnergyIntegrator heavy = new SatelliteEnergyIntegrator(BATTERY, new LoadModel(2_000, 500, 5_500),
                COOL_DECK, MAX_T_K, BATTERY.capacityJ(), 300);
        Rows heavyRows = new Rows();
        heavy.advance(0, 0, 100, 0, 0, 1, 1, heavyRows);
        assertThat(heavyRows.rows).singleElement().satisfies(r -> {
            assertThat(r.throttle()).isEqualTo(Throttle.POWER);
            assertThat(r.load()).isCloseTo(7_000, within(1e-9));
            assertThat(r.u()).isCloseTo(0.9, within(1e-12));
        });
    }

    @Test
    void deckThrottlesAtItsMaximumAndHoldsThere() {
        // A 4 m² single-face radiator cannot reject 6 kW below 400 K.
        DeckThermalModel small = new DeckThermalModel(4, 1, 0.9, 0.1, 0.9, 0.0, 2e5);
        SatelliteEnergyIntegrator it = new SatelliteEnergyIntegrator(BATTERY, LOADS, small, MAX_T_K, BATTERY.capacityJ(), 300);
        Rows rows = new Rows();
        double arrayW = 20_000;
        double absorbedW = 100;
        it.advance(0, 0, 20_000, arrayW, absorbedW, 1, 1, rows);
        double heat = LOADS.loadW(1) + absorbedW;
        double hotAtS = small.timeToReachS(300, heat, MAX_T_K);
        assertThat(hotAtS).isLessThan(20_000);
        assertThat(rows.rows.get(0).end()).isCloseTo(hotAtS, within(TIME_TOLERANCE_S));
        assertThat(rows.rows.get(0).temperature()).isEqualTo(MAX_T_K);
        Row held = rows.rows.get(rows.rows.size() - 1);
        assertThat(held.throttle()).isEqualTo(Throttle.THERMAL);
        assertThat(held.load()).isCloseTo(small.rejectedW(MAX_T_K) - absorbedW, within(1e-6));
        assertThat(held.temperature()).isCloseTo(MAX_T_K, within(TEMPERATURE_TOLERANCE_K));
        assertThat(it.ledger().maxDeckTemperatureK()).isLessThanOrEqualTo(MAX_T_K + TEMPERATURE_TOLERANCE_K);
        assertThat(it.ledger().thermalThrottledS()).isCloseTo(20_000 - hotAtS, within(TIME_TOLERANCE_S));
    }

    /** Any sequence of orbits: the ledger closes, the store stays in bounds, the deck at or under its limit. */
    @Property(tries = 200)
    void ledgerClosesAndStateStaysInBounds(@ForAll @LongRange(min = 0, max = 1L << 40) long seed,
                                          @ForAll @DoubleRange(min = 0, max = 1) double startFraction,
                                          @ForAll @DoubleRange(min = 0.05, max = 1) double requested) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        DeckThermalModel deck = new DeckThermalModel(6 + 20 * rnd.nextDouble(), 2, 0.9, 0.1, 0.9, 0.25, 1e5);
        double stored = BATTERY.floorJ() + startFraction * (BATTERY.capacityJ() - BATTERY.floorJ());
        SatelliteEnergyIntegrator it = new SatelliteEnergyIntegrator(BATTERY, LOADS, deck, MAX_T_K, stored, 290);
        Rows rows = new Rows();
        double t = 0;
        for (int k = 0; k < 60; k++) {
            double d = 1 + 3_000 * rnd.nextDouble();
            double array = rnd.nextDouble() < 0.35 ? 0 : 15_000 * rnd.nextDouble();
            it.advance(0, t, d, array, 800 * rnd.nextDouble(), requested, rnd.nextDouble() < 0.2 ? rnd.nextDouble() : requested, rows);
            t += d;
        }
        EnergyLedger l = it.ledger();
        assertThat(l.balanceErrorFraction()).isLessThan(BALANCE_TOLERANCE_FRACTION);
        assertThat(l.durationS()).isCloseTo(t, within(1e-6 * t));
        double previousEnd = 0;
        for (Row r : rows.rows) {
            assertThat(r.start()).isCloseTo(previousEnd, within(1e-6));
            previousEnd = r.end();
            assertThat(r.stored()).isBetween(BATTERY.floorJ() - 1e-3, BATTERY.capacityJ() + 1e-3);
            assertThat(r.temperature()).isLessThanOrEqualTo(MAX_T_K + TEMPERATURE_TOLERANCE_K);
            assertThat(r.u()).isBetween(0.0, requested);
        }
    }

    @Test
    void eclipsePlanHoldsOneThrottleAndLandsOnTheFloorAtTheEnd() {
        double[] arrayW = {0, 300, 0, 0};       // an eclipse with a penumbra-like sliver of power
        double[] durationS = {600, 20, 600, 200};
        double aboveFloorJ = 5_000_000;
        double stored = BATTERY.floorJ() + aboveFloorJ;
        double u = EclipsePlan.computeFraction(BATTERY, LOADS, stored, arrayW, durationS, 0, 3, 1);
        assertThat(u).isBetween(0.0, 1.0);
        SatelliteEnergyIntegrator it = integrator(stored, COOL_DECK, 300);
        Rows rows = new Rows();
        double t = 0;
        for (int k = 0; k < arrayW.length; k++) {
            it.advance(0, t, durationS[k], arrayW[k], 0, 1, u, rows);
            t += durationS[k];
        }
        // lands on the floor but for the plan's safety margin (EclipsePlan.MARGIN_FRACTION)
        double landing = 2 * EclipsePlan.MARGIN_FRACTION * aboveFloorJ;
        assertThat(it.storedJ()).isCloseTo(BATTERY.floorJ(), within(landing));
        assertThat(rows.rows).allSatisfy(r -> assertThat(r.u()).isCloseTo(u, within(1e-12)));
        assertThat(it.ledger().unservedJ()).isZero();
        // closed form: (load(u) · 1400 s − 300 W · 20 s) / η_d = energy above the floor
        assertThat((LOADS.loadW(u) * 1_420 - 300 * 20) / 0.9).isCloseTo(aboveFloorJ, within(landing));
    }
}
