package org.skyrack.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skyrack.scenario.SatelliteDesign;

/**
 * Starcloud's radiator balance (Starcloud, "Why we should train AI in space", white paper
 * v1.03, Sept 2024): a two-faced panel at 20 °C, ε 0.92, α 0.09, Earth view factor 0.25,
 * albedo 0.3, sunlight 1366 W/m² emits 770.48 W/m², absorbs 122.94 W/m² of sunlight and
 * 14.46 W/m² from the Earth, and so rejects a net 633.08 W/m² of panel.
 *
 * <p>Reverse-engineered: 770.48 = 2·0.92·σ·293.15⁴ with σ rounded to 5.67e-8 (CODATA gives
 * 770.52); 122.94 = 0.09·1366, the Sun normal to one face; 14.46 = α·F·(a·S + σ·253.15⁴) =
 * 0.09·0.25·(409.80 + 232.86): albedo at the sub-solar strength (K = 1) plus the infrared of an
 * Earth radiating as a −20 °C black body, both absorbed with the <em>solar</em> absorptivity.
 * Kirchhoff's law would absorb the infrared with ε = 0.92 instead, 10× more. The model reproduces
 * the published figure with α_IR = α; the physically consistent balance is also checked.
 */
class DeckStarcloudBalanceTest {

    /** The paper's net rejection, W/m² of panel. */
    private static final double STARCLOUD_NET_W_PER_M2 = 633.08;
    private static final double STARCLOUD_EMITTED_W_PER_M2 = 770.48;
    private static final double STARCLOUD_SUN_W_PER_M2 = 122.94;
    private static final double STARCLOUD_EARTH_W_PER_M2 = 14.46;
    /** Required agreement of the net rejection, fraction. */
    private static final double NET_RELATIVE_TOLERANCE = 0.005;
    /** Agreement of each published term (printed to 0.01 W/m²; σ differs in the 5th digit), W/m². */
    private static final double TERM_TOLERANCE_W_PER_M2 = 0.06;

    private static final double T_20C_K = 293.15;
    /** The Earth as a −20 °C black body, the reading that reproduces 14.46 W/m². */
    private static final double EARTH_BLACK_BODY_K = 253.15;

    private static final SatelliteDesign.Radiator PANEL = new SatelliteDesign.Radiator(1.0, 2, 0.92, 0.09, 0.25, 1.0,
            1.0e5, 318.0, 0.0);

    private static ThermalEnvironment starcloudEnvironment() {
        double earthIr = DeckThermalModel.STEFAN_BOLTZMANN_W_PER_M2_K4 * Math.pow(EARTH_BLACK_BODY_K, 4);
        return new ThermalEnvironment(1366.0, 1.0, 1.0, 0.3, 1.0, earthIr);
    }

    @Test
    void reproducesEachPublishedTermWithSolarAbsorptivityForEarthInfrared() {
        DeckThermalModel model = DeckThermalModel.of(PANEL).withInfraredAbsorptivity(PANEL.absorptivity());
        ThermalEnvironment env = starcloudEnvironment();

        assertThat(model.rejectedW(T_20C_K)).isCloseTo(STARCLOUD_EMITTED_W_PER_M2, within(TERM_TOLERANCE_W_PER_M2));
        ThermalEnvironment sunOnly = new ThermalEnvironment(1366.0, 1.0, 1.0, 0.3, 0.0, 0.0);
        assertThat(model.absorbedW(sunOnly)).isCloseTo(STARCLOUD_SUN_W_PER_M2, within(TERM_TOLERANCE_W_PER_M2));
        double earth = model.absorbedW(env) - model.absorbedW(sunOnly);
        assertThat(earth).isCloseTo(STARCLOUD_EARTH_W_PER_M2, within(TERM_TOLERANCE_W_PER_M2));
    }

    @Test
    void reproducesTheNetRejection() {
        DeckThermalModel model = DeckThermalModel.of(PANEL).withInfraredAbsorptivity(PANEL.absorptivity());
        double net = model.netRejectedFluxWPerM2(T_20C_K, starcloudEnvironment());
        assertThat(net).isCloseTo(STARCLOUD_NET_W_PER_M2, within(NET_RELATIVE_TOLERANCE * STARCLOUD_NET_W_PER_M2));
        // and the holding dissipation of a 1 m² panel is the same number, in W
        assertThat(DeckThermalModel.of(PANEL).withInfraredAbsorptivity(0.09)
                .holdingDissipationW(T_20C_K, starcloudEnvironment())).isEqualTo(net);
    }

    @Test
    void kirchhoffConsistentBalanceRejectsLess() {
        // ε absorbs the Earth's infrared: 0.92·0.25·232.87 = 53.56 W/m² instead of 5.24.
        DeckThermalModel model = DeckThermalModel.of(PANEL);
        assertThat(model.infraredAbsorptivity()).isEqualTo(0.92);
        double net = model.netRejectedFluxWPerM2(T_20C_K, starcloudEnvironment());
        double expected = 2 * 0.92 * DeckThermalModel.STEFAN_BOLTZMANN_W_PER_M2_K4 * Math.pow(T_20C_K, 4)
                - 0.09 * 1366 - 0.25 * (0.09 * 1366 * 0.3 + 0.92 * 232.866);
        assertThat(net).isCloseTo(expected, within(0.01));
        assertThat(net).isCloseTo(584.8, within(0.1));
        assertThat(net).isLessThan(STARCLOUD_NET_W_PER_M2 * (1 - 0.05));
    }
}
