package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skyrack.units.Units;

/** Natural decay through the exponential atmosphere against the reference's lifetime table. */
class DecayTest {

    /**
     * Reference lifetimes are an independent integration of the same density model, published to
     * two significant figures; besides that rounding (half a unit of the last digit, per entry)
     * its details (Earth radius, year length, step) may differ by this fraction.
     */
    private static final double INTEGRATION_DIFFERENCE_FRACTION = 0.02;
    /** Quadrature against a linear rescaling: only rounding. */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static final double[] ALTITUDES_KM = {400, 500, 550, 600, 650, 700, 800};
    /**
     * Lifetime to 150 km at mean activity, years: engineering-parameters.md §6 ("my integration of
     * the model above", Vallado/Wertz CIRA-72 exponential density), BC = 50 and 100 kg/m².
     */
    private static final double[] BC50_YR = {0.4, 2.6, 5.9, 13, 28, 58, 210};
    private static final double[] BC50_HALF_UNIT_YR = {0.05, 0.05, 0.05, 0.5, 0.5, 0.5, 5};
    private static final double[] BC100_YR = {0.85, 5.1, 12, 26, 56, 116, 420};
    private static final double[] BC100_HALF_UNIT_YR = {0.005, 0.05, 0.5, 0.5, 0.5, 0.5, 5};

    @Test
    void lifetimesMatchTheReferenceTable() {
        for (int i = 0; i < ALTITUDES_KM.length; i++) {
            double h = ALTITUDES_KM[i] * 1e3;
            double yr50 = Decay.lifetimeS(h, 50, 1) / Units.YEAR_S;
            double yr100 = Decay.lifetimeS(h, 100, 1) / Units.YEAR_S;
            assertThat(yr50).as("BC 50 at %s km", ALTITUDES_KM[i])
                    .isCloseTo(BC50_YR[i], within(BC50_HALF_UNIT_YR[i] + INTEGRATION_DIFFERENCE_FRACTION * BC50_YR[i]));
            assertThat(yr100).as("BC 100 at %s km", ALTITUDES_KM[i])
                    .isCloseTo(BC100_YR[i], within(BC100_HALF_UNIT_YR[i] + INTEGRATION_DIFFERENCE_FRACTION * BC100_YR[i]));
        }
    }

    @Test
    void lifetimeScalesWithBallisticCoefficientAndInverselyWithDensity() {
        double base = Decay.lifetimeS(650e3, 100, 1);
        assertThat(Decay.lifetimeS(650e3, 200, 1)).isCloseTo(2 * base, within(RELATIVE_TOLERANCE * base));
        assertThat(Decay.lifetimeS(650e3, 100, 4)).isCloseTo(base / 4, within(RELATIVE_TOLERANCE * base));
        double previous = 0;
        for (double h = 160e3; h <= 1200e3; h += 10e3) {
            double t = Decay.lifetimeS(h, 100, 1);
            assertThat(t).as("at %s m", h).isGreaterThan(previous);
            previous = t;
        }
        assertThat(Decay.lifetimeS(150e3, 100, 1)).isZero();
        assertThat(Decay.lifetimeS(120e3, 100, 1)).isZero();
    }

    @Test
    void densityIsTheTableAtEachBaseAndExponentialBetween() {
        for (Decay.Layer l : Decay.VALLADO_CIRA72) {
            assertThat(Decay.densityKgPerM3(l.baseAltitudeM()))
                    .isCloseTo(l.baseDensityKgPerM3(), within(RELATIVE_TOLERANCE * l.baseDensityKgPerM3()));
        }
        // One scale height above 500 km, inside the 500 km layer: ρ₀/e.
        assertThat(Decay.densityKgPerM3(500e3 + 63.822e3)).isCloseTo(6.967e-13 / Math.E, within(1e-22));
    }

    @Test
    void badInputsAreRefused() {
        assertThatThrownBy(() -> Decay.lifetimeS(500e3, 0, 1)).hasMessageContaining("ballistic coefficient");
        assertThatThrownBy(() -> Decay.lifetimeS(500e3, 100, 0)).hasMessageContaining("density factor");
        assertThatThrownBy(() -> Decay.densityKgPerM3(100e3)).hasMessageContaining("starts at");
    }
}
