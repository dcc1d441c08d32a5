package org.skyrack.thermal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThermalEnvironmentTest {

    /** Irradiance comparisons, W/m². */
    private static final double IRRADIANCE_TOLERANCE_W_PER_M2 = 1e-9;

    @Test
    void irradianceFallsWithTheSquareOfTheDistance() {
        double au = ThermalEnvironment.ASTRONOMICAL_UNIT_M;
        assertThat(ThermalEnvironment.irradianceAt(au)).isCloseTo(1360.8, within(IRRADIANCE_TOLERANCE_W_PER_M2));
        // perihelion (0.98329 AU) and aphelion (1.01671 AU): the 1317–1408 W/m² seasonal range
        assertThat(ThermalEnvironment.irradianceAt(0.98329 * au)).isCloseTo(1407.4, within(0.1));
        assertThat(ThermalEnvironment.irradianceAt(1.01671 * au)).isCloseTo(1316.4, within(0.1));
    }

    @Test
    void fluxesCombineTheFractions() {
        ThermalEnvironment env = ThermalEnvironment.at(ThermalEnvironment.ASTRONOMICAL_UNIT_M, 0.5, 0.6, 0.25);
        assertThat(env.directSolarWPerM2()).isCloseTo(1360.8 * 0.5 * 0.6, within(IRRADIANCE_TOLERANCE_W_PER_M2));
        assertThat(env.albedoWPerM2()).isCloseTo(1360.8 * 0.30 * 0.25, within(IRRADIANCE_TOLERANCE_W_PER_M2));
        assertThat(env.earthInfraredWPerM2()).isEqualTo(237.0);
        assertThat(ThermalEnvironment.umbra().directSolarWPerM2()).isZero();
        assertThat(ThermalEnvironment.umbra().albedoWPerM2()).isZero();
        assertThat(env.withAlbedoFraction(0.35).albedoWPerM2()).isCloseTo(1360.8 * 0.35 * 0.25,
                within(IRRADIANCE_TOLERANCE_W_PER_M2));
        assertThat(env.withEarthInfraredWPerM2(230.0).earthInfraredWPerM2()).isEqualTo(230.0);
    }

    @Test
    void albedoFactorIsTheClampedCosineAtNadir() {
        assertThat(ThermalEnvironment.albedoIlluminationFactor(1.0)).isEqualTo(1.0);
        assertThat(ThermalEnvironment.albedoIlluminationFactor(0.3)).isEqualTo(0.3);
        assertThat(ThermalEnvironment.albedoIlluminationFactor(-0.2)).isZero();
        // the Sun behind the radiator face counts as no direct sunlight
        assertThat(ThermalEnvironment.at(ThermalEnvironment.ASTRONOMICAL_UNIT_M, 1.0, -0.4, -0.9)
                .directSolarWPerM2()).isZero();
    }

    @Test
    void rejectsValuesOutOfRange() {
        assertThatThrownBy(() -> new ThermalEnvironment(-1.0, 1, 0, 0.3, 0, 237)).hasMessageContaining("sunIrradianceWPerM2");
        assertThatThrownBy(() -> new ThermalEnvironment(1360.8, 1.5, 0, 0.3, 0, 237)).hasMessageContaining("sunlitFraction");
        assertThatThrownBy(() -> new ThermalEnvironment(1360.8, 1, 1.1, 0.3, 0, 237)).hasMessageContaining("sunIncidenceCosine");
        assertThatThrownBy(() -> new ThermalEnvironment(1360.8, 1, 0, 0.3, Double.NaN, 237))
                .hasMessageContaining("albedoIlluminationFactor");
        assertThatThrownBy(() -> new ThermalEnvironment(1360.8, 1, 0, 0.3, 0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("earthInfraredWPerM2");
        assertThatThrownBy(() -> ThermalEnvironment.irradianceAt(0.0)).hasMessageContaining("sunDistanceM");
        assertThatThrownBy(() -> ThermalEnvironment.albedoIlluminationFactor(Double.NaN))
                .hasMessageContaining("cosSunZenithAtNadir");
    }
}
