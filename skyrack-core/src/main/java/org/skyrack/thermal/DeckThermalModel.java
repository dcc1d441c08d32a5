package org.skyrack.thermal;

import java.util.Objects;
import org.skyrack.scenario.SatelliteDesign;

/**
 * One lumped thermal node: the compute deck and the radiator it is tied to by heat pipes or a
 * pumped loop, at one temperature T (K), with heat capacity C (J/K). It loses
 * k·T⁴ = ε·σ·A·faces·T⁴ (W) to deep space and gains Q (W): sunlight on the radiator,
 * Earth albedo and Earth infrared on its Earth-viewing side, and the internal dissipation,
 * all electrical load, which ends as heat. So
 * <pre>
 *   C·dT/dt = Q − k·T⁴
 * </pre>
 * and with Q constant between simulation events the temperature is advanced exactly (see
 * {@link QuarticRelaxation}), never stepped.
 *
 * <p>Absorbed environment, W: A·[α·S·f·cos θ + F·(α·S·a·K + α_IR·q_IR)], with A the panel area of
 * one face, α the solar absorptivity, F the radiator's view factor to the Earth per unit panel
 * area (summed over the faces that see it) and α_IR the infrared absorptivity, equal to the
 * emissivity ε by Kirchhoff's law for a surface grey in the thermal infrared. α_IR is a separate
 * parameter only so that published balances that use other conventions (Starcloud's uses α)
 * can be reproduced; see {@link #withInfraredAbsorptivity(double)}. Deep space at 2.7 K
 * (σ·2.7⁴ ≈ 3e-6 W/m²) is neglected.
 *
 * @param areaM2                panel area of one face, m²
 * @param faces                 radiating faces, 1 or 2
 * @param emissivity            infrared hemispherical emissivity ε, fraction
 * @param solarAbsorptivity     solar absorptivity α, fraction
 * @param infraredAbsorptivity  absorptivity for Earth infrared α_IR, fraction (ε for a grey surface)
 * @param earthViewFactor       view factor F from the radiator to the Earth, fraction
 * @param heatCapacityJPerK     heat capacity C of deck and radiator together, J/K
 */
public record DeckThermalModel(double areaM2, int faces, double emissivity, double solarAbsorptivity,
                               double infraredAbsorptivity, double earthViewFactor, double heatCapacityJPerK) {

    /** Stefan–Boltzmann constant, W/(m²·K⁴) (CODATA 2018, exact in the 2019 SI). */
    public static final double STEFAN_BOLTZMANN_W_PER_M2_K4 = 5.670374419e-8;

    public DeckThermalModel {
        Checks.positive("areaM2", areaM2, "m²");
        if (faces != 1 && faces != 2) {
            throw new IllegalArgumentException("faces must be 1 or 2, got " + faces);
        }
        Checks.fraction("emissivity", emissivity);
        Checks.fraction("solarAbsorptivity", solarAbsorptivity);
        Checks.fraction("infraredAbsorptivity", infraredAbsorptivity);
        Checks.fraction("earthViewFactor", earthViewFactor);
        Checks.positive("heatCapacityJPerK", heatCapacityJPerK, "J/K");
    }

    /** The node of a scenario radiator, grey in the infrared (α_IR = ε). */
    public static DeckThermalModel of(SatelliteDesign.Radiator radiator) {
        Objects.requireNonNull(radiator, "radiator");
        return new DeckThermalModel(radiator.areaM2(), radiator.faces(), radiator.emissivity(),
                radiator.absorptivity(), radiator.emissivity(), radiator.earthViewFactor(),
                radiator.heatCapacityJPerK());
    }

    /** This node with another infrared absorptivity α_IR (fraction). */
    public DeckThermalModel withInfraredAbsorptivity(double absorptivity) {
        return new DeckThermalModel(areaM2, faces, emissivity, solarAbsorptivity, absorptivity, earthViewFactor,
                heatCapacityJPerK);
    }

    /** k = ε·σ·A·faces, W/K⁴: the rejected power is k·T⁴. */
    public double radiativeConductanceWPerK4() {
        return emissivity * STEFAN_BOLTZMANN_W_PER_M2_K4 * areaM2 * faces;
    }

    /**
     * Power absorbed from the environment, W: direct sunlight on the sunlit face, albedo and
     * Earth infrared through the view factor.
     */
    public double absorbedW(ThermalEnvironment env) {
        return areaM2 * (solarAbsorptivity * env.directSolarWPerM2()
                + earthViewFactor * (solarAbsorptivity * env.albedoWPerM2()
                + infraredAbsorptivity * env.earthInfraredWPerM2()));
    }

    /** Power radiated to space at a temperature, W: k·T⁴. */
    public double rejectedW(double temperatureK) {
        Checks.nonNegative("temperatureK", temperatureK, "K");
        double t2 = temperatureK * temperatureK;
        return radiativeConductanceWPerK4() * t2 * t2;
    }

    /**
     * Steady net rejection per square metre of panel (both faces' emission less everything
     * absorbed), W/m²: the radiator-sizing figure. Negative when the environment alone heats
     * the panel above the temperature.
     */
    public double netRejectedFluxWPerM2(double temperatureK, ThermalEnvironment env) {
        return (rejectedW(temperatureK) - absorbedW(env)) / areaM2;
    }

    /**
     * Internal dissipation that holds the node exactly at a temperature, W: k·T⁴ − absorbed.
     * Used to throttle compute at the maximum temperature. Negative when the environment alone
     * would warm the node past it, i.e. even zero load cannot hold it there.
     */
    public double holdingDissipationW(double temperatureK, ThermalEnvironment env) {
        return rejectedW(temperatureK) - absorbedW(env);
    }

    /**
     * Equilibrium temperature for a constant total heat input, K: (Q/k)^¼; 0 K for Q = 0.
     *
     * @param heatInW total heat input Q (environment plus dissipation), W, finite and ≥ 0
     */
    public double equilibriumTemperatureK(double heatInW) {
        Checks.nonNegative("heatInW", heatInW, "W");
        return Math.sqrt(Math.sqrt(heatInW / radiativeConductanceWPerK4()));
    }

    /**
     * Linearised time constant near equilibrium, s: C/(4·k·a³) with a the equilibrium
     * temperature; +∞ for Q = 0.
     *
     * @param heatInW total heat input Q, W, finite and ≥ 0
     */
    public double timeConstantS(double heatInW) {
        double a = equilibriumTemperatureK(heatInW);
        return heatCapacityJPerK / (4 * radiativeConductanceWPerK4() * a * a * a);
    }

    /**
     * Temperature after a time at constant heat input, K, from the exact solution of
     * C·dT/dt = Q − k·T⁴. It moves monotonically from the start toward the equilibrium and never
     * crosses it. For Q = 0 it is the pure radiative cooling T₀·(1 + 3k·T₀³·t/C)^(−⅓).
     *
     * @param startK   temperature at the start, K, finite and ≥ 0
     * @param heatInW  total heat input Q, W, finite and ≥ 0 (a negative input, active cooling,
     *                 is outside the model and rejected)
     * @param dtS      elapsed time, s, ≥ 0 (+∞ gives the equilibrium)
     */
    public double temperatureAfterK(double startK, double heatInW, double dtS) {
        Checks.nonNegative("startK", startK, "K");
        Checks.nonNegative("heatInW", heatInW, "W");
        if (!(dtS >= 0)) {
            throw new IllegalArgumentException("dtS must be >= 0 s, got " + dtS);
        }
        double k = radiativeConductanceWPerK4();
        if (heatInW == 0) {
            if (startK == 0 || dtS == 0) {
                return startK;
            }
            double growth = 1 + 3 * k * startK * startK * startK * dtS / heatCapacityJPerK;
            return startK / Math.cbrt(growth);
        }
        double a = equilibriumTemperatureK(heatInW);
        double tau = dtS * k * a * a * a / heatCapacityJPerK;
        return QuarticRelaxation.temperatureAfter(startK, a, tau);
    }

    /**
     * Time to go from one temperature to another at constant heat input, s, exact: 0 when they
     * are equal, +∞ when the target is never reached (on the far side of the start from the
     * equilibrium, or the equilibrium itself, which is approached only asymptotically).
     *
     * @param startK   temperature at the start, K, finite and ≥ 0
     * @param heatInW  total heat input Q, W, finite and ≥ 0
     * @param targetK  temperature to reach, K, finite and ≥ 0
     */
    public double timeToReachS(double startK, double heatInW, double targetK) {
        Checks.nonNegative("startK", startK, "K");
        Checks.nonNegative("heatInW", heatInW, "W");
        Checks.nonNegative("targetK", targetK, "K");
        if (targetK == startK) {
            return 0.0;
        }
        double k = radiativeConductanceWPerK4();
        if (heatInW == 0) {
            if (targetK > startK || targetK == 0) {
                return Double.POSITIVE_INFINITY;
            }
            return heatCapacityJPerK / (3 * k)
                    * (1 / (targetK * targetK * targetK) - 1 / (startK * startK * startK));
        }
        double a = equilibriumTemperatureK(heatInW);
        double tau = QuarticRelaxation.elapsed(startK, targetK, a);
        return tau * heatCapacityJPerK / (k * a * a * a);
    }
}
