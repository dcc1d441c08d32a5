package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.formation.Formation;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

class KeptFormationSourceTest {

    private static final FlightDynamicsContext FDC = FlightDynamicsContext.offline();
    private static final AbsoluteDate EPOCH = new AbsoluteDate(Instant.parse("2027-06-21T00:00:00Z"), FDC.utc());
    private static final int MEMBERS = 81;
    private static final double RADIUS_M = 1000;
    private static final double YEAR_S = 365 * 86_400.0;
    /** Kept distances are the formation's up to rounding of ~7,000 km positions, m. */
    private static final double KEPT_DISTANCE_TOLERANCE_M = 1e-6;
    /**
     * At the epoch a kept member and the same member flying free differ only by how SGP4 treats
     * two slightly different element sets as mean elements (short-period terms; 7.1 m seen), m.
     * A wrong frame would put them ~1 km apart.
     */
    private static final double EPOCH_POSITION_TOLERANCE_M = 10;
    /**
     * Relative velocity of two members against a central difference of their relative position
     * over ±0.5 s, m/s: SGP4's short-period terms turn the real LVLH frame slightly off h/r².
     * The frame-rotation term ω × ρ being checked is ~1 m/s across a 1 km cluster.
     */
    private static final double RELATIVE_VELOCITY_TOLERANCE_M_PER_S = 5e-3;

    private static List<SatelliteOrbit> suncatcher(boolean kept) {
        ConstellationGroup.Cluster c = new ConstellationGroup.Cluster("c", "d", MEMBERS, RADIUS_M, 50,
                new ConstellationGroup.SsoReference(650e3, 18 * 3600), kept);
        return new ConstellationBuilder(FDC.dataContext(), EPOCH).build(new Constellation(PropagatorKind.SGP4, List.of(c)));
    }

    private static EphemerisSource source(List<SatelliteOrbit> sats) {
        return Ephemerides.of(sats, PropagatorKind.SGP4, FDC.dataContext(), EPOCH);
    }

    private static double distance(EphemerisSource s, int a, int b, double t) {
        double[] pv = new double[12];
        s.state(a, t, pv, 0);
        s.state(b, t, pv, 6);
        return Math.sqrt(Math.pow(pv[6] - pv[0], 2) + Math.pow(pv[7] - pv[1], 2) + Math.pow(pv[8] - pv[2], 2));
    }

    @Test
    void keptMembersHoldEveryFormationDistanceForAYear() {
        List<SatelliteOrbit> sats = suncatcher(true);
        EphemerisSource kept = source(sats);
        assertThat(kept).isInstanceOf(KeptFormationSource.class);
        Formation f = Formation.disk(MEMBERS, RADIUS_M);
        double n = sats.get(0).keptSlot().reference().getKeplerianMeanMotion();
        double[] ri = new double[6];
        double[] rj = new double[6];
        for (double t = 0; t <= YEAR_S; t += 30 * 86_400.0 + 1_234) {
            for (int i = 0; i < MEMBERS; i += 7) {
                for (int j = i + 1; j < MEMBERS; j += 5) {
                    f.relativeStateLvlh(i, n, t, ri, 0);
                    f.relativeStateLvlh(j, n, t, rj, 0);
                    double want = Math.sqrt(Math.pow(ri[0] - rj[0], 2) + Math.pow(ri[1] - rj[1], 2) + Math.pow(ri[2] - rj[2], 2));
                    assertThat(distance(kept, i, j, t)).isCloseTo(want, within(KEPT_DISTANCE_TOLERANCE_M));
                }
            }
        }
    }

    @Test
    void withoutStationKeepingTheClusterDriftsApart() {
        EphemerisSource free = source(suncatcher(false));
        assertThat(free).isNotInstanceOf(KeptFormationSource.class);
        // The rigid HCW disk keeps every distance within 2 × radius; a year of free flight does not.
        double widest = 0;
        for (int i = 0; i < MEMBERS; i += 4) {
            for (int j = i + 1; j < MEMBERS; j += 3) {
                widest = Math.max(widest, distance(free, i, j, YEAR_S));
            }
        }
        assertThat(widest).isGreaterThan(5 * 2 * RADIUS_M);
    }

    @Test
    void keptMembersStartWhereTheFreeOnesStart() {
        EphemerisSource kept = source(suncatcher(true));
        EphemerisSource free = source(suncatcher(false));
        double[] a = new double[6];
        double[] b = new double[6];
        for (int i = 0; i < MEMBERS; i++) {
            kept.state(i, 0, a, 0);
            free.state(i, 0, b, 0);
            double dr = Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
            assertThat(dr).isLessThan(EPOCH_POSITION_TOLERANCE_M);
        }
    }

    @Test
    void keptRelativeVelocityIsTheRateOfTheRelativePosition() {
        EphemerisSource kept = source(suncatcher(true));
        double[][] pv = new double[3][12];
        for (int i = 0; i < MEMBERS - 40; i += 10) {
            int j = i + 40;
            double t = 100 * 86_400.0 + 777 * i;
            for (int k = 0; k < 3; k++) {
                kept.state(i, t + (k - 1) * 0.5, pv[k], 0);
                kept.state(j, t + (k - 1) * 0.5, pv[k], 6);
            }
            for (int c = 0; c < 3; c++) {
                double rate = (pv[2][6 + c] - pv[2][c]) - (pv[0][6 + c] - pv[0][c]);
                double relativeVelocity = pv[1][9 + c] - pv[1][3 + c];
                assertThat(relativeVelocity).isCloseTo(rate, within(RELATIVE_VELOCITY_TOLERANCE_M_PER_S));
            }
        }
    }
}
