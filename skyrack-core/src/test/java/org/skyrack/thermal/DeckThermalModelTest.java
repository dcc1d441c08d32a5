package org.skyrack.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.skyrack.scenario.SatelliteDesign;

/**
 * The exact relaxation C·dT/dt = Q − k·T⁴ against its closed-form equilibrium, a fine
 * Dormand–Prince 8(5,3) integration and the energy balance, plus the edge cases of the API.
 */
class DeckThermalModelTest {

    /** Agreement with the adaptive ODE integration (relative tolerance 1e-13), K. */
    private static final double ODE_TOLERANCE_K = 1e-8;
    /** Round-trip temperature → time → temperature, K. */
    private static final double ROUND_TRIP_TOLERANCE_K = 1e-9;
    /** Round-trip time → temperature → time, relative. */
    private static final double ROUND_TRIP_TIME_RELATIVE = 1e-6;
    /** Energy balance C·ΔT against the quadrature of Q − k·T⁴, relative to C·|ΔT|. */
    private static final double ENERGY_RELATIVE_TOLERANCE = 1e-9;
    /** Equilibrium identities, relative. */
    private static final double EQUILIBRIUM_RELATIVE_TOLERANCE = 1e-14;

    /** 10 m² two-faced panel, ε 0.9, α 0.2, F 0.3, 200 kJ/K: k ≈ 1.02e-6 W/K⁴. */
    private static final DeckThermalModel MODEL = DeckThermalModel.of(
            new SatelliteDesign.Radiator(10.0, 2, 0.9, 0.2, 0.3, 0.0, 2.0e5, 330.0, 70.0));

    private static double heatForEquilibrium(double eqK) {
        return MODEL.radiativeConductanceWPerK4() * Math.pow(eqK, 4);
    }

    private static double integrateOde(double startK, double heatInW, double dtS) {
        double k = MODEL.radiativeConductanceWPerK4();
        double c = MODEL.heatCapacityJPerK();
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                return new double[] {(heatInW - k * Math.pow(y[0], 4)) / c};
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-6, 600.0, 1e-12, 1e-13);
        return integrator.integrate(ode, new ODEState(0.0, new double[] {startK}), dtS).getPrimaryState()[0];
    }

    @Test
    void equilibriumIsTheFourthRootAndBalancesTheHeat() {
        double k = MODEL.radiativeConductanceWPerK4();
        assertThat(k).isCloseTo(0.9 * 5.670374419e-8 * 10 * 2, within(1e-20));
        for (double q : new double[] {1.0, 250.0, 12_000.0, 3.0e6}) {
            double t = MODEL.equilibriumTemperatureK(q);
            assertThat(t).isCloseTo(Math.pow(q / k, 0.25), within(EQUILIBRIUM_RELATIVE_TOLERANCE * t));
            assertThat(MODEL.rejectedW(t)).isCloseTo(q, within(EQUILIBRIUM_RELATIVE_TOLERANCE * q));
            // at equilibrium nothing moves
            assertThat(MODEL.temperatureAfterK(t, q, 1e6)).isCloseTo(t, within(EQUILIBRIUM_RELATIVE_TOLERANCE * t));
        }
        assertThat(MODEL.equilibriumTemperatureK(0.0)).isEqualTo(0.0);
    }

    @Test
    void exactSolutionMatchesFineOdeIntegrationFromBelowAndAbove() {
        double q = heatForEquilibrium(320.0);
        double tc = MODEL.timeConstantS(q);
        assertThat(tc).isBetween(1000.0, 2000.0);
        for (double start : new double[] {0.0, 3.0, 200.0, 319.9, 320.1, 400.0, 900.0}) {
            for (double dt : new double[] {1.0, 60.0, 0.5 * tc, 2 * tc, 10 * tc}) {
                double exact = MODEL.temperatureAfterK(start, q, dt);
                assertThat(exact).as("start %s K, dt %s s", start, dt)
                        .isCloseTo(integrateOde(start, q, dt), within(ODE_TOLERANCE_K));
            }
        }
    }

    @Test
    void zeroHeatInputIsPureRadiativeCooling() {
        double dt = 3600.0;
        double exact = MODEL.temperatureAfterK(330.0, 0.0, dt);
        assertThat(exact).isCloseTo(integrateOde(330.0, 0.0, dt), within(ODE_TOLERANCE_K));
        assertThat(MODEL.timeToReachS(330.0, 0.0, exact)).isCloseTo(dt, within(ROUND_TRIP_TIME_RELATIVE * dt));
        assertThat(MODEL.timeToReachS(330.0, 0.0, 331.0)).isInfinite();
        assertThat(MODEL.timeToReachS(330.0, 0.0, 0.0)).isInfinite();
        assertThat(MODEL.temperatureAfterK(0.0, 0.0, dt)).isEqualTo(0.0);
        // a vanishing heat input above a cold equilibrium follows the same curve (series branch)
        assertThat(MODEL.temperatureAfterK(330.0, 1e-9, dt)).isCloseTo(exact, within(1e-9));
        assertThat(MODEL.temperatureAfterK(330.0, 1e-3, dt)).isCloseTo(integrateOde(330.0, 1e-3, dt),
                within(ODE_TOLERANCE_K));
    }

    @Test
    void timeToReachInvertsTemperatureAfter() {
        Random rnd = new Random(20240917L);
        int checked = 0;
        for (int i = 0; i < 5000; i++) {
            double eq = 50 + 450 * rnd.nextDouble();
            double q = heatForEquilibrium(eq);
            double start = 2 * eq * rnd.nextDouble();
            double dt = 6 * MODEL.timeConstantS(q) * rnd.nextDouble();
            double t = MODEL.temperatureAfterK(start, q, dt);
            if (t == start) {
                continue;
            }
            assertThat(MODEL.timeToReachS(start, q, t)).as("eq %s start %s dt %s", eq, start, dt)
                    .isCloseTo(dt, within(ROUND_TRIP_TIME_RELATIVE * dt + 1e-9));
            double target = start + (eq - start) * rnd.nextDouble();
            double s = MODEL.timeToReachS(start, q, target);
            assertThat(MODEL.temperatureAfterK(start, q, s)).isCloseTo(target, within(ROUND_TRIP_TOLERANCE_K));
            checked++;
        }
        assertThat(checked).isGreaterThan(4900);
    }

    @Test
    void targetsBeyondTheEquilibriumOrBehindTheStartAreNeverReached() {
        double q = heatForEquilibrium(320.0);
        assertThat(MODEL.timeToReachS(250.0, q, 320.0)).isInfinite();
        assertThat(MODEL.timeToReachS(250.0, q, 330.0)).isInfinite();
        assertThat(MODEL.timeToReachS(250.0, q, 240.0)).isInfinite();
        assertThat(MODEL.timeToReachS(400.0, q, 310.0)).isInfinite();
        assertThat(MODEL.timeToReachS(400.0, q, 410.0)).isInfinite();
        assertThat(MODEL.timeToReachS(320.0, q, 320.0 + 1e-6)).isInfinite();
        assertThat(MODEL.timeToReachS(250.0, q, 250.0)).isZero();
        assertThat(MODEL.temperatureAfterK(250.0, q, 0.0)).isEqualTo(250.0);
        assertThat(MODEL.temperatureAfterK(250.0, q, Double.POSITIVE_INFINITY)).isEqualTo(320.0);
    }

    @Test
    void approachIsMonotoneAndNeverCrossesEquilibrium() {
        double eq = 320.0;
        double q = heatForEquilibrium(eq);
        for (double start : new double[] {100.0, 900.0}) {
            double previous = start;
            for (double t = 1.0; t < 1e6; t *= 1.05) {
                double now = MODEL.temperatureAfterK(start, q, t);
                if (start < eq) {
                    assertThat(now).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(eq);
                } else {
                    assertThat(now).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(eq);
                }
                previous = now;
            }
            assertThat(previous).isEqualTo(eq);
        }
    }

    @Test
    void stepsCompose() {
        double q = heatForEquilibrium(310.0);
        for (double start : new double[] {150.0, 500.0}) {
            double whole = MODEL.temperatureAfterK(start, q, 5000.0);
            double split = MODEL.temperatureAfterK(MODEL.temperatureAfterK(start, q, 1234.5), q, 5000.0 - 1234.5);
            assertThat(split).isCloseTo(whole, within(1e-10));
        }
    }

    @Test
    void energyBalanceOverAnInterval() {
        double c = MODEL.heatCapacityJPerK();
        double k = MODEL.radiativeConductanceWPerK4();
        double q = heatForEquilibrium(320.0);
        IterativeLegendreGaussIntegrator quadrature = new IterativeLegendreGaussIntegrator(8, 1e-13, 1e-6);
        for (double start : new double[] {220.0, 450.0}) {
            double dt = 4000.0;
            double stored = c * (MODEL.temperatureAfterK(start, q, dt) - start);
            double net = quadrature.integrate(1_000_000, t -> q - k * Math.pow(MODEL.temperatureAfterK(start, q, t), 4),
                    0.0, dt);
            assertThat(net).isCloseTo(stored, within(ENERGY_RELATIVE_TOLERANCE * Math.abs(stored)));
        }
    }

    @Test
    void nearEquilibriumFollowsTheLinearisedTimeConstant() {
        double eq = 320.0;
        double q = heatForEquilibrium(eq);
        double tc = MODEL.timeConstantS(q);
        // a gap shrinking from 1e-7 to 1e-9 of eq takes tc·ln 100 in the linear regime
        double t = MODEL.timeToReachS(eq * (1 - 1e-7), q, eq * (1 - 1e-9));
        assertThat(t).isCloseTo(tc * Math.log(100), within(1e-5 * t));
        double u = MODEL.timeToReachS(eq * (1 + 1e-7), q, eq * (1 + 1e-9));
        assertThat(u).isCloseTo(tc * Math.log(100), within(1e-5 * u));
        double after = MODEL.temperatureAfterK(eq - 1e-4, q, tc);
        assertThat(eq - after).isCloseTo(1e-4 / Math.E, within(1e-8));
    }

    @Test
    void holdingDissipationKeepsTheTemperature() {
        ThermalEnvironment env = ThermalEnvironment.at(ThermalEnvironment.ASTRONOMICAL_UNIT_M, 1.0, 0.4, 0.6);
        double hold = MODEL.holdingDissipationW(330.0, env);
        assertThat(hold).isPositive();
        double q = MODEL.absorbedW(env) + hold;
        assertThat(MODEL.equilibriumTemperatureK(q)).isCloseTo(330.0, within(1e-11));
        assertThat(MODEL.temperatureAfterK(330.0, q, 86_400.0)).isCloseTo(330.0, within(1e-11));
        // a black panel facing the Sun cannot be held at 250 K even with no load
        DeckThermalModel black = new DeckThermalModel(1.0, 1, 0.9, 0.95, 0.9, 0.0, 1e4);
        ThermalEnvironment facing = new ThermalEnvironment(1360.8, 1.0, 1.0, 0.3, 0.0, 0.0);
        assertThat(black.holdingDissipationW(250.0, facing)).isNegative();
        assertThat(black.netRejectedFluxWPerM2(250.0, facing)).isNegative();
    }

    @Test
    void absorbedPowerAddsTheThreeSources() {
        ThermalEnvironment env = new ThermalEnvironment(1400.0, 0.5, 0.8, 0.3, 0.25, 240.0);
        double expected = 10.0 * (0.2 * 1400 * 0.5 * 0.8 + 0.3 * (0.2 * 1400 * 0.3 * 0.25 + 0.9 * 240));
        assertThat(MODEL.absorbedW(env)).isCloseTo(expected, within(1e-9));
        assertThat(MODEL.absorbedW(ThermalEnvironment.umbra())).isCloseTo(10.0 * 0.3 * 0.9 * 237, within(1e-9));
    }

    @Test
    void rejectsInputsOutsideTheModel() {
        assertThatThrownBy(() -> MODEL.temperatureAfterK(300.0, -1.0, 10.0)).hasMessageContaining("heatInW");
        assertThatThrownBy(() -> MODEL.temperatureAfterK(300.0, Double.NaN, 10.0)).hasMessageContaining("heatInW");
        assertThatThrownBy(() -> MODEL.temperatureAfterK(-1.0, 100.0, 10.0)).hasMessageContaining("startK");
        assertThatThrownBy(() -> MODEL.temperatureAfterK(300.0, 100.0, -1.0)).hasMessageContaining("dtS");
        assertThatThrownBy(() -> MODEL.timeToReachS(300.0, 100.0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("targetK");
        assertThatThrownBy(() -> MODEL.equilibriumTemperatureK(-5.0)).hasMessageContaining("heatInW");
        assertThatThrownBy(() -> new DeckThermalModel(1.0, 3, 0.9, 0.1, 0.9, 0.2, 1.0)).hasMessageContaining("faces");
        assertThatThrownBy(() -> new DeckThermalModel(1.0, 2, 0.9, 0.1, 0.9, 0.2, 0.0))
                .hasMessageContaining("heatCapacityJPerK");
    }
}
