package org.skyrack.power;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.EventSink;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.MeeusSun;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;
import org.skyrack.thermal.DeckThermalModel;
import org.skyrack.thermal.ThermalEnvironment;
import org.skyrack.units.Units;

/**
 * First-cut sizing of one satellite's power and thermal subsystems for a target compute power
 * and an orbit: solar array area, battery capacity, radiator area and their masses, for the
 * worst day of a year (the longest eclipse), not an average. SI units throughout: W, J, m², kg,
 * s, K.
 *
 * <p>The worst day comes from propagating one satellite of the orbit through the calendar year
 * (SGP4, built as a scenario's satellites are, with the conical shadow of the WGS84 Earth of
 * {@link GeometryJobs}): the longest penumbra interval, edge to edge, is the worst eclipse
 * T<sub>e</sub>, and the time from its start to the start of the next (or previous) eclipse is
 * the orbit period T. With the load P = accelerators at full power + always-on bus, and the
 * efficiencies η<sub>c</sub> (charge) and η<sub>d</sub> (discharge) of {@link BatteryModel}:
 * <ul>
 * <li><b>Battery</b>: it carries the whole load through the whole penumbra (counted as dark, a
 *     few seconds' margin each side) within the allowed depth of discharge D:
 *     C = P·T<sub>e</sub> / (η<sub>d</sub>·D).</li>
 * <li><b>Array</b>: at end of life it carries the load in sunlight and puts back, in the
 *     sunlit time T − T<sub>e</sub> of the same orbit, what the eclipse took from the store:
 *     A<sub>EOL</sub> = P·(1 + T<sub>e</sub> / (η<sub>c</sub>·η<sub>d</sub>·(T − T<sub>e</sub>))).
 *     Both needs grow with T<sub>e</sub>, so the longest eclipse is the worst orbit for both.
 *     The array output is that of {@link SolarArrayModel} (Sun-tracking, normal incidence) at
 *     the lowest irradiance of the year (aphelion, ~1316 W/m²), at the operating temperature,
 *     after the yearly degradation has compounded over the design life:
 *     area = A<sub>EOL</sub> / (packing·efficiency·S<sub>min</sub>·(1 + γ·(T<sub>op</sub> − 28 °C))·(1 − d)<sup>life</sup>).
 *     Its beginning-of-life output is the same area at 1 AU, new.</li>
 * <li><b>Radiator</b>: it rejects the whole load at the deck's maximum temperature in the hot
 *     case: the year's highest irradiance (perihelion, ~1408 W/m²) on one face at the given
 *     incidence, the sub-solar albedo (K = 1) and the mean Earth infrared, through
 *     {@link DeckThermalModel#netRejectedFluxWPerM2}: area = P / q<sub>net</sub>. All
 *     electrical load ends as heat in the deck, as in the energy integration.</li>
 * <li><b>Masses</b>: array = beginning-of-life output / specific power; battery = capacity /
 *     specific energy (cell level: no packaging, harness or charge electronics); radiator =
 *     panel area (one face) × areal density. The total is these three only: the bus, structure
 *     and accelerators are not estimated.</li>
 * </ul>
 * Battery charge and discharge power limits are not sized: the sizing assumes the battery can
 * take any surplus and deliver the whole load (a C-rate of P/C, about 1C for a 30 % DoD and a
 * 20-minute eclipse).
 *
 * <p><b>No eclipse</b>: an orbit that stays in sunlight all year (a high dawn–dusk orbit) gets a
 * battery of zero capacity and an array that carries just the load; {@link Result#worstEclipse()}
 * is empty to say so. A real satellite still needs a battery for launch, deployment and safe
 * mode; that is not what this sizes.
 *
 * <p>The rules are exact for the models of {@link FleetEnergyRun}: a design built from the
 * result runs the week around its worst eclipse at full compute with no unserved load, and one
 * 5 % smaller in array or battery does not ({@code SizingTest}).
 */
public final class Sizing {

    /** Lowest altitude sized, m: below it drag shortens life to weeks. */
    public static final double MIN_ALTITUDE_M = 200e3;
    /** Highest altitude sized, m: the top of LEO. */
    public static final double MAX_ALTITUDE_M = 2_000e3;
    /** A neighbouring eclipse farther than this many Keplerian periods is not the next orbit's. */
    static final double NEIGHBOUR_PERIOD_FACTOR = 1.5;

    private Sizing() {
    }

    /**
     * What to size for.
     *
     * @param acceleratorPowerW  accelerators at full load, W (&gt; 0)
     * @param busPowerW          always-on load (avionics, attitude control, heaters, terminals), W (≥ 0)
     * @param orbit              circular orbit: sun-synchronous by local time of the ascending node, or by
     *                           inclination and node
     * @param year               calendar year (UTC) searched for the worst eclipse; the orbit is set up at its start
     * @param designLifeS        design life over which the array degrades, s (&gt; 0)
     * @param array              solar array parameters
     * @param battery            battery parameters
     * @param radiator           radiator parameters
     */
    public record Request(double acceleratorPowerW, double busPowerW, ConstellationGroup.ReferenceOrbit orbit, Year year,
                          double designLifeS, Array array, Battery battery, Radiator radiator) {
        public Request {
            positive("acceleratorPowerW", acceleratorPowerW, "W");
            nonNegative("busPowerW", busPowerW, "W");
            Objects.requireNonNull(orbit, "orbit");
            Objects.requireNonNull(year, "year");
            positive("designLifeS", designLifeS, "s");
            Objects.requireNonNull(array, "array");
            Objects.requireNonNull(battery, "battery");
            Objects.requireNonNull(radiator, "radiator");
            double h = orbit.altitudeM();
            if (!(h >= MIN_ALTITUDE_M && h <= MAX_ALTITUDE_M)) {
                throw new IllegalArgumentException("altitudeM must be in [" + MIN_ALTITUDE_M + ", " + MAX_ALTITUDE_M
                        + "] m, got " + h);
            }
            if (orbit instanceof ConstellationGroup.SsoReference s && !(s.ltanS() >= 0 && s.ltanS() < 86_400)) {
                throw new IllegalArgumentException("ltanS must be in [0, 86400) s, got " + s.ltanS());
            }
            if (orbit instanceof ConstellationGroup.CircularReference c
                    && !(c.inclinationRad() >= 0 && c.inclinationRad() <= Math.PI)) {
                throw new IllegalArgumentException("inclinationRad must be in [0, π] rad, got " + c.inclinationRad());
            }
            if (!(orbit instanceof ConstellationGroup.SsoReference || orbit instanceof ConstellationGroup.CircularReference)) {
                throw new IllegalArgumentException("orbit must be sun-synchronous or circular, got " + orbit);
            }
        }

        /** The always-on load plus the accelerators at full power, W. */
        public double loadW() {
            return acceleratorPowerW + busPowerW;
        }

        /** This request with another array. */
        public Request withArray(Array a) {
            return new Request(acceleratorPowerW, busPowerW, orbit, year, designLifeS, a, battery, radiator);
        }

        /** This request with another battery. */
        public Request withBattery(Battery b) {
            return new Request(acceleratorPowerW, busPowerW, orbit, year, designLifeS, array, b, radiator);
        }

        /** This request with another radiator. */
        public Request withRadiator(Radiator r) {
            return new Request(acceleratorPowerW, busPowerW, orbit, year, designLifeS, array, battery, r);
        }
    }

    /**
     * Solar array parameters.
     *
     * @param efficiency                  cell efficiency at beginning of life (AM0, 28 °C), fraction
     * @param packingFactor               fraction of the array area covered by cells
     * @param degradationPerS             fractional power loss per second (usually given per year), 1/s
     * @param temperatureCoefficientPerK  fractional power change per kelvin above 28 °C, 1/K
     * @param operatingTemperatureK       cell operating temperature, K
     * @param specificPowerWPerKg         beginning-of-life output (1 AU) per kilogram of array, W/kg
     */
    public record Array(double efficiency, double packingFactor, double degradationPerS,
                        double temperatureCoefficientPerK, double operatingTemperatureK, double specificPowerWPerKg) {

        /** Cell efficiency, 0.30: the scenario default, close to Spectrolab XTJ's 29.8 % BOL average (Fetzer et al., IEEE PVSC). */
        public static final double DEFAULT_EFFICIENCY = 0.30;
        /** Packing factor, 0.90: the scenario default (assumption). */
        public static final double DEFAULT_PACKING_FACTOR = 0.90;
        /** Degradation, 1 %/yr: the scenario default, the top of GaAs's 0.44–1.03 %/yr in GEO telemetry (Lohmeyer et al. 2018). */
        public static final double DEFAULT_DEGRADATION_PER_S = 0.01 / Units.YEAR_S;
        /** Temperature coefficient, −0.2 %/K: the scenario default (assumption). */
        public static final double DEFAULT_TEMPERATURE_COEFFICIENT_PER_K = -0.002;
        /** Operating temperature, 28 °C: the scenario default, the rating temperature (assumption). */
        public static final double DEFAULT_OPERATING_TEMPERATURE_K = SolarArrayModel.RATING_TEMPERATURE_K;
        /** Specific power, 100 W/kg: the JPL orbital data-centre study's PV input (Turyshev, doi 10.48577/jpl.HHDDG7). */
        public static final double DEFAULT_SPECIFIC_POWER_W_PER_KG = 100;

        public Array {
            openFraction("efficiency", efficiency);
            openFraction("packingFactor", packingFactor);
            if (!(degradationPerS >= 0 && degradationPerS * Units.YEAR_S < 1)) {
                throw new IllegalArgumentException("degradationPerS must be in [0, 1/yr) 1/s, got " + degradationPerS);
            }
            finite("temperatureCoefficientPerK", temperatureCoefficientPerK, "1/K");
            positive("operatingTemperatureK", operatingTemperatureK, "K");
            if (!(temperatureFactor(temperatureCoefficientPerK, operatingTemperatureK) > 0)) {
                throw new IllegalArgumentException("temperatureCoefficientPerK " + temperatureCoefficientPerK
                        + " 1/K at operatingTemperatureK " + operatingTemperatureK + " K leaves no array output");
            }
            positive("specificPowerWPerKg", specificPowerWPerKg, "W/kg");
        }

        /** The defaults, each from the source named on its constant. */
        public static Array defaults() {
            return new Array(DEFAULT_EFFICIENCY, DEFAULT_PACKING_FACTOR, DEFAULT_DEGRADATION_PER_S,
                    DEFAULT_TEMPERATURE_COEFFICIENT_PER_K, DEFAULT_OPERATING_TEMPERATURE_K,
                    DEFAULT_SPECIFIC_POWER_W_PER_KG);
        }

        /** Output at the operating temperature relative to 28 °C, fraction. */
        public double temperatureFactor() {
            return temperatureFactor(temperatureCoefficientPerK, operatingTemperatureK);
        }

        private static double temperatureFactor(double gamma, double temperatureK) {
            return 1 + gamma * (temperatureK - SolarArrayModel.RATING_TEMPERATURE_K);
        }
    }

    /**
     * Battery parameters.
     *
     * @param maxDepthOfDischarge   deepest allowed discharge, fraction of capacity (&gt; 0)
     * @param chargeEfficiency      fraction of charging power stored
     * @param dischargeEfficiency   fraction of drawn energy delivered
     * @param specificEnergyJPerKg  nameplate energy per kilogram of battery, J/kg
     */
    public record Battery(double maxDepthOfDischarge, double chargeEfficiency, double dischargeEfficiency,
                          double specificEnergyJPerKg) {

        /** Depth of discharge, 30 %: Saft VES180, 5 LEO years with &lt;20 % fade (ESA ARTES). */
        public static final double DEFAULT_MAX_DEPTH_OF_DISCHARGE = 0.30;
        /** One-way efficiency, 0.975 each way (~95 % round trip from &gt;99 % coulombic, Battery University BU-808c). */
        public static final double DEFAULT_EFFICIENCY = 0.975;
        /** Specific energy, 160 Wh/kg: Saft VES180 cell (ESA ARTES). */
        public static final double DEFAULT_SPECIFIC_ENERGY_J_PER_KG = 160 * Units.WH_J;

        public Battery {
            openFraction("maxDepthOfDischarge", maxDepthOfDischarge);
            openFraction("chargeEfficiency", chargeEfficiency);
            openFraction("dischargeEfficiency", dischargeEfficiency);
            positive("specificEnergyJPerKg", specificEnergyJPerKg, "J/kg");
        }

        /** The defaults, each from the source named on its constant. */
        public static Battery defaults() {
            return new Battery(DEFAULT_MAX_DEPTH_OF_DISCHARGE, DEFAULT_EFFICIENCY, DEFAULT_EFFICIENCY,
                    DEFAULT_SPECIFIC_ENERGY_J_PER_KG);
        }
    }

    /**
     * Radiator parameters (see {@link DeckThermalModel}).
     *
     * @param faces                 radiating faces, 1 or 2
     * @param emissivity            infrared emissivity, fraction (&gt; 0)
     * @param absorptivity          solar absorptivity, fraction
     * @param earthViewFactor       view factor from the radiator to the Earth, fraction
     * @param sunIncidenceCosine    cosine of the Sun's incidence on the sunlit face, fraction (0 edge-on)
     * @param maxTemperatureK       deck temperature the radiator must hold at full load, K
     * @param arealDensityKgPerM2   mass per square metre of panel (one face), kg/m²
     */
    public record Radiator(int faces, double emissivity, double absorptivity, double earthViewFactor,
                           double sunIncidenceCosine, double maxTemperatureK, double arealDensityKgPerM2) {

        /** Two radiating faces: the scenario default. */
        public static final int DEFAULT_FACES = 2;
        /** Emissivity 0.92 (Starcloud white paper v1.03, 2024; the scenario default). */
        public static final double DEFAULT_EMISSIVITY = 0.92;
        /** Absorptivity 0.09 (Starcloud white paper v1.03, 2024; the scenario default). */
        public static final double DEFAULT_ABSORPTIVITY = 0.09;
        /** Earth view factor 0.25 (Starcloud white paper v1.03, 2024; the scenario default). */
        public static final double DEFAULT_EARTH_VIEW_FACTOR = 0.25;
        /** Sun incidence 1, one face in full Sun (Starcloud white paper v1.03, 2024: the worst case). */
        public static final double DEFAULT_SUN_INCIDENCE_COSINE = 1;
        /** Maximum deck temperature 85 °C: the scenario default (assumption; 85 °C is a common junction limit). */
        public static final double DEFAULT_MAX_TEMPERATURE_K = 358.15;
        /** Areal density 5 kg/m²: the JPL orbital data-centre study's radiator (Turyshev, doi 10.48577/jpl.HHDDG7). */
        public static final double DEFAULT_AREAL_DENSITY_KG_PER_M2 = 5;

        public Radiator {
            if (faces != 1 && faces != 2) {
                throw new IllegalArgumentException("faces must be 1 or 2, got " + faces);
            }
            openFraction("emissivity", emissivity);
            fraction("absorptivity", absorptivity);
            fraction("earthViewFactor", earthViewFactor);
            fraction("sunIncidenceCosine", sunIncidenceCosine);
            positive("maxTemperatureK", maxTemperatureK, "K");
            nonNegative("arealDensityKgPerM2", arealDensityKgPerM2, "kg/m²");
        }

        /** The defaults, each from the source named on its constant. */
        public static Radiator defaults() {
            return new Radiator(DEFAULT_FACES, DEFAULT_EMISSIVITY, DEFAULT_ABSORPTIVITY, DEFAULT_EARTH_VIEW_FACTOR,
                    DEFAULT_SUN_INCIDENCE_COSINE, DEFAULT_MAX_TEMPERATURE_K, DEFAULT_AREAL_DENSITY_KG_PER_M2);
        }
    }

    /**
     * The eclipse sized for.
     *
     * @param start         start of the penumbra, UTC
     * @param startS        the same, s from the start of the year searched
     * @param durationS     penumbra edge to edge, s
     * @param orbitPeriodS  start of this eclipse to the start of the next (or previous), s
     */
    public record WorstEclipse(Instant start, double startS, double durationS, double orbitPeriodS) {
        public WorstEclipse {
            Objects.requireNonNull(start, "start");
            positive("durationS", durationS, "s");
            if (!(orbitPeriodS > durationS)) {
                throw new IllegalArgumentException("orbitPeriodS " + orbitPeriodS + " s must exceed durationS "
                        + durationS + " s");
            }
        }

        /** Sunlit part of the orbit, s. */
        public double sunlitS() {
            return orbitPeriodS - durationS;
        }
    }

    /**
     * What a year of the orbit brings: its longest eclipse (empty if none) and the extremes of
     * the solar irradiance.
     *
     * @param worstEclipse          the longest penumbra interval, if any
     * @param eclipses              penumbra intervals found in the year
     * @param minIrradianceWPerM2   lowest solar irradiance of the year (aphelion), W/m²
     * @param maxIrradianceWPerM2   highest solar irradiance of the year (perihelion), W/m²
     */
    public record Survey(Optional<WorstEclipse> worstEclipse, int eclipses, double minIrradianceWPerM2,
                         double maxIrradianceWPerM2) {
        public Survey {
            Objects.requireNonNull(worstEclipse, "worstEclipse");
            positive("minIrradianceWPerM2", minIrradianceWPerM2, "W/m²");
            if (!(maxIrradianceWPerM2 >= minIrradianceWPerM2) || Double.isInfinite(maxIrradianceWPerM2)) {
                throw new IllegalArgumentException("maxIrradianceWPerM2 " + maxIrradianceWPerM2
                        + " W/m² must be finite and >= minIrradianceWPerM2 " + minIrradianceWPerM2 + " W/m²");
            }
        }
    }

    /**
     * The sized design.
     *
     * @param request                  what was sized for
     * @param survey                   the year's worst eclipse and irradiance extremes
     * @param loadW                    accelerators at full power plus the bus, W
     * @param arrayAreaM2              solar array area, m²
     * @param arrayBolPowerW           array output new, at 1 AU, normal incidence, operating temperature, W
     * @param arrayEolPowerW           array output at end of life at the lowest irradiance of the year, W
     * @param arrayRetentionFraction   end-of-life over beginning-of-life output at the same irradiance
     * @param batteryCapacityJ         battery nameplate energy, J
     * @param eclipseEnergyJ           energy the loads take from the battery through the worst eclipse, J
     * @param radiatorAreaM2           radiator panel area (one face), m²
     * @param radiatorNetFluxWPerM2    net rejection per m² of panel at the maximum temperature in the hot case, W/m²
     * @param arrayMassKg              array mass, kg
     * @param batteryMassKg            battery mass, kg
     * @param radiatorMassKg           radiator mass, kg
     */
    public record Result(Request request, Survey survey, double loadW, double arrayAreaM2, double arrayBolPowerW,
                         double arrayEolPowerW, double arrayRetentionFraction, double batteryCapacityJ,
                         double eclipseEnergyJ, double radiatorAreaM2, double radiatorNetFluxWPerM2,
                         double arrayMassKg, double batteryMassKg, double radiatorMassKg) {

        /** The longest eclipse of the year, empty if the orbit never enters shadow. */
        public Optional<WorstEclipse> worstEclipse() {
            return survey.worstEclipse();
        }

        /** Array, battery and radiator, kg (bus, structure and accelerators not included). */
        public double totalMassKg() {
            return arrayMassKg + batteryMassKg + radiatorMassKg;
        }
    }

    /**
     * Sizes a design: surveys the year of its orbit ({@link #survey}) and applies the rules
     * ({@link #size(Request, Survey)}).
     *
     * @param request  what to size for
     * @param fdc      flight-dynamics data (frames, time scales), built once at the edge
     */
    public static Result size(Request request, FlightDynamicsContext fdc) {
        return size(request, survey(request.orbit(), request.year(), fdc));
    }

    /**
     * The sizing rules of the class comment applied to a surveyed year. Pure arithmetic.
     *
     * @throws IllegalArgumentException when the radiator cannot reject heat at its maximum
     *                                  temperature in the hot case
     */
    public static Result size(Request r, Survey survey) {
        double load = r.loadW();
        Battery b = r.battery();
        double eclipseEnergy = 0;
        double recharge = 0;
        if (survey.worstEclipse().isPresent()) {
            WorstEclipse e = survey.worstEclipse().get();
            eclipseEnergy = load * e.durationS();
            recharge = eclipseEnergy / (b.chargeEfficiency() * b.dischargeEfficiency() * e.sunlitS());
        }
        double capacity = eclipseEnergy / (b.dischargeEfficiency() * b.maxDepthOfDischarge());
        double eol = load + recharge;

        Array a = r.array();
        double retention = Math.pow(1 - a.degradationPerS() * Units.YEAR_S, r.designLifeS() / Units.YEAR_S);
        double perM2AtOneAu = a.packingFactor() * a.efficiency() * a.temperatureFactor();
        double area = eol / (perM2AtOneAu * survey.minIrradianceWPerM2() * retention);
        double bol = area * perM2AtOneAu * SolarArrayModel.SOLAR_IRRADIANCE_1AU_W_PER_M2;

        Radiator rad = r.radiator();
        double flux = hotCaseNetFluxWPerM2(rad, survey.maxIrradianceWPerM2());
        if (!(flux > 0)) {
            throw new IllegalArgumentException("radiator cannot reject heat at maxTemperatureK " + rad.maxTemperatureK()
                    + " K in the hot case: it absorbs " + (-flux) + " W/m² more than it emits");
        }
        double radiatorArea = load / flux;
        return new Result(r, survey, load, area, bol, eol, retention, capacity, eclipseEnergy, radiatorArea, flux,
                bol / a.specificPowerWPerKg(), capacity / b.specificEnergyJPerKg(),
                radiatorArea * rad.arealDensityKgPerM2());
    }

    /**
     * Net rejection per square metre of panel at the maximum temperature in the hot case, W/m²:
     * full Sun at {@code irradianceWPerM2} on one face at the radiator's incidence, the sub-solar
     * albedo and the mean Earth infrared of {@link ThermalEnvironment}.
     */
    public static double hotCaseNetFluxWPerM2(Radiator rad, double irradianceWPerM2) {
        DeckThermalModel panel = new DeckThermalModel(1, rad.faces(), rad.emissivity(), rad.absorptivity(),
                rad.emissivity(), rad.earthViewFactor(), 1);
        ThermalEnvironment hot = new ThermalEnvironment(irradianceWPerM2, 1, rad.sunIncidenceCosine(),
                ThermalEnvironment.EARTH_ALBEDO, 1, ThermalEnvironment.EARTH_INFRARED_W_PER_M2);
        return panel.netRejectedFluxWPerM2(rad.maxTemperatureK(), hot);
    }

    /** Start of a calendar year, UTC. */
    public static Instant yearStart(Year year) {
        return year.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Propagates one satellite of the orbit through the calendar year (SGP4 from elements set at
     * the year's start, Meeus Sun, WGS84 conical shadow) and returns its longest penumbra
     * interval and the year's irradiance extremes (Earth–Sun distance sampled hourly).
     *
     * @param orbit  the orbit
     * @param year   calendar year, UTC
     * @param fdc    flight-dynamics data
     */
    public static Survey survey(ConstellationGroup.ReferenceOrbit orbit, Year year, FlightDynamicsContext fdc) {
        AbsoluteDate epoch = new AbsoluteDate(yearStart(year), fdc.utc());
        double spanS = new AbsoluteDate(yearStart(year.plusYears(1)), fdc.utc()).durationFrom(epoch);
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), epoch)
                .build(new Constellation(PropagatorKind.SGP4, List.of(group(orbit))));
        EphemerisSource source = Ephemerides.of(sats, PropagatorKind.SGP4, fdc.dataContext(), epoch);
        EarthSunGrid grid = new EarthSunGrid(fdc.frames(), new MeeusSun(fdc.dataContext())::position, epoch, 0, spanS);

        List<double[]> penumbra = new ArrayList<>();
        new GeometryJobs(source, grid, 1).eclipses(0, spanS, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, new EventSink() {
            @Override
            public void eclipse(int satellite, boolean umbra, double startS, double endS) {
                if (!umbra) {
                    penumbra.add(new double[] {startS, endS});
                }
            }
        });

        double minIrradiance = Double.POSITIVE_INFINITY;
        double maxIrradiance = 0;
        double[] sun = new double[3];
        for (double t = 0; t <= spanS; t += EarthSunGrid.SUN_STEP_S) {
            grid.sunTeme(t, sun, 0);
            double s = ThermalEnvironment.irradianceAt(Math.sqrt(sun[0] * sun[0] + sun[1] * sun[1] + sun[2] * sun[2]));
            minIrradiance = Math.min(minIrradiance, s);
            maxIrradiance = Math.max(maxIrradiance, s);
        }

        Optional<WorstEclipse> worst = Optional.empty();
        int longest = -1;
        for (int i = 0; i < penumbra.size(); i++) {
            double[] p = penumbra.get(i);
            if (longest < 0 || p[1] - p[0] > penumbra.get(longest)[1] - penumbra.get(longest)[0]) {
                longest = i;
            }
        }
        if (longest >= 0) {
            double[] p = penumbra.get(longest);
            double kepler = keplerianPeriodS(orbit.altitudeM());
            double period = kepler;
            if (longest + 1 < penumbra.size()) {
                period = penumbra.get(longest + 1)[0] - p[0];
            } else if (longest > 0) {
                period = p[0] - penumbra.get(longest - 1)[0];
            }
            if (period > NEIGHBOUR_PERIOD_FACTOR * kepler) {
                period = kepler;
            }
            worst = Optional.of(new WorstEclipse(epoch.shiftedBy(p[0]).toInstant(fdc.timeScales()), p[0], p[1] - p[0],
                    period));
        }
        return new Survey(worst, penumbra.size(), minIrradiance, maxIrradiance);
    }

    /** Keplerian period of a circular orbit at an altitude above the WGS84 equatorial radius, s. */
    static double keplerianPeriodS(double altitudeM) {
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + altitudeM;
        return 2 * Math.PI * Math.sqrt(a * a * a / Constants.WGS84_EARTH_MU);
    }

    private static ConstellationGroup group(ConstellationGroup.ReferenceOrbit orbit) {
        if (orbit instanceof ConstellationGroup.SsoReference s) {
            return new ConstellationGroup.SunSynchronous("sizing", "sizing", s.altitudeM(), s.ltanS(), 1, 1, 0, 0);
        }
        ConstellationGroup.CircularReference c = (ConstellationGroup.CircularReference) orbit;
        return new ConstellationGroup.Walker("sizing", "sizing", ConstellationGroup.WalkerPattern.DELTA, 1, 1, 0,
                c.altitudeM(), c.inclinationRad(), c.raanRad());
    }

    private static void positive(String field, double v, String unit) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be finite and > 0 " + unit + ", got " + v);
        }
    }

    private static void nonNegative(String field, double v, String unit) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0 " + unit + ", got " + v);
        }
    }

    private static void finite(String field, double v, String unit) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + " must be finite " + unit + ", got " + v);
        }
    }

    private static void fraction(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be a fraction in [0, 1], got " + v);
        }
    }

    private static void openFraction(String field, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be a fraction in (0, 1], got " + v);
        }
    }
}
