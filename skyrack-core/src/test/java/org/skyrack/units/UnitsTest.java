package org.skyrack.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversions of {@link Units#parse} against values worked out by hand from the unit
 * definitions (SI brochure, Julian year, 1 rad = 0.01 Gy, 1959 yard and pound), not from
 * skyrack's own constants.
 */
class UnitsTest {

    /** Relative tolerance on converted values (dimensionless): a few ulps of accumulated rounding. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static final double SECONDS_PER_DAY = 86_400.0;
    /** Julian year, 365.25 d, in seconds (written out rather than taken from {@link Units#YEAR_S}). */
    private static final double JULIAN_YEAR_S = 365.25 * SECONDS_PER_DAY;
    private static final double JOULES_PER_KWH = 1000.0 * 3600.0;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180.0;
    private static final double KELVIN_AT_ZERO_CELSIUS = 273.15;

    static Stream<Arguments> conversions() {
        return Stream.of(
                // length, area, volume, mass
                Arguments.of("650 km", Dimension.LENGTH, 650_000.0),
                Arguments.of("650km", Dimension.LENGTH, 650_000.0),
                Arguments.of("  650 km  ", Dimension.LENGTH, 650_000.0),
                Arguments.of("6.5e2 km", Dimension.LENGTH, 650_000.0),
                Arguments.of("6.5E+2 km", Dimension.LENGTH, 650_000.0),
                Arguments.of(".5 km", Dimension.LENGTH, 500.0),
                Arguments.of("-3 mm", Dimension.LENGTH, -0.003),
                Arguments.of("+1 nmi", Dimension.LENGTH, 1852.0),
                Arguments.of("10 ft", Dimension.LENGTH, 3.048),
                Arguments.of("1 au", Dimension.LENGTH, 149_597_870_700.0),
                Arguments.of("120 m^2", Dimension.AREA, 120.0),
                Arguments.of("120 m²", Dimension.AREA, 120.0),
                Arguments.of("2 km^2", Dimension.AREA, 2.0e6),
                Arguments.of("12 m^3", Dimension.VOLUME, 12.0),
                Arguments.of("12 m³", Dimension.VOLUME, 12.0),
                Arguments.of("500 L", Dimension.VOLUME, 0.5),
                Arguments.of("575 kg", Dimension.MASS, 575.0),
                Arguments.of("2 t", Dimension.MASS, 2000.0),
                Arguments.of("250 g", Dimension.MASS, 0.25),
                Arguments.of("1 lb", Dimension.MASS, 0.45359237),
                // time and rates
                Arguments.of("5 yr", Dimension.DURATION, 5 * 365.25 * 86_400.0),
                Arguments.of("1 d", Dimension.DURATION, SECONDS_PER_DAY),
                Arguments.of("90 min", Dimension.DURATION, 5400.0),
                Arguments.of("2 weeks", Dimension.DURATION, 14 * SECONDS_PER_DAY),
                Arguments.of("1 us", Dimension.DURATION, 1e-6),
                Arguments.of("250 ms", Dimension.DURATION, 0.25),
                Arguments.of("2.5 %/yr", Dimension.RATE, 0.025 / JULIAN_YEAR_S),
                Arguments.of("1 %/yr", Dimension.RATE, 0.01 / (365.25 * 86_400.0)),
                Arguments.of("2 1/d", Dimension.RATE, 2.0 / SECONDS_PER_DAY),
                Arguments.of("12 1/yr", Dimension.RATE, 12.0 / JULIAN_YEAR_S),
                Arguments.of("26.5 GHz", Dimension.RATE, 26.5e9),
                // energy and power
                Arguments.of("20 kWh", Dimension.ENERGY, 20 * 3.6e6),
                Arguments.of("20 kW h", Dimension.ENERGY, 7.2e7),
                Arguments.of("20 kW*h", Dimension.ENERGY, 7.2e7),
                Arguments.of("3 MJ", Dimension.ENERGY, 3.0e6),
                Arguments.of("28 kW", Dimension.POWER, 28_000.0),
                Arguments.of("50 kJ/K", Dimension.HEAT_CAPACITY, 50_000.0),
                Arguments.of("1360.8 W/m^2", Dimension.IRRADIANCE, 1360.8),
                Arguments.of("100 W/kg", Dimension.SPECIFIC_POWER, 100.0),
                Arguments.of("5 kg/m^2", Dimension.AREAL_DENSITY, 5.0),
                // money
                Arguments.of("67 MUSD", Dimension.MONEY, 67.0e6),
                Arguments.of("20 kUSD", Dimension.MONEY, 20_000.0),
                Arguments.of("1.5 BUSD", Dimension.MONEY, 1.5e9),
                Arguments.of("200 USD/kg", Dimension.MONEY_PER_MASS, 200.0),
                Arguments.of("2000 USD/m^2", Dimension.MONEY_PER_AREA, 2000.0),
                Arguments.of("11.7 MUSD/MW", Dimension.MONEY_PER_POWER, 11.7),
                Arguments.of("11.7 USD/W", Dimension.MONEY_PER_POWER, 11.7),
                Arguments.of("500 USD/kW", Dimension.MONEY_PER_POWER, 0.5),
                Arguments.of("0.0806 USD/kWh", Dimension.MONEY_PER_ENERGY, 0.0806 / JOULES_PER_KWH),
                Arguments.of("2 MUSD/yr", Dimension.MONEY_PER_TIME, 2.0e6 / JULIAN_YEAR_S),
                Arguments.of("0.38 L/kWh", Dimension.VOLUME_PER_ENERGY, 0.38e-3 / JOULES_PER_KWH),
                // temperature: absolute when alone, a kelvin-sized difference inside a compound
                Arguments.of("20 degC", Dimension.TEMPERATURE, 293.15),
                Arguments.of("20 °C", Dimension.TEMPERATURE, 293.15),
                Arguments.of("-40 degC", Dimension.TEMPERATURE, 233.15),
                Arguments.of("68 degF", Dimension.TEMPERATURE, 293.15),
                Arguments.of("-40 degF", Dimension.TEMPERATURE, 233.15),
                Arguments.of("212 degF", Dimension.TEMPERATURE, 373.15),
                Arguments.of("293.15 K", Dimension.TEMPERATURE, 293.15),
                Arguments.of("160 Wh/kg", Dimension.SPECIFIC_ENERGY, 576_000.0),
                Arguments.of("-0.2 %/K", Dimension.PER_TEMPERATURE, -0.002),
                Arguments.of("-0.2 %/degC", Dimension.PER_TEMPERATURE, -0.002),
                Arguments.of("1 %/degF", Dimension.PER_TEMPERATURE, 0.01 * 9.0 / 5.0),
                // dose: rad is 0.01 Gy where a dose is expected, the radian where an angle is
                Arguments.of("15 krad", Dimension.DOSE, 150.0),
                Arguments.of("1 rad", Dimension.DOSE, 0.01),
                Arguments.of("150 Gy", Dimension.DOSE, 150.0),
                Arguments.of("100 mGy", Dimension.DOSE, 0.1),
                Arguments.of("150 rad/yr", Dimension.DOSE_RATE, 1.5 / JULIAN_YEAR_S),
                Arguments.of("1 rad", Dimension.ANGLE, 1.0),
                Arguments.of("2 mrad", Dimension.ANGLE, 0.002),
                Arguments.of("15 krad", Dimension.ANGLE, 15_000.0),
                Arguments.of("97.99 deg", Dimension.ANGLE, 97.99 * RADIANS_PER_DEGREE),
                Arguments.of("180 deg", Dimension.ANGLE, Math.PI),
                Arguments.of("90 °", Dimension.ANGLE, Math.PI / 2),
                Arguments.of("1 arcmin", Dimension.ANGLE, Math.PI / (180 * 60)),
                Arguments.of("1 arcsec", Dimension.ANGLE, Math.PI / 648_000),
                // compute and data (decimal prefixes, 1 B = 8 bit)
                Arguments.of("918 TFLOP/s", Dimension.COMPUTE_RATE, 918e12),
                Arguments.of("918 TFLOPS", Dimension.COMPUTE_RATE, 918e12),
                Arguments.of("2 PFLOPS", Dimension.COMPUTE_RATE, 2e15),
                Arguments.of("1e24 FLOP", Dimension.COMPUTE, 1e24),
                Arguments.of("800 Gbps", Dimension.DATA_RATE, 800e9),
                Arguments.of("800 Gbit/s", Dimension.DATA_RATE, 800e9),
                Arguments.of("10 MB/s", Dimension.DATA_RATE, 80e6),
                Arguments.of("1 GB", Dimension.DATA, 8e9),
                Arguments.of("140 GB", Dimension.DATA, 140 * 8e9),
                Arguments.of("1 kbit", Dimension.DATA, 1000.0),
                // fractions
                Arguments.of("0.3", Dimension.DIMENSIONLESS, 0.3),
                Arguments.of("30 %", Dimension.DIMENSIONLESS, 0.3),
                Arguments.of("500 ppm", Dimension.DIMENSIONLESS, 5e-4),
                Arguments.of("0", Dimension.DIMENSIONLESS, 0.0));
    }

    @ParameterizedTest(name = "{0} as {1} = {2}")
    @MethodSource("conversions")
    void convertsToSi(String text, Dimension dimension, double expectedSi) throws UnitException {
        assertThat(Units.parse(text, dimension))
                .isCloseTo(expectedSi, within(Math.abs(expectedSi) * RELATIVE_TOLERANCE));
    }

    @Test
    void absoluteTemperatureAppliesTheOffsetOnlyWhenTheDegreeStandsAlone() throws UnitException {
        double absolute = Units.parse("20 degC", Dimension.TEMPERATURE);
        double perDegree = Units.parse("1 %/degC", Dimension.PER_TEMPERATURE);

        assertThat(absolute).isCloseTo(20 + KELVIN_AT_ZERO_CELSIUS, within(293.15 * RELATIVE_TOLERANCE));
        // A degree Celsius inside a compound unit is a difference of one kelvin, not 274.15 K.
        assertThat(perDegree).isCloseTo(Units.parse("1 %/K", Dimension.PER_TEMPERATURE),
                within(0.01 * RELATIVE_TOLERANCE));
        assertThat(perDegree).isCloseTo(0.01, within(0.01 * RELATIVE_TOLERANCE));
    }

    @Test
    void radIsADoseUnitOnlyWhereADoseIsExpected() throws UnitException {
        assertThat(Units.parse("15 krad", Dimension.DOSE)).isCloseTo(150.0, within(150.0 * RELATIVE_TOLERANCE));
        assertThat(Units.parse("1 rad", Dimension.ANGLE)).isEqualTo(1.0);
        assertThat(kindOf("15 deg", Dimension.DOSE)).isEqualTo(UnitException.Kind.WRONG_DIMENSION);
        assertThat(kindOf("1 Gy", Dimension.ANGLE)).isEqualTo(UnitException.Kind.WRONG_DIMENSION);
    }

    @Test
    void plainNumbersAreAcceptedOnlyForFractions() throws UnitException {
        assertThat(Units.parse("0.3", Dimension.DIMENSIONLESS)).isEqualTo(0.3);
        assertThat(Units.parse("30 %", Dimension.DIMENSIONLESS)).isCloseTo(0.3, within(0.3 * RELATIVE_TOLERANCE));
        assertThat(kindOf("650", Dimension.LENGTH)).isEqualTo(UnitException.Kind.MISSING_UNIT);
        assertThat(kindOf("30 %", Dimension.LENGTH)).isEqualTo(UnitException.Kind.WRONG_DIMENSION);
    }

    @ParameterizedTest(name = "''{0}'' as {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            abc km        | LENGTH          | NOT_A_NUMBER
            high km       | LENGTH          | NOT_A_NUMBER
            km            | LENGTH          | NOT_A_NUMBER
            ''            | LENGTH          | NOT_A_NUMBER
            - 5 km        | LENGTH          | NOT_A_NUMBER
            nanometres    | LENGTH          | NOT_A_NUMBER
            NaN km        | LENGTH          | NOT_FINITE
            .nan          | LENGTH          | NOT_FINITE
            .NaN          | DIMENSIONLESS   | NOT_FINITE
            nan           | DIMENSIONLESS   | NOT_FINITE
            inf           | LENGTH          | NOT_FINITE
            .inf          | LENGTH          | NOT_FINITE
            -.inf km      | LENGTH          | NOT_FINITE
            Infinity km   | LENGTH          | NOT_FINITE
            1e400 km      | LENGTH          | NOT_FINITE
            1e306 km      | LENGTH          | NOT_FINITE
            650           | LENGTH          | MISSING_UNIT
            5             | DURATION        | MISSING_UNIT
            20            | TEMPERATURE     | MISSING_UNIT
            650 furlongs  | LENGTH          | UNKNOWN_UNIT
            650 KM        | LENGTH          | UNKNOWN_UNIT
            20 degK       | TEMPERATURE     | UNKNOWN_UNIT
            5 USD/        | MONEY_PER_MASS  | UNKNOWN_UNIT
            5 /kg         | MONEY_PER_MASS  | UNKNOWN_UNIT
            5 USD//kg     | MONEY_PER_MASS  | UNKNOWN_UNIT
            5 m^          | AREA            | UNKNOWN_UNIT
            650 kg        | LENGTH          | WRONG_DIMENSION
            20 degC       | LENGTH          | WRONG_DIMENSION
            97.9 deg      | DIMENSIONLESS   | WRONG_DIMENSION
            5 km          | DIMENSIONLESS   | WRONG_DIMENSION
            28 kW         | MONEY           | WRONG_DIMENSION
            28 kW         | ENERGY          | WRONG_DIMENSION
            200 USD       | MONEY_PER_MASS  | WRONG_DIMENSION
            1 GB          | DATA_RATE       | WRONG_DIMENSION
            15 deg        | DOSE            | WRONG_DIMENSION
            """)
    void rejectsWithTheRuleBroken(String text, String dimension, UnitException.Kind expected) throws Exception {
        Dimension d = (Dimension) Dimension.class.getField(dimension).get(null);

        UnitException e = catchThrowableOfType(UnitException.class, () -> Units.parse(text, d));

        assertThat(e).as("'%s' as %s", text, dimension).isNotNull();
        assertThat(e.kind()).isEqualTo(expected);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void messagesNameTheOffendingUnit() {
        assertThatThrownBy(() -> Units.parse("650 furlongs", Dimension.LENGTH)).hasMessageContaining("furlongs");
        assertThatThrownBy(() -> Units.parse("650 kg", Dimension.LENGTH)).hasMessageContaining("kg")
                .hasMessageContaining("length");
        assertThatThrownBy(() -> Units.parse("5 USD/", Dimension.MONEY_PER_MASS)).hasMessageContaining("USD/");
    }

    @Test
    void knowsWhichUnitsExist() {
        assertThat(Units.isKnownUnit("km")).isTrue();
        assertThat(Units.isKnownUnit("MUSD/MW")).isTrue();
        assertThat(Units.isKnownUnit("W/m^2")).isTrue();
        assertThat(Units.isKnownUnit("furlongs")).isFalse();
        assertThat(Units.isKnownUnit("USD/")).isFalse();
    }

    @Test
    void expectationTextCarriesTheExample() {
        assertThat(Units.expectation(Dimension.LENGTH)).contains("650 km");
        assertThat(Units.expectation(Dimension.DIMENSIONLESS)).contains("30 %");
    }

    // ---------------------------------------------------------------- properties

    /** Metres per unit, from the unit definitions. */
    private static final Map<String, Double> METRES_PER_UNIT = Map.of(
            "m", 1.0, "km", 1000.0, "mm", 1e-3, "Mm", 1e6, "ft", 0.3048, "nmi", 1852.0);

    @Property(tries = 400)
    void kilometresAreAThousandMetres(@ForAll double x) throws UnitException {
        Assume.that(Double.isFinite(x));
        double expected = x * 1000.0;
        if (!Double.isFinite(expected)) {
            // Beyond about 1.8e305 km the value in metres overflows a double.
            assertThat(kindOf(x + " km", Dimension.LENGTH)).isEqualTo(UnitException.Kind.NOT_FINITE);
            return;
        }
        assertThat(Units.parse(x + " km", Dimension.LENGTH))
                .isCloseTo(expected, within(Math.abs(expected) * RELATIVE_TOLERANCE));
    }

    @Property(tries = 400)
    void lengthsScaleByTheirUnitFactor(@ForAll("lengthUnits") String unit,
                                       @ForAll("moderateDoubles") double x) throws UnitException {
        double expected = x * METRES_PER_UNIT.get(unit);

        assertThat(Units.parse(x + " " + unit, Dimension.LENGTH))
                .isCloseTo(expected, within(Math.abs(expected) * RELATIVE_TOLERANCE));
    }

    @Provide
    Arbitrary<String> lengthUnits() {
        return Arbitraries.of(METRES_PER_UNIT.keySet());
    }

    @Provide
    Arbitrary<Double> moderateDoubles() {
        return Arbitraries.doubles().between(-1e12, 1e12);
    }

    private static UnitException.Kind kindOf(String text, Dimension d) {
        UnitException e = catchThrowableOfType(UnitException.class, () -> Units.parse(text, d));
        assertThat(e).as("'%s' as %s should be rejected", text, d).isNotNull();
        return e.kind();
    }
}
