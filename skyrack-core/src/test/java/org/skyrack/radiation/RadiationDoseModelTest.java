package org.skyrack.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyrack.units.Units;

class RadiationDoseModelTest {

    /** The published tables' year: 1825-day totals ÷ 5, s. */
    private static final double TABLE_YEAR_S = 365 * 86400.0;
    /** Interpolation must return a tabulated value to rounding error. */
    private static final double GRID_RELATIVE_TOLERANCE = 1e-9;
    /**
     * The model does not use the altitude table's 5 mm column; the two-component split
     * reproduces it within this factor at every tabulated altitude (worst seen: 1.17 at
     * 1000 km SSO, the model high; 30° rows within 1.04).
     */
    private static final double FIVE_MM_CHECK_FACTOR = 1.25;
    /**
     * Suncatcher's ~150 rad(Si)/yr at 650 km dawn–dusk SSO is matched within this factor.
     * The model gives ~180 rad/yr behind 10 mm: the shield depth is not confirmed in the
     * primary text, the altitude growth comes from a table that includes solar protons and the
     * worse of solar minimum and maximum, and a sphere is not a spacecraft. 1.5 is a stated
     * engineering factor, not a fitted number.
     */
    private static final double SUNCATCHER_FACTOR = 1.5;
    private static final double SSO_650_KM_RAD = Math.toRadians(97.99);

    private final TotalDoseModel model = TotalDoseModel.bundled();

    private double radPerTableYear(double altitudeKm, double inclinationDeg, double shieldingMm) {
        return model.doseRateGyPerS(altitudeKm * 1e3, Math.toRadians(inclinationDeg), shieldingMm * 1e-3)
                * TABLE_YEAR_S / TotalDoseModel.GY_PER_RAD;
    }

    /** engineering-parameters.md §1 table A, rad(Si)/yr, with half a unit of the last printed digit. */
    @ParameterizedTest(name = "{0} deg, {1} mm: {2} rad/yr")
    @CsvSource({
        "0, 1, 0.18, 0.005", "0, 2.5, 0.09, 0.005", "0, 5, 0.04, 0.005", "0, 10, 0, 0.005", "0, 20, 0, 0.005",
        "50, 1, 3767, 0.5", "50, 2.5, 987, 0.5", "50, 5, 309, 0.5", "50, 10, 177, 0.5", "50, 20, 127, 0.5",
        "55, 1, 5248, 0.5", "55, 2.5, 1307, 0.5", "55, 5, 320, 0.5", "55, 10, 153, 0.5", "55, 20, 110, 0.5",
        "100, 1, 6666, 0.5", "100, 2.5, 1526, 0.5", "100, 5, 293, 0.5", "100, 10, 114, 0.5", "100, 20, 82, 0.5",
    })
    void reproducesThePublished550KmTable(double inclinationDeg, double shieldingMm, double radPerYear, double tol) {
        assertThat(radPerTableYear(550, inclinationDeg, shieldingMm)).isCloseTo(radPerYear, within(tol));
    }

    /** rMcDonald17 five-year table, krad(Si): [altitude km, SSO 2/5/10 mm, 30° 2/5/10 mm]. */
    private static final double[][] TRADE = {
        {500, 13.0, 2.0, 0.7, 1.3, 0.9, 0.7},
        {700, 21.4, 3.6, 1.8, 6.7, 3.8, 3.0},
        {1000, 42.4, 8.9, 5.5, 32.8, 15.1, 11.4},
        {1200, 67.1, 16.6, 10.8, 78.3, 32.8, 24.2},
        {1500, 140.4, 39.1, 26.0, 238.6, 87.5, 61.9},
        {2000, 420.6, 107.5, 67.7, 832.9, 239.1, 154.7},
    };

    @Test
    void reproducesTheAltitudeTablesGrowthBehindTwoAndTenMillimetres() {
        double[] incl = {98, 30};
        double[] mm = {2, 5, 10};
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < 3; t += 2) {
                for (int a = 1; a < TRADE.length; a++) {
                    double expected = TRADE[a][1 + 3 * c + t] / TRADE[0][1 + 3 * c + t];
                    double got = radPerTableYear(TRADE[a][0], incl[c], mm[t]) / radPerTableYear(500, incl[c], mm[t]);
                    assertThat(got).as("%s deg, %s mm, %s km", incl[c], mm[t], TRADE[a][0])
                            .isCloseTo(expected, within(expected * GRID_RELATIVE_TOLERANCE));
                }
            }
        }
    }

    @Test
    void predictsTheUnusedFiveMillimetreColumnWithinAStatedFactor() {
        double worst = 1;
        for (int c = 0; c < 2; c++) {
            double incl = c == 0 ? 98 : 30;
            for (int a = 1; a < TRADE.length; a++) {
                double expected = TRADE[a][2 + 3 * c] / TRADE[0][2 + 3 * c];
                double got = radPerTableYear(TRADE[a][0], incl, 5) / radPerTableYear(500, incl, 5);
                double factor = Math.max(got / expected, expected / got);
                worst = Math.max(worst, factor);
                assertThat(factor).as("%s deg, %s km: model %s vs table %s", incl, TRADE[a][0], got, expected)
                        .isLessThanOrEqualTo(FIVE_MM_CHECK_FACTOR);
            }
        }
        assertThat(worst).isGreaterThan(1.0); // the check compares something the model did not fit
    }

    @Test
    void suncatcherMissionDoseAt650KmSsoBehindTenMillimetres() {
        double radPerYear = model.doseRadPerYear(650e3, SSO_650_KM_RAD, 10e-3);
        assertThat(radPerYear).isBetween(150 / SUNCATCHER_FACTOR, 150 * SUNCATCHER_FACTOR);
        // the model sits above Suncatcher's figure, never below it (it includes solar protons)
        assertThat(radPerYear).isGreaterThan(150);
    }

    @Test
    void perYearIsTheRateOverAJulianYear() {
        double rate = model.doseRateGyPerS(650e3, SSO_650_KM_RAD, 5e-3);
        assertThat(model.doseRadPerYear(650e3, SSO_650_KM_RAD, 5e-3))
                .isCloseTo(rate * Units.YEAR_S / 0.01, within(1e-9));
    }

    @Test
    void retrogradeInclinationsBeyondTheTableAreMirrored() {
        for (double i : new double[] {110, 120, 150, 180}) {
            double mirrored = model.doseRateGyPerS(800e3, Math.toRadians(180 - i), 4e-3);
            assertThat(model.doseRateGyPerS(800e3, Math.toRadians(i), 4e-3))
                    .isCloseTo(mirrored, within(mirrored * GRID_RELATIVE_TOLERANCE));
        }
    }

    @Test
    void rejectsInputsOutsideTheTablesWithTheQuantityValueAndRange() {
        assertThatThrownBy(() -> model.doseRateGyPerS(450e3, 1.0, 5e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("altitude 450.0 km")
                .hasMessageContaining("500 km to 2000 km");
        assertThatThrownBy(() -> model.doseRateGyPerS(650e3, 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shielding 0.0 mm")
                .hasMessageContaining("1 mm to 20 mm");
        assertThatThrownBy(() -> model.doseRateGyPerS(650e3, 1.0, 25e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shielding 25.0 mm");
        assertThatThrownBy(() -> model.doseRateGyPerS(650e3, Math.toRadians(181), 5e-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inclination 181.000 deg");
        assertThatThrownBy(() -> model.doseRateGyPerS(Double.NaN, 1.0, 5e-3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 2000, seed = "20260101")
    void moreShieldingNeverRaisesTheDose(@ForAll @DoubleRange(min = 500, max = 2000) double altitudeKm,
                                         @ForAll @DoubleRange(min = 0, max = 180) double inclinationDeg,
                                         @ForAll @DoubleRange(min = 1, max = 20) double t1,
                                         @ForAll @DoubleRange(min = 1, max = 20) double t2) {
        double thin = Math.min(t1, t2);
        double thick = Math.max(t1, t2);
        double i = Math.toRadians(inclinationDeg);
        assertThat(model.doseRateGyPerS(altitudeKm * 1e3, i, thick * 1e-3))
                .isLessThanOrEqualTo(model.doseRateGyPerS(altitudeKm * 1e3, i, thin * 1e-3));
    }

    @Property(tries = 2000, seed = "20260102")
    void higherOrbitsNeverGetLessDose(@ForAll @DoubleRange(min = 500, max = 2000) double h1,
                                      @ForAll @DoubleRange(min = 500, max = 2000) double h2,
                                      @ForAll @DoubleRange(min = 0, max = 180) double inclinationDeg,
                                      @ForAll @DoubleRange(min = 1, max = 20) double mm) {
        double low = Math.min(h1, h2);
        double high = Math.max(h1, h2);
        double i = Math.toRadians(inclinationDeg);
        assertThat(model.doseRateGyPerS(high * 1e3, i, mm * 1e-3))
                .isGreaterThanOrEqualTo(model.doseRateGyPerS(low * 1e3, i, mm * 1e-3));
    }
}
