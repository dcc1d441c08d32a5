package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyrack.power.Sizing;
import org.skyrack.units.Units;
import picocli.CommandLine;

/** {@code skyrack size} as a user drives it: a good run in text and JSON, defaults, and bad input. */
class SizeCommandTest {

    /** Printed figures against the core's, relative (JSON carries full doubles). */
    private static final double JSON_TOLERANCE_FRACTION = 1e-12;
    /** A default written with units (30%, 85 degC) against the core's constant: decimal rounding only. */
    private static final double PARSE_TOLERANCE = 1e-15;

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void helpHasAWorkedExampleAndNamesTheSourcesOfTheDefaults() {
        CliTest.Result r = run("size", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: skyrack size").contains("Example:").contains("skyrack size --compute-power")
                .contains("100 W/kg").contains("Turyshev").contains("160 Wh/kg").contains("Saft VES180")
                .contains("5 kg/m^2").contains("85 degC");
        assertThat(run("--help").out()).contains("size");
    }

    @Test
    void dawnDuskTextRunReportsEverySubsystem() {
        CliTest.Result r = run("size", "--compute-power", "10kW", "--bus-power", "1kW", "--altitude", "650km",
                "--ltan", "18:00", "--year", "2027");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("11.000 kW").contains("650.0 km sun-synchronous, LTAN 18:00")
                .contains("Worst eclipse     2027-0").contains("Solar array").contains("Battery").contains("Radiator")
                .contains("Mass");
    }

    @Test
    void jsonHasSnakeCaseNamesWithUnitsAndMatchesTheCore() throws IOException {
        CliTest.Result r = run("size", "--compute-power", "10 kW", "--altitude", "550 km", "--inclination", "53 deg",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/load/load_w").asDouble()).isEqualTo(11_000);
        assertThat(j.at("/orbit/kind").asText()).isEqualTo("circular");
        assertThat(j.at("/orbit/inclination_deg").asDouble()).isCloseTo(53, within(1e-9));
        assertThat(j.at("/worst_eclipse/duration_s").asDouble() / 60).isBetween(34.0, 37.0);
        assertThat(j.at("/worst_eclipse/start_utc").asText()).startsWith("2027-");
        for (String field : List.of("/array/area_m2", "/array/eol_power_w", "/array/mass_kg", "/battery/capacity_j",
                "/battery/capacity_wh", "/battery/mass_kg", "/radiator/area_m2", "/radiator/mass_kg", "/total_mass_kg")) {
            assertThat(j.at(field).asDouble()).as(field).isPositive();
        }
        // Defaults reach the core: battery mass = capacity / 160 Wh/kg, array mass = BOL / 100 W/kg.
        assertThat(j.at("/battery/mass_kg").asDouble()).isCloseTo(j.at("/battery/capacity_wh").asDouble() / 160,
                within(j.at("/battery/mass_kg").asDouble() * JSON_TOLERANCE_FRACTION));
        assertThat(j.at("/array/mass_kg").asDouble()).isCloseTo(j.at("/array/bol_power_w").asDouble() / 100,
                within(j.at("/array/mass_kg").asDouble() * JSON_TOLERANCE_FRACTION));
        assertThat(j.at("/total_mass_kg").asDouble()).isCloseTo(j.at("/array/mass_kg").asDouble()
                + j.at("/battery/mass_kg").asDouble() + j.at("/radiator/mass_kg").asDouble(), within(1e-9));
    }

    @Test
    void optionDefaultsAreTheCoreDefaults() throws Exception {
        SizeCommand c = new SizeCommand();
        new CommandLine(c).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--compute-power", "10kW");
        Sizing.Request q = c.request();
        Sizing.Array a = Sizing.Array.defaults();
        assertThat(q.array().efficiency()).isCloseTo(a.efficiency(), within(PARSE_TOLERANCE));
        assertThat(q.array().packingFactor()).isCloseTo(a.packingFactor(), within(PARSE_TOLERANCE));
        assertThat(q.array().degradationPerS() * Units.YEAR_S).isCloseTo(a.degradationPerS() * Units.YEAR_S,
                within(PARSE_TOLERANCE));
        assertThat(q.array().temperatureCoefficientPerK()).isCloseTo(a.temperatureCoefficientPerK(), within(PARSE_TOLERANCE));
        assertThat(q.array().operatingTemperatureK()).isCloseTo(a.operatingTemperatureK(), within(PARSE_TOLERANCE * 300));
        assertThat(q.array().specificPowerWPerKg()).isEqualTo(a.specificPowerWPerKg());
        Sizing.Battery b = Sizing.Battery.defaults();
        assertThat(q.battery().maxDepthOfDischarge()).isCloseTo(b.maxDepthOfDischarge(), within(PARSE_TOLERANCE));
        assertThat(q.battery().chargeEfficiency()).isCloseTo(b.chargeEfficiency(), within(PARSE_TOLERANCE));
        assertThat(q.battery().dischargeEfficiency()).isCloseTo(b.dischargeEfficiency(), within(PARSE_TOLERANCE));
        assertThat(q.battery().specificEnergyJPerKg()).isEqualTo(b.specificEnergyJPerKg());
        Sizing.Radiator r = Sizing.Radiator.defaults();
        assertThat(q.radiator().faces()).isEqualTo(r.faces());
        assertThat(q.radiator().emissivity()).isEqualTo(r.emissivity());
        assertThat(q.radiator().absorptivity()).isEqualTo(r.absorptivity());
        assertThat(q.radiator().earthViewFactor()).isEqualTo(r.earthViewFactor());
        assertThat(q.radiator().sunIncidenceCosine()).isEqualTo(r.sunIncidenceCosine());
        assertThat(q.radiator().maxTemperatureK()).isCloseTo(r.maxTemperatureK(), within(PARSE_TOLERANCE * 300));
        assertThat(q.radiator().arealDensityKgPerM2()).isEqualTo(r.arealDensityKgPerM2());
        assertThat(q.designLifeS()).isEqualTo(5 * Units.YEAR_S);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--compute-power | 10 kQ    | unknown unit",
        "--compute-power | -5 kW    | greater than 0 W",
        "--compute-power | 10 km    | a power with a unit",
        "--altitude      | 50 km    | from 200 km to 2000 km",
        "--altitude      | 650      | a length with a unit",
        "--depth-of-discharge | 130% | fraction",
        "--ltan          | 25:00    | HH:MM",
        "--battery-specific-energy | 160 W/kg | specific energy",
        "--radiator-faces | 3       | 1 or 2",
    })
    void badInputIsOneLineNamingOptionValueAndExpectation(String option, String value, String expected) {
        CliTest.Result r = option.equals("--compute-power") ? run("size", option, value)
                : run("size", "--compute-power", "10kW", option, value);
        assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains(option).contains(value.strip()).contains(expected)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void ltanAndInclinationTogetherAreBadInput() {
        CliTest.Result r = run("size", "--compute-power", "10kW", "--ltan", "18:00", "--inclination", "53deg");
        assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--inclination 53deg").contains("--ltan 18:00");
    }

    @Test
    void aRadiatorThatCannotRejectHeatIsBadInput() {
        CliTest.Result r = run("size", "--compute-power", "10kW", "--max-temperature", "-100 degC",
                "--absorptivity", "1", "--earth-view-factor", "1");
        assertThat(r.code()).isEqualTo(ErrorHandler.BAD_INPUT);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("--max-temperature -100 degC");
    }
}
