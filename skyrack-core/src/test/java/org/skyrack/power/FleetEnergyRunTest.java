package org.skyrack.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A year of power on the two orbits of issue 4: the 650 km dawn–dusk orbit cycles its battery
 * and loses compute only in its May–August eclipse season; a 53° shell cycles every month.
 */
class FleetEnergyRunTest {

    private static final FlightDynamicsContext FDC = FlightDynamicsContext.offline();
    private static final double YEAR_S = 365 * 86_400.0;
    private static final double BALANCE_TOLERANCE_FRACTION = 1e-9;

    /** Suncatcher-like node: 40 m² array, 8 kWh at 30 % DoD, ~10 kW of TPUs, 12 m² two-face radiator. */
    static SatelliteDesign node() {
        return new SatelliteDesign("node", 350, 800, 5 * 3.15576e7, 0.01, 6,
                new SatelliteDesign.SolarArray(40, 0.30, 0.90, 0.01 / 3.15576e7, SatelliteDesign.Pointing.SUN_TRACKING,
                        List.of(0.0, 0.0, 1.0), -0.002, 301.15, 60),
                new SatelliteDesign.Battery(8_000 * 3600.0, 0.975, 0.975, 0.30, 8_000, 8_000, 50),
                new SatelliteDesign.Radiator(12, 2, 0.92, 0.09, 0.25, 1, 1e5, 358.15, 60),
                List.of(new SatelliteDesign.Accelerator("tpu", 32, 300, 60, 918e12, 2.56e11, 150, 4, 15_000)));
    }

    record Year(List<EnergyLedger> months, EnergyLedger fleet) {
    }

    static Year year(ConstellationGroup group) {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-01-01T00:00:00Z"), FDC.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(FDC.dataContext(), epoch)
                .build(new Constellation(PropagatorKind.SGP4, List.of(group)));
        EphemerisSource source = Ephemerides.of(sats, PropagatorKind.SGP4, FDC.dataContext(), epoch);
        EarthSunGrid grid = new EarthSunGrid(FDC.frames(), new MeeusSun(FDC.dataContext())::position, epoch, 0, YEAR_S);
        List<Double> starts = new ArrayList<>();
        for (LocalDate m = LocalDate.of(2027, 1, 1); m.getYear() == 2027; m = m.plusMonths(1)) {
            starts.add((double) (m.atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                    - Instant.parse("2027-01-01T00:00:00Z").getEpochSecond()));
        }
        SatellitePowerModel model = SatellitePowerModel.of(node(), 0);
        FleetEnergyRun run = new FleetEnergyRun(i -> model, sats.size(), source, grid, 0, YEAR_S,
                starts.stream().mapToDouble(Double::doubleValue).toArray(), 1, ResourceSink.NONE);
        new GeometryJobs(source, grid, 2).eclipses(0, YEAR_S, ShadowGeometry.EarthShape.WGS84_ELLIPSOID, run);
        run.finish();
        return new Year(run.periods(), run.fleet());
    }

    @Test
    void dawnDuskOrbitCyclesOnlyInItsSummerSeason() {
        Year y = year(new ConstellationGroup.SunSynchronous("sso", "node", 650e3, 18 * 3600, 1, 1, 0, 0));
        assertThat(y.fleet().balanceErrorFraction()).isLessThan(BALANCE_TOLERANCE_FRACTION);
        for (int m = 0; m < 12; m++) {
            EnergyLedger month = y.months().get(m);
            boolean season = m >= 4 && m <= 7; // May..August
            if (season) {
                assertThat(month.dischargedJ()).as("month %d discharge", m + 1).isPositive();
            } else {
                assertThat(month.dischargedJ()).as("month %d discharge", m + 1).isZero();
                assertThat(month.computeAvailableFraction()).as("month %d compute", m + 1).isEqualTo(1.0);
            }
        }
        // At the solstice the ~19 min eclipses need more than the 2.4 kWh usable: compute throttles.
        assertThat(y.months().get(5).computeAvailableFraction()).isLessThan(1.0);
        assertThat(y.months().get(5).minStateOfChargeFraction()).isCloseTo(0.70, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(y.fleet().computeAvailableFraction()).isGreaterThan(0.95).isLessThan(1.0);
        // The plan throttles compute through each eclipse so the bus is always carried.
        assertThat(y.fleet().unservedJ()).isZero();
    }

    @Test
    void walkerShellCyclesEveryMonth() {
        Year y = year(new ConstellationGroup.Walker("w", "node", ConstellationGroup.WalkerPattern.DELTA, 1, 1, 0,
                550e3, Math.toRadians(53), 0));
        assertThat(y.fleet().balanceErrorFraction()).isLessThan(BALANCE_TOLERANCE_FRACTION);
        for (EnergyLedger month : y.months()) {
            assertThat(month.dischargedJ()).isPositive();
            assertThat(month.computeAvailableFraction()).isLessThan(1.0);
        }
    }
}
