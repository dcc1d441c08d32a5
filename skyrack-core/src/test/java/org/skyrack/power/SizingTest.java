package org.skyrack.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.geometry.EarthSunGrid;
import org.skyrack.geometry.GeometryJobs;
import org.skyrack.geometry.MeeusSun;
import org.skyrack.geometry.ShadowGeometry;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.Ephemerides;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.units.Units;

/**
 * The sizing rules on hand computations, the worst eclipses of the two orbits of issue 4, and
 * the proof that the sizing is right and tight: a design built from it runs the week around its
 * worst eclipse at full compute through {@link FleetEnergyRun}, and one with 5 % less array or
 * battery does not.
 */
class SizingTest {

    private static final FlightDynamicsContext FDC = FlightDynamicsContext.offline();
    private static final Year YEAR = Year.of(2027);
    private static final double ACCELERATORS_W = 10_000;
    private static final double BUS_W = 1_000;
    private static final double DESIGN_LIFE_S = 5 * Units.YEAR_S;

    /** Closed-form results against the same arithmetic written out, relative. */
    private static final double ARITHMETIC_TOLERANCE_FRACTION = 1e-12;
    /** Compute available when the sizing holds: full, to rounding of the integration. */
    private static final double FULL_COMPUTE_TOLERANCE_FRACTION = 1e-9;
    /** The worst eclipse's start must fall within this of the date expected from the geometry, days. */
    private static final long SEASON_TOLERANCE_DAYS = 20;
    /** Aphelion and perihelion irradiance (1360.8 W/m² / (1 ± 0.0167)²), W/m², to the Meeus Sun's accuracy. */
    private static final double IRRADIANCE_TOLERANCE_W_PER_M2 = 1.0;
    /** Half the length of the proof window, s. */
    private static final double HALF_WEEK_S = 3.5 * 86_400;
    /** How much smaller the undersized designs are. */
    private static final double UNDERSIZE_FRACTION = 0.95;

    private static final ConstellationGroup.ReferenceOrbit DAWN_DUSK = new ConstellationGroup.SsoReference(650e3, 18 * 3600);
    private static final ConstellationGroup.ReferenceOrbit SHELL_53 =
            new ConstellationGroup.CircularReference(550e3, Math.toRadians(53), 0);

    private static Sizing.Survey dawnDusk;
    private static Sizing.Survey shell53;

    static Sizing.Request request(ConstellationGroup.ReferenceOrbit orbit) {
        return new Sizing.Request(ACCELERATORS_W, BUS_W, orbit, YEAR, DESIGN_LIFE_S, Sizing.Array.defaults(),
                Sizing.Battery.defaults(), Sizing.Radiator.defaults());
    }

    static synchronized Sizing.Survey dawnDusk() {
        if (dawnDusk == null) {
            dawnDusk = Sizing.survey(DAWN_DUSK, YEAR, FDC);
        }
        return dawnDusk;
    }

    static synchronized Sizing.Survey shell53() {
        if (shell53 == null) {
            shell53 = Sizing.survey(SHELL_53, YEAR, FDC);
        }
        return shell53;
    }

    /** A year with a 20 min eclipse in a 100 min orbit at aphelion / perihelion irradiance. */
    static Sizing.Survey handSurvey() {
        return new Sizing.Survey(Optional.of(new Sizing.WorstEclipse(Instant.parse("2027-06-21T00:00:00Z"), 0, 1200, 6000)),
                1, 1316, 1408);
    }

    @Test
    void batteryCarriesTheLoadThroughTheEclipseWithinTheDepthOfDischarge() {
        Sizing.Result r = Sizing.size(request(DAWN_DUSK), handSurvey());
        // 11 kW × 1200 s = 13.2 MJ delivered; / 0.975 drawn = 13.538 MJ; / 0.30 DoD = 45.128 MJ = 12.536 kWh.
        assertThat(r.eclipseEnergyJ()).isCloseTo(13.2e6, within(13.2e6 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.batteryCapacityJ()).isCloseTo(13.2e6 / 0.975 / 0.30, within(45.2e6 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.batteryCapacityJ() / Units.WH_J).isCloseTo(12_535.6, within(0.1));
        // 160 Wh/kg: 78.35 kg.
        assertThat(r.batteryMassKg()).isCloseTo(12_535.6 / 160, within(0.01));
    }

    @Test
    void endOfLifeArrayCarriesTheLoadAndRechargesInTheSunlitTime() {
        Sizing.Result r = Sizing.size(request(DAWN_DUSK), handSurvey());
        // Recharge 13.538 MJ into the store at η_c = 0.975 over 4800 s: 2892.8 W more than the load.
        double recharge = 13.2e6 / (0.975 * 0.975 * 4800);
        assertThat(recharge).isCloseTo(2892.8, within(0.1));
        assertThat(r.arrayEolPowerW()).isCloseTo(11_000 + recharge, within(14e3 * ARITHMETIC_TOLERANCE_FRACTION));
        // Energy balance of one orbit: what sunlight stores equals what the eclipse draws.
        double stored = 0.975 * (r.arrayEolPowerW() - 11_000) * 4800;
        assertThat(stored).isCloseTo(13.2e6 / 0.975, within(13.6e6 * ARITHMETIC_TOLERANCE_FRACTION));
        // Area: EOL power / (0.9 × 0.30 × 1316 W/m² × 0.99^5), temperature factor 1 at 28 °C.
        double retention = Math.pow(0.99, 5);
        assertThat(r.arrayRetentionFraction()).isCloseTo(retention, within(ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.arrayAreaM2()).isCloseTo((11_000 + recharge) / (0.9 * 0.30 * 1316 * retention),
                within(41 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.arrayBolPowerW()).isCloseTo(r.arrayAreaM2() * 0.9 * 0.30 * 1360.8,
                within(2e4 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.arrayMassKg()).isCloseTo(r.arrayBolPowerW() / 100, within(200 * ARITHMETIC_TOLERANCE_FRACTION));
        // An array 20 K above its rating at −0.2 %/K loses 4 %: the area grows by 1/0.96.
        Sizing.Array hot = new Sizing.Array(0.30, 0.90, 0.01 / Units.YEAR_S, -0.002, 301.15 + 20, 100);
        Sizing.Result warm = Sizing.size(request(DAWN_DUSK).withArray(hot), handSurvey());
        assertThat(warm.arrayAreaM2()).isCloseTo(r.arrayAreaM2() / 0.96, within(41 * ARITHMETIC_TOLERANCE_FRACTION));
    }

    @Test
    void radiatorRejectsTheLoadAtItsMaximumTemperatureInTheHotCase() {
        Sizing.Result r = Sizing.size(request(DAWN_DUSK), handSurvey());
        // Two faces at 358.15 K, ε 0.92: 2 × 0.92 × σT⁴ = 1716.6 W/m².
        double emitted = 2 * 0.92 * 5.670374419e-8 * Math.pow(358.15, 4);
        assertThat(emitted).isCloseTo(1716.6, within(0.1));
        // Absorbed: α·S (face-on Sun) + F·(α·S·a + ε·IR) = 0.09·1408 + 0.25·(0.09·1408·0.3 + 0.92·237) = 190.7 W/m².
        double absorbed = 0.09 * 1408 + 0.25 * (0.09 * 1408 * 0.3 + 0.92 * 237);
        assertThat(absorbed).isCloseTo(190.7, within(0.1));
        assertThat(r.radiatorNetFluxWPerM2()).isCloseTo(emitted - absorbed, within(ARITHMETIC_TOLERANCE_FRACTION * 2e3));
        assertThat(r.radiatorAreaM2()).isCloseTo(11_000 / (emitted - absorbed), within(10 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.radiatorMassKg()).isCloseTo(5 * r.radiatorAreaM2(), within(50 * ARITHMETIC_TOLERANCE_FRACTION));
        assertThat(r.totalMassKg()).isEqualTo(r.arrayMassKg() + r.batteryMassKg() + r.radiatorMassKg());
    }

    @Test
    void aRadiatorTooHotToRejectAnythingIsRefused() {
        Sizing.Radiator black = new Sizing.Radiator(1, 0.9, 1.0, 1.0, 1.0, 250, 5);
        assertThatThrownBy(() -> Sizing.size(request(DAWN_DUSK).withRadiator(black), handSurvey()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTemperatureK 250");
    }

    @Test
    void anOrbitWithoutEclipsesGetsNoBatteryAndAnArrayForTheLoadAlone() {
        Sizing.Result r = Sizing.size(request(DAWN_DUSK), new Sizing.Survey(Optional.empty(), 0, 1316, 1408));
        assertThat(r.worstEclipse()).isEmpty();
        assertThat(r.batteryCapacityJ()).isZero();
        assertThat(r.batteryMassKg()).isZero();
        assertThat(r.arrayEolPowerW()).isEqualTo(11_000);
    }

    @Test
    void aHighDawnDuskOrbitSeesNoEclipseAndGetsNoBattery() {
        // 1800 km, i ≈ 103°: the smallest Sun angle to the orbit plane (~53.6°) stays above the
        // Earth's angular radius (51.3°) all year.
        ConstellationGroup.ReferenceOrbit high = new ConstellationGroup.SsoReference(1_800e3, 18 * 3600);
        Sizing.Result r = Sizing.size(request(high), FDC);
        assertThat(r.survey().eclipses()).isZero();
        assertThat(r.worstEclipse()).isEmpty();
        assertThat(r.batteryCapacityJ()).isZero();
        assertThat(r.arrayEolPowerW()).isEqualTo(11_000);
    }

    @Test
    void badRequestsNameTheField() {
        assertThatThrownBy(() -> new Sizing.Request(-1, 0, DAWN_DUSK, YEAR, DESIGN_LIFE_S, Sizing.Array.defaults(),
                Sizing.Battery.defaults(), Sizing.Radiator.defaults())).hasMessageContaining("acceleratorPowerW");
        assertThatThrownBy(() -> request(new ConstellationGroup.SsoReference(100e3, 0)))
                .hasMessageContaining("altitudeM");
        assertThatThrownBy(() -> new Sizing.Battery(0, 0.975, 0.975, 576_000)).hasMessageContaining("maxDepthOfDischarge");
    }

    @Test
    void dawnDuskWorstEclipseIsAboutNineteenMinutesNearTheJuneSolstice() {
        Sizing.Survey s = dawnDusk();
        Sizing.WorstEclipse e = s.worstEclipse().orElseThrow();
        assertThat(e.durationS() / 60).isBetween(17.0, 20.0);
        assertThat(days(e.start(), LocalDate.of(2027, Month.JUNE, 21))).isLessThanOrEqualTo(SEASON_TOLERANCE_DAYS);
        // 650 km: Keplerian period 97.7 min; the nodal period with J2 is a few seconds shorter.
        assertThat(e.orbitPeriodS() / 60).isBetween(97.3, 97.9);
        assertThat(s.minIrradianceWPerM2()).isCloseTo(1316.5, within(IRRADIANCE_TOLERANCE_W_PER_M2));
        assertThat(s.maxIrradianceWPerM2()).isCloseTo(1407.7, within(IRRADIANCE_TOLERANCE_W_PER_M2));
    }

    @Test
    void shell53WorstEclipseIsAboutThirtyFiveMinutes() {
        Sizing.WorstEclipse e = shell53().worstEclipse().orElseThrow();
        assertThat(e.durationS() / 60).isBetween(34.0, 37.0);
        assertThat(e.orbitPeriodS() / 60).isBetween(95.3, 95.9);
    }

    @Test
    void dawnDuskSizingIsExactAndTight() {
        proveExactAndTight(Sizing.size(request(DAWN_DUSK), dawnDusk()));
    }

    @Test
    void shell53SizingIsExactAndTight() {
        proveExactAndTight(Sizing.size(request(SHELL_53), shell53()));
    }

    private static void proveExactAndTight(Sizing.Result r) {
        EnergyLedger exact = week(r, 1, 1);
        assertThat(exact.balanceErrorFraction()).isLessThan(1e-9);
        assertThat(exact.dischargedJ()).as("the battery cycles").isPositive();
        assertThat(exact.computeAvailableFraction()).isCloseTo(1.0, within(FULL_COMPUTE_TOLERANCE_FRACTION));
        assertThat(exact.unservedJ()).isZero();
        assertThat(exact.thermalThrottledS()).isZero();
        assertThat(exact.minStateOfChargeFraction()).as("the eclipse uses the depth of discharge")
                .isCloseTo(1 - r.request().battery().maxDepthOfDischarge(), within(0.01));

        assertThat(week(r, UNDERSIZE_FRACTION, 1).computeAvailableFraction()).as("array 5 % smaller").isLessThan(1.0);
        assertThat(week(r, 1, UNDERSIZE_FRACTION).computeAvailableFraction()).as("battery 5 % smaller").isLessThan(1.0);
    }

    /** The week around the worst eclipse, at end of life, with the array and battery scaled. */
    private static EnergyLedger week(Sizing.Result r, double arrayScale, double batteryScale) {
        Sizing.Request q = r.request();
        Sizing.WorstEclipse e = r.worstEclipse().orElseThrow();
        AbsoluteDate epoch = new AbsoluteDate(Sizing.yearStart(q.year()), FDC.utc());
        double start = e.startS() - HALF_WEEK_S;
        double end = e.startS() + HALF_WEEK_S;
        ConstellationGroup group = q.orbit() instanceof ConstellationGroup.SsoReference s
                ? new ConstellationGroup.SunSynchronous("g", "sized", s.altitudeM(), s.ltanS(), 1, 1, 0, 0)
                : new ConstellationGroup.Walker("g", "sized", ConstellationGroup.WalkerPattern.DELTA, 1, 1, 0,
                        q.orbit().altitudeM(), ((ConstellationGroup.CircularReference) q.orbit()).inclinationRad(),
                        ((ConstellationGroup.CircularReference) q.orbit()).raanRad());
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), epoch)
                .build(new Constellation(PropagatorKind.SGP4, List.of(group)));
        EphemerisSource source = Ephemerides.of(sats, PropagatorKind.SGP4, FDC.dataContext(), epoch);
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new MeeusSun(FDC.dataContext())::position, epoch, start, end);

        SatellitePowerModel base = SatellitePowerModel.of(design(r, arrayScale, batteryScale), 0);
        // Old enough that the whole week is flown at (or just before) end of life.
        SatellitePowerModel eol = new SatellitePowerModel(base.array(), base.battery(), base.loads(), base.deck(),
                base.maxTemperatureK(), base.pointing(), base.arrayNormalBody(), base.radiatorSunCosine(),
                q.designLifeS() - end);
        FleetEnergyRun run = new FleetEnergyRun(i -> eol, 1, source, grid, start, end, new double[] {start}, 1,
                ResourceSink.NONE);
        new GeometryJobs(source, grid, 1).eclipses(start, end, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, run);
        run.finish();
        return run.fleet();
    }

    /** A design with the sized array, battery and radiator (scaled), and the asked loads. */
    static SatelliteDesign design(Sizing.Result r, double arrayScale, double batteryScale) {
        Sizing.Request q = r.request();
        Sizing.Array a = q.array();
        Sizing.Battery b = q.battery();
        Sizing.Radiator rad = q.radiator();
        return new SatelliteDesign("sized", 1, q.busPowerW(), q.designLifeS(), 0.0025, 1,
                new SatelliteDesign.SolarArray(r.arrayAreaM2() * arrayScale, a.efficiency(), a.packingFactor(),
                        a.degradationPerS(), SatelliteDesign.Pointing.SUN_TRACKING, List.of(0.0, 0.0, 1.0),
                        a.temperatureCoefficientPerK(), a.operatingTemperatureK(), r.arrayMassKg()),
                // Power limits well above anything the sizing asks of the battery: they are not sized.
                new SatelliteDesign.Battery(r.batteryCapacityJ() * batteryScale, b.chargeEfficiency(),
                        b.dischargeEfficiency(), b.maxDepthOfDischarge(), 10 * r.arrayEolPowerW(), 10 * r.loadW(),
                        r.batteryMassKg()),
                new SatelliteDesign.Radiator(r.radiatorAreaM2(), rad.faces(), rad.emissivity(), rad.absorptivity(),
                        rad.earthViewFactor(), rad.sunIncidenceCosine(), 1e5, rad.maxTemperatureK(), r.radiatorMassKg()),
                List.of(new SatelliteDesign.Accelerator("accelerators", 1, q.acceleratorPowerW(), 0, 1e15, 0, 1e3, 0, 0)));
    }

    private static long days(Instant t, LocalDate d) {
        return Math.abs(ChronoUnit.DAYS.between(d.atStartOfDay(ZoneOffset.UTC).toInstant(), t));
    }
}
