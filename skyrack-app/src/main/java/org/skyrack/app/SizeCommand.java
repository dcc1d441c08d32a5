package org.skyrack.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyrack.orbit.SunSynchronous;
import org.skyrack.power.Sizing;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.units.Dimension;
import org.skyrack.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code skyrack size}: the array, battery and radiator one satellite needs for a compute power
 * on an orbit, for the worst day of the year ({@link Sizing}). Options take values with units;
 * every default names its source in {@code --help}.
 */
@Command(name = "size", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Solar array, battery and radiator for a compute power on an orbit, for the longest eclipse of a year.",
        description = {"Propagates one satellite of the orbit for the calendar year, takes its longest eclipse "
                + "(penumbra edge to edge) and sizes for that orbit: the battery carries the whole load through the "
                + "eclipse within its depth of discharge; the end-of-life array at aphelion carries the load and "
                + "refills the battery in the sunlit rest of the orbit; the radiator rejects the whole load at its "
                + "maximum temperature in the hot case (perihelion Sun on one face, sub-solar albedo, Earth infrared). "
                + "Masses are array, battery and radiator only. An orbit with no eclipse gets no battery.",
            "",
            "Values take units (10kW, '650 km', '5 yr', '160 Wh/kg', '85 degC'); fractions are plain or in %% "
                + "(0.3 or 30%%)."},
        footer = {"", "Example:",
            "  skyrack size --compute-power 10kW --bus-power 1kW --altitude 650km --ltan 18:00",
            "  skyrack size --compute-power 10kW --altitude 550km --inclination 53deg --format json"})
final class SizeCommand implements Callable<Integer> {

    private static final Pattern TIME_OF_DAY = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$");

    @Spec
    CommandSpec spec;

    @Option(names = "--compute-power", paramLabel = "POWER", required = true,
            description = "Accelerators at full load, e.g. 10kW.")
    String computePower;

    @Option(names = "--bus-power", paramLabel = "POWER", defaultValue = "1 kW",
            description = "Always-on load: avionics, attitude control, heaters, link terminals. Default: ${DEFAULT-VALUE} "
                    + "(assumption).")
    String busPower;

    @Option(names = "--altitude", paramLabel = "LENGTH", defaultValue = "650 km",
            description = "Circular orbit altitude, 200 km to 2000 km. Default: ${DEFAULT-VALUE} (Suncatcher, Google "
                    + "Research 2025).")
    String altitude;

    @Option(names = "--ltan", paramLabel = "HH:MM",
            description = "Sun-synchronous, with this local time of the ascending node. Default when --inclination is "
                    + "not given: 18:00, dawn-dusk (Suncatcher).")
    String ltan;

    @Option(names = "--inclination", paramLabel = "ANGLE",
            description = "Not sun-synchronous: this inclination, e.g. 53deg. Not with --ltan.")
    String inclination;

    @Option(names = "--raan", paramLabel = "ANGLE", defaultValue = "0 deg",
            description = "With --inclination: right ascension of the ascending node at the start of the year. "
                    + "Default: ${DEFAULT-VALUE}.")
    String raan;

    @Option(names = "--year", paramLabel = "YYYY", defaultValue = "2027",
            description = "Calendar year (UTC) searched for the longest eclipse. Default: ${DEFAULT-VALUE}.")
    int year;

    @Option(names = "--design-life", paramLabel = "DURATION", defaultValue = "5 yr",
            description = "Design life over which the array degrades. Default: ${DEFAULT-VALUE} (Saft VES180: 5 LEO "
                    + "years at 30%% DoD, ESA ARTES).")
    String designLife;

    @Option(names = "--cell-efficiency", paramLabel = "FRACTION", defaultValue = "30%",
            description = "Cell efficiency at beginning of life (AM0, 28 degC). Default: ${DEFAULT-VALUE} (Spectrolab "
                    + "XTJ 29.8%%, Fetzer et al.).")
    String cellEfficiency;

    @Option(names = "--packing-factor", paramLabel = "FRACTION", defaultValue = "90%",
            description = "Fraction of the array covered by cells. Default: ${DEFAULT-VALUE} (assumption).")
    String packingFactor;

    @Option(names = "--degradation", paramLabel = "RATE", defaultValue = "1 %/yr",
            description = "Array power loss per year, compounding. Default: ${DEFAULT-VALUE} (GaAs 0.44-1.03 %%/yr, "
                    + "Lohmeyer et al. 2018).")
    String degradation;

    @Option(names = "--temperature-coefficient", paramLabel = "PER_K", defaultValue = "-0.2 %/K",
            description = "Array power change per kelvin above 28 degC. Default: ${DEFAULT-VALUE} (assumption).")
    String temperatureCoefficient;

    @Option(names = "--array-temperature", paramLabel = "TEMPERATURE", defaultValue = "28 degC",
            description = "Cell operating temperature. Default: ${DEFAULT-VALUE} (assumption).")
    String arrayTemperature;

    @Option(names = "--array-specific-power", paramLabel = "W/KG", defaultValue = "100 W/kg",
            description = "Beginning-of-life array output (1 AU) per kg. Default: ${DEFAULT-VALUE} (JPL, Turyshev; "
                    + "flexible blankets ~150 W/kg, Mikulas et al.).")
    String arraySpecificPower;

    @Option(names = "--depth-of-discharge", paramLabel = "FRACTION", defaultValue = "30%",
            description = "Deepest allowed battery discharge. Default: ${DEFAULT-VALUE} (Saft VES180, ESA ARTES).")
    String depthOfDischarge;

    @Option(names = "--charge-efficiency", paramLabel = "FRACTION", defaultValue = "97.5%",
            description = "Fraction of charging power stored. Default: ${DEFAULT-VALUE} (>99%% coulombic, Battery "
                    + "University BU-808c).")
    String chargeEfficiency;

    @Option(names = "--discharge-efficiency", paramLabel = "FRACTION", defaultValue = "97.5%",
            description = "Fraction of drawn energy delivered. Default: ${DEFAULT-VALUE} (as above).")
    String dischargeEfficiency;

    @Option(names = "--battery-specific-energy", paramLabel = "WH/KG", defaultValue = "160 Wh/kg",
            description = "Battery energy per kg (cell level). Default: ${DEFAULT-VALUE} (Saft VES180, ESA ARTES).")
    String batterySpecificEnergy;

    @Option(names = "--radiator-faces", paramLabel = "N", defaultValue = "2",
            description = "Radiating faces, 1 or 2. Default: ${DEFAULT-VALUE}.")
    int radiatorFaces;

    @Option(names = "--emissivity", paramLabel = "FRACTION", defaultValue = "0.92",
            description = "Radiator infrared emissivity. Default: ${DEFAULT-VALUE} (Starcloud white paper 2024).")
    String emissivity;

    @Option(names = "--absorptivity", paramLabel = "FRACTION", defaultValue = "0.09",
            description = "Radiator solar absorptivity. Default: ${DEFAULT-VALUE} (Starcloud white paper 2024).")
    String absorptivity;

    @Option(names = "--earth-view-factor", paramLabel = "FRACTION", defaultValue = "0.25",
            description = "View factor from the radiator to the Earth. Default: ${DEFAULT-VALUE} (Starcloud white "
                    + "paper 2024).")
    String earthViewFactor;

    @Option(names = "--sun-incidence", paramLabel = "FRACTION", defaultValue = "1",
            description = "Cosine of the Sun's incidence on one radiator face in the hot case, 0 edge-on. Default: "
                    + "${DEFAULT-VALUE} (face-on, the worst case, Starcloud white paper 2024).")
    String sunIncidence;

    @Option(names = "--max-temperature", paramLabel = "TEMPERATURE", defaultValue = "85 degC",
            description = "Deck and radiator temperature at full load in the hot case. Default: ${DEFAULT-VALUE} "
                    + "(assumption: a common junction limit; studies use 318-350 K radiators).")
    String maxTemperature;

    @Option(names = "--radiator-areal-density", paramLabel = "KG/M^2", defaultValue = "5 kg/m^2",
            description = "Radiator mass per m^2 of panel. Default: ${DEFAULT-VALUE} (JPL, Turyshev; heat-pipe "
                    + "radiators ~7 kg/m^2, Thermacore).")
    String radiatorArealDensity;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "What to print: a human summary or JSON (snake_case, units in the names).")
    OutputFormat format;

    @Mixin
    CommonOptionsMixin common;

    @Override
    public Integer call() {
        Sizing.Request request = request();
        Sizing.Result result;
        try {
            result = Sizing.size(request, common.options.context());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("skyrack: --max-temperature " + maxTemperature + ": " + e.getMessage()
                    + "; raise it, or lower --absorptivity or --sun-incidence");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.print(ScenarioRunner.toJson(SizingJson.of(result)));
        } else if (!common.options.quiet) {
            printText(result, out);
        }
        out.flush();
        return 0;
    }

    /** Reads and checks every option into a request; throws {@link BadInputException} naming the option. */
    Sizing.Request request() {
        double compute = quantity("--compute-power", computePower, Dimension.POWER);
        requireAbove("--compute-power", computePower, compute, 0, "greater than 0 W");
        double bus = quantity("--bus-power", busPower, Dimension.POWER);
        requireAbove("--bus-power", busPower, bus, -1e-300, "0 W or more");
        double h = quantity("--altitude", altitude, Dimension.LENGTH);
        if (!(h >= Sizing.MIN_ALTITUDE_M && h <= Sizing.MAX_ALTITUDE_M)) {
            throw bad("--altitude", altitude, "an altitude from 200 km to 2000 km");
        }
        if (ltan != null && inclination != null) {
            throw new BadInputException("skyrack: --inclination " + inclination + ": cannot be combined with --ltan "
                    + ltan + " (a sun-synchronous orbit's inclination follows from its altitude); give one");
        }
        ConstellationGroup.ReferenceOrbit orbit;
        if (inclination != null) {
            double i = quantity("--inclination", inclination, Dimension.ANGLE);
            if (!(i >= 0 && i <= Math.PI)) {
                throw bad("--inclination", inclination, "an angle from 0 deg to 180 deg");
            }
            orbit = new ConstellationGroup.CircularReference(h, i, quantity("--raan", raan, Dimension.ANGLE));
        } else {
            orbit = new ConstellationGroup.SsoReference(h, ltan == null ? 18 * 3600.0 : timeOfDay(ltan));
        }
        if (year < 1900 || year > 2200) {
            throw bad("--year", Integer.toString(year), "a year from 1900 to 2200");
        }
        double life = quantity("--design-life", designLife, Dimension.DURATION);
        requireAbove("--design-life", designLife, life, 0, "a duration greater than 0, e.g. 5 yr");

        double degradationPerS = quantity("--degradation", degradation, Dimension.RATE);
        if (!(degradationPerS >= 0 && degradationPerS * Units.YEAR_S < 1)) {
            throw bad("--degradation", degradation, "a loss from 0 %/yr to below 100 %/yr");
        }
        double gamma = quantity("--temperature-coefficient", temperatureCoefficient, Dimension.PER_TEMPERATURE);
        double arrayK = quantity("--array-temperature", arrayTemperature, Dimension.TEMPERATURE);
        requireAbove("--array-temperature", arrayTemperature, arrayK, 0, "a temperature above 0 K");
        if (!(1 + gamma * (arrayK - 301.15) > 0)) {
            throw bad("--temperature-coefficient", temperatureCoefficient,
                    "a coefficient that leaves the array some output at --array-temperature " + arrayTemperature);
        }
        double specificPower = quantity("--array-specific-power", arraySpecificPower, Dimension.SPECIFIC_POWER);
        requireAbove("--array-specific-power", arraySpecificPower, specificPower, 0, "greater than 0 W/kg");
        Sizing.Array array = new Sizing.Array(openFraction("--cell-efficiency", cellEfficiency),
                openFraction("--packing-factor", packingFactor), degradationPerS, gamma, arrayK, specificPower);

        double specificEnergy = quantity("--battery-specific-energy", batterySpecificEnergy, Dimension.SPECIFIC_ENERGY);
        requireAbove("--battery-specific-energy", batterySpecificEnergy, specificEnergy, 0, "greater than 0 Wh/kg");
        Sizing.Battery battery = new Sizing.Battery(openFraction("--depth-of-discharge", depthOfDischarge),
                openFraction("--charge-efficiency", chargeEfficiency),
                openFraction("--discharge-efficiency", dischargeEfficiency), specificEnergy);

        if (radiatorFaces != 1 && radiatorFaces != 2) {
            throw bad("--radiator-faces", Integer.toString(radiatorFaces), "1 or 2");
        }
        double maxK = quantity("--max-temperature", maxTemperature, Dimension.TEMPERATURE);
        requireAbove("--max-temperature", maxTemperature, maxK, 0, "a temperature above 0 K");
        double density = quantity("--radiator-areal-density", radiatorArealDensity, Dimension.AREAL_DENSITY);
        requireAbove("--radiator-areal-density", radiatorArealDensity, density, -1e-300, "0 kg/m^2 or more");
        Sizing.Radiator radiator = new Sizing.Radiator(radiatorFaces, openFraction("--emissivity", emissivity),
                fraction("--absorptivity", absorptivity), fraction("--earth-view-factor", earthViewFactor),
                fraction("--sun-incidence", sunIncidence), maxK, density);
        return new Sizing.Request(compute, bus, orbit, Year.of(year), life, array, battery, radiator);
    }

    private static double quantity(String option, String text, Dimension d) {
        return OptionValues.quantity(option, text, d);
    }

    private static double fraction(String option, String text) {
        double f = quantity(option, text, Dimension.DIMENSIONLESS);
        if (!(f >= 0 && f <= 1)) {
            throw bad(option, text, "a fraction from 0 to 1 (or 0% to 100%)");
        }
        return f;
    }

    private static double openFraction(String option, String text) {
        double f = quantity(option, text, Dimension.DIMENSIONLESS);
        if (!(f > 0 && f <= 1)) {
            throw bad(option, text, "a fraction above 0 and at most 1 (or 100%)");
        }
        return f;
    }

    private static void requireAbove(String option, String text, double value, double floor, String expected) {
        if (!(value > floor)) {
            throw bad(option, text, expected);
        }
    }

    private static BadInputException bad(String option, String text, String expected) {
        return new BadInputException("skyrack: " + option + ": out of range (got '" + text + "'; expected " + expected + ")");
    }

    /** Seconds after midnight of HH:MM[:SS]. */
    static double timeOfDay(String text) {
        Matcher m = TIME_OF_DAY.matcher(text.strip());
        if (m.matches()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            int s = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (h < 24 && min < 60 && s < 60) {
                return h * 3600.0 + min * 60.0 + s;
            }
        }
        throw new BadInputException("skyrack: --ltan: not a time of day (got '" + text + "'; expected HH:MM from 00:00 "
                + "to 23:59, e.g. 18:00 for dawn-dusk)");
    }

    private static void printText(Sizing.Result r, PrintWriter out) {
        Sizing.Request q = r.request();
        out.printf(Locale.ROOT, "Load              %.3f kW accelerators + %.3f kW bus = %.3f kW%n",
                q.acceleratorPowerW() / 1e3, q.busPowerW() / 1e3, r.loadW() / 1e3);
        out.printf(Locale.ROOT, "Orbit             %s, year %d%n", describe(q.orbit()), q.year().getValue());
        if (r.worstEclipse().isPresent()) {
            Sizing.WorstEclipse e = r.worstEclipse().get();
            out.printf(Locale.ROOT, "Worst eclipse     %s, %.2f min in a %.2f min orbit (longest of %d eclipses)%n",
                    utc(e.start()), e.durationS() / 60, e.orbitPeriodS() / 60, r.survey().eclipses());
        } else {
            out.printf(Locale.ROOT, "Worst eclipse     none in %d: no battery sized (launch and safe mode still need one)%n",
                    q.year().getValue());
        }
        out.printf(Locale.ROOT, "Solar array       %.2f m^2, %.3f kW new at 1 AU, %.3f kW after %.1f yr at %.1f W/m^2 "
                        + "(aphelion); %.1f kg at %.0f W/kg%n",
                r.arrayAreaM2(), r.arrayBolPowerW() / 1e3, r.arrayEolPowerW() / 1e3, q.designLifeS() / Units.YEAR_S,
                r.survey().minIrradianceWPerM2(), r.arrayMassKg(), q.array().specificPowerWPerKg());
        out.printf(Locale.ROOT, "Battery           %.3f kWh, %.0f%% depth of discharge through the eclipse; %.1f kg at "
                        + "%.0f Wh/kg%n",
                r.batteryCapacityJ() / Units.WH_J / 1e3, 100 * q.battery().maxDepthOfDischarge(), r.batteryMassKg(),
                q.battery().specificEnergyJPerKg() / Units.WH_J);
        out.printf(Locale.ROOT, "Radiator          %.2f m^2 (%d face%s at %.2f degC, %.1f W/m^2 net in the hot case "
                        + "at %.1f W/m^2); %.1f kg at %.1f kg/m^2%n",
                r.radiatorAreaM2(), q.radiator().faces(), q.radiator().faces() == 1 ? "" : "s",
                q.radiator().maxTemperatureK() - 273.15, r.radiatorNetFluxWPerM2(), r.survey().maxIrradianceWPerM2(),
                r.radiatorMassKg(), q.radiator().arealDensityKgPerM2());
        out.printf(Locale.ROOT, "Mass              %.1f kg: array + battery + radiator (bus, structure and accelerators "
                + "not included)%n", r.totalMassKg());
    }

    static String describe(ConstellationGroup.ReferenceOrbit o) {
        if (o instanceof ConstellationGroup.SsoReference s) {
            long t = Math.round(s.ltanS());
            return String.format(Locale.ROOT, "%.1f km sun-synchronous, LTAN %02d:%02d, inclination %.2f deg",
                    s.altitudeM() / 1e3, t / 3600, (t % 3600) / 60, Math.toDegrees(SunSynchronous.inclinationRad(s.altitudeM())));
        }
        ConstellationGroup.CircularReference c = (ConstellationGroup.CircularReference) o;
        return String.format(Locale.ROOT, "%.1f km circular, inclination %.2f deg, RAAN %.2f deg", c.altitudeM() / 1e3,
                Math.toDegrees(c.inclinationRad()), Math.toDegrees(c.raanRad()));
    }

    static String utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
