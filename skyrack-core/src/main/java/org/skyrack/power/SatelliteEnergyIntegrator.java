package org.skyrack.power;

import org.skyrack.thermal.DeckThermalModel;

/**
 * Integrates one satellite's battery and deck temperature through intervals of constant
 * environment, exactly: stored energy is linear in time between events and the deck follows the
 * closed-form solution of its radiative balance, so an interval is split only where something
 * changes — the battery reaches its floor or its top, or the deck reaches its maximum
 * temperature — and each split time is solved, not stepped to.
 *
 * <p>Policy inside an interval: the always-on loads come first; compute runs at the asked
 * fraction unless the array plus the battery's allowed discharge cannot carry it (throttled to
 * what they can: {@link Throttle#POWER}) or the deck is at its maximum temperature and the load
 * would heat it further (held to the load the radiator rejects there: {@link Throttle#THERMAL}).
 * Surplus charges the battery up to its charge limit and its top; the rest is curtailed. All
 * electrical load becomes heat in the deck.
 */
public final class SatelliteEnergyIntegrator {

    /** Stored energy within this of the floor or the top counts as there, as a fraction of capacity. */
    static final double ENERGY_SNAP_FRACTION = 1e-12;
    /** Deck temperature within this of the maximum counts as at the maximum, K. */
    static final double TEMPERATURE_SNAP_K = 1e-9;
    /** Load within this fraction of the holding load counts as holding the deck at its maximum. */
    static final double HOLD_SNAP_FRACTION = 1e-12;
    /** A load shortfall below this fraction of the load is rounding, not unserved load. */
    static final double UNSERVED_TOLERANCE_FRACTION = 1e-9;
    /** Splits of one interval at zero length in a row before the integrator calls it a defect. */
    private static final int MAX_ZERO_STEPS = 8;

    private final BatteryModel battery;
    private final LoadModel loads;
    private final DeckThermalModel deck;
    private final double maxTemperatureK;
    private final double snapJ;
    private final EnergyLedger total;
    private EnergyLedger period;
    private final EnergyLedger[] ledgers = new EnergyLedger[2];
    private double storedJ;
    private double temperatureK;

    /**
     * @param battery             the battery
     * @param loads               the loads
     * @param deck                the deck's thermal model
     * @param maxTemperatureK     deck temperature above which compute throttles, K
     * @param initialStoredJ      battery energy at the start, J (clamped to [floor, capacity])
     * @param initialTemperatureK deck temperature at the start, K
     */
    public SatelliteEnergyIntegrator(BatteryModel battery, LoadModel loads, DeckThermalModel deck, double maxTemperatureK,
                                     double initialStoredJ, double initialTemperatureK) {
        this.battery = battery;
        this.loads = loads;
        this.deck = deck;
        this.maxTemperatureK = maxTemperatureK;
        this.snapJ = ENERGY_SNAP_FRACTION * battery.capacityJ();
        this.storedJ = Math.max(battery.floorJ(), Math.min(battery.capacityJ(), initialStoredJ));
        this.temperatureK = initialTemperatureK;
        this.total = startingNow();
        this.period = startingNow();
        ledgers[0] = total;
        ledgers[1] = period;
    }

    private EnergyLedger startingNow() {
        EnergyLedger l = new EnergyLedger();
        l.batteryStartJ = storedJ;
        l.batteryEndJ = storedJ;
        l.capacityJ = battery.capacityJ();
        l.minStateOfChargeFraction = battery.capacityJ() > 0 ? storedJ / battery.capacityJ() : 1;
        l.maxDeckTemperatureK = temperatureK;
        return l;
    }

    /**
     * Closes the current period and starts a new one from the present state.
     *
     * @return the totals of the period just closed
     */
    public EnergyLedger startPeriod() {
        EnergyLedger closed = period;
        period = startingNow();
        ledgers[1] = period;
        return closed;
    }

    /** Battery energy now, J. */
    public double storedJ() {
        return storedJ;
    }

    /** Deck temperature now, K. */
    public double temperatureK() {
        return temperatureK;
    }

    /** Totals since the start. */
    public EnergyLedger ledger() {
        return total;
    }

    /** Totals since the current period started. */
    public EnergyLedger periodLedger() {
        return period;
    }

    /**
     * Advances through one interval of constant environment.
     *
     * @param satellite               index passed to the sink
     * @param startS                  start of the interval, s from epoch
     * @param durationS               length, s
     * @param arrayPowerW             array output over the interval, W
     * @param absorbedHeatW           heat the deck absorbs from Sun, albedo and Earth IR, W
     * @param requestedComputeFraction compute asked for, fraction of full
     * @param plannedComputeFraction  at most this much is run, fraction of full: a plan that spreads a
     *                                coming shortfall (see {@link EclipsePlan}); counts as a power throttle
     * @param sink                    receives the interval, split where events fall
     */
    public void advance(int satellite, double startS, double durationS, double arrayPowerW, double absorbedHeatW,
                        double requestedComputeFraction, double plannedComputeFraction, ResourceSink sink) {
        double t = 0;
        int zeroSteps = 0;
        while (t < durationS) {
            boolean atFloor = storedJ <= battery.floorJ() + snapJ;
            boolean atTop = storedJ >= battery.capacityJ() - snapJ;
            boolean atMaxTemperature = temperatureK >= maxTemperatureK - TEMPERATURE_SNAP_K;

            double powerCapW = arrayPowerW + (atFloor ? 0 : battery.maxDischargePowerW());
            double u = requestedComputeFraction;
            Throttle throttle = Throttle.NONE;
            if (plannedComputeFraction < u) {
                u = Math.max(0, plannedComputeFraction);
                throttle = Throttle.POWER;
            }
            double uPower = loads.computeFractionAt(powerCapW);
            if (uPower < u) {
                u = Math.max(0, uPower);
                throttle = Throttle.POWER;
            }
            double holdW = deck.rejectedW(maxTemperatureK) - absorbedHeatW;
            if (atMaxTemperature) {
                double uThermal = loads.computeFractionAt(holdW);
                if (uThermal < u) {
                    u = Math.max(0, uThermal);
                    throttle = Throttle.THERMAL;
                }
            }
            double demandW = loads.loadW(u);
            double servedW = Math.min(demandW, powerCapW);
            double chargeW = 0;
            double dischargeW = 0;
            double curtailedW = 0;
            if (arrayPowerW >= servedW) {
                double surplus = arrayPowerW - servedW;
                chargeW = atTop ? 0 : Math.min(surplus, battery.maxChargePowerW());
                curtailedW = surplus - chargeW;
            } else {
                dischargeW = servedW - arrayPowerW;
            }
            // A shortfall within rounding of the load (the plan lands exactly on the floor) is none.
            double unservedW = demandW - servedW > UNSERVED_TOLERANCE_FRACTION * demandW ? demandW - servedW : 0;
            double storeRateW = battery.chargeEfficiency() * chargeW - dischargeW / battery.dischargeEfficiency();
            double heatInW = servedW + absorbedHeatW;
            // Held exactly at the maximum: the load equals what the radiator rejects there.
            boolean holding = Math.abs(temperatureK - maxTemperatureK) <= TEMPERATURE_SNAP_K
                    && Math.abs(servedW - holdW) <= HOLD_SNAP_FRACTION * Math.max(1, Math.abs(holdW));

            double dt = durationS - t;
            int event = 0; // 1 top, 2 floor, 3 hot
            if (storeRateW > 0) {
                double tau = (battery.capacityJ() - storedJ) / storeRateW;
                if (tau < dt) {
                    dt = Math.max(0, tau);
                    event = 1;
                }
            } else if (storeRateW < 0) {
                double tau = (storedJ - battery.floorJ()) / -storeRateW;
                if (tau < dt) {
                    dt = Math.max(0, tau);
                    event = 2;
                }
            }
            if (!holding && !atMaxTemperature) {
                double tau = deck.timeToReachS(temperatureK, heatInW, maxTemperatureK);
                if (tau < dt) {
                    dt = Math.max(0, tau);
                    event = 3;
                }
            }
            if (dt == 0) {
                if (++zeroSteps > MAX_ZERO_STEPS) {
                    throw new IllegalStateException("resource integration made no progress at t = " + (startS + t)
                            + " s (stored " + storedJ + " J, deck " + temperatureK + " K)");
                }
            } else {
                zeroSteps = 0;
            }

            storedJ = event == 1 ? battery.capacityJ() : event == 2 ? battery.floorJ() : storedJ + storeRateW * dt;
            double temperatureAfter = holding ? maxTemperatureK
                    : event == 3 ? maxTemperatureK : deck.temperatureAfterK(temperatureK, heatInW, dt);
            double lossesW = (1 - battery.chargeEfficiency()) * chargeW
                    + dischargeW * (1 / battery.dischargeEfficiency() - 1);
            for (EnergyLedger l : ledgers) {
                l.solarJ += arrayPowerW * dt;
                l.loadJ += servedW * dt;
                l.lossesJ += lossesW * dt;
                l.curtailedJ += curtailedW * dt;
                l.unservedJ += unservedW * dt;
                l.dischargedJ += dischargeW * dt;
                l.requestedComputeS += requestedComputeFraction * dt;
                l.deliveredComputeS += u * dt;
                if (throttle == Throttle.POWER) {
                    l.powerThrottledS += dt;
                } else if (throttle == Throttle.THERMAL) {
                    l.thermalThrottledS += dt;
                }
                l.durationS += dt;
                l.batteryEndJ = storedJ;
                if (battery.capacityJ() > 0) {
                    l.minStateOfChargeFraction = Math.min(l.minStateOfChargeFraction, storedJ / battery.capacityJ());
                }
                l.maxDeckTemperatureK = Math.max(l.maxDeckTemperatureK, temperatureAfter);
            }
            temperatureK = temperatureAfter;
            if (dt > 0) {
                sink.interval(satellite, startS + t, startS + t + dt, arrayPowerW, servedW, u, storedJ, temperatureK,
                        throttle);
            }
            t += dt;
        }
    }
}
