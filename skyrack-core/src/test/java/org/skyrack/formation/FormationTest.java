package org.skyrack.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.PropagatorKind;

class FormationTest {

    /** Closed form HCW: distances hold to rounding. */
    private static final double HCW_TOLERANCE_M = 1e-6;
    /**
     * Non-linear (periodic) departure of a 1 km HCW formation from two-body motion at 650 km over a day,
     * once the semi-major axes are matched. Without matching, members drift ~23 m a day along track.
     */
    private static final double TWO_BODY_DRIFT_TOLERANCE_M = 5.0;

    private static FlightDynamicsContext fdc;

    @BeforeAll
    static void context() {
        fdc = FlightDynamicsContext.offline();
    }

    @Test
    void everyMemberStaysAtItsRadiusAndMutualDistancesAreConstantInTheHcwModel() {
        Formation f = Formation.disk(81, 1000);
        double n = 2 * Math.PI / 5863.7;
        for (double t = 0; t < 6000; t += 250) {
            for (int i = 0; i < f.size(); i++) {
                double[] a = f.relativeStateLvlh(i, n, t);
                double[] a0 = f.relativeStateLvlh(i, n, 0);
                assertThat(norm(a)).isCloseTo(norm(a0), within(HCW_TOLERANCE_M));
                assertThat(norm(a)).isLessThanOrEqualTo(1000 + HCW_TOLERANCE_M);
            }
            double[] p = f.relativeStateLvlh(3, n, t);
            double[] q = f.relativeStateLvlh(40, n, t);
            double[] p0 = f.relativeStateLvlh(3, n, 0);
            double[] q0 = f.relativeStateLvlh(40, n, 0);
            assertThat(dist(p, q)).isCloseTo(dist(p0, q0), within(HCW_TOLERANCE_M));
        }
    }

    @Test
    void hcwStateSatisfiesTheHcwEquations() {
        // x'' = 3n^2 x + 2n y', y'' = -2n x', z'' = -n^2 z, checked by central differences.
        Formation f = Formation.disk(5, 800);
        double n = 1.1e-3;
        double h = 1.0;
        for (int i = 0; i < f.size(); i++) {
            double[] m = f.relativeStateLvlh(i, n, 100 - h);
            double[] c = f.relativeStateLvlh(i, n, 100);
            double[] p = f.relativeStateLvlh(i, n, 100 + h);
            double ax = (p[3] - m[3]) / (2 * h);
            double ay = (p[4] - m[4]) / (2 * h);
            double az = (p[5] - m[5]) / (2 * h);
            assertThat(ax).isCloseTo(3 * n * n * c[0] + 2 * n * c[4], within(1e-9));
            assertThat(ay).isCloseTo(-2 * n * c[3], within(1e-9));
            assertThat(az).isCloseTo(-n * n * c[2], within(1e-9));
        }
    }

    @Test
    void suncatcherClusterNeighboursAreInThePublishedHundredToTwoHundredMetreRange() {
        Formation f = Formation.disk(81, 1000);
        // Suncatcher (arXiv 2511.19468): 81 satellites within 1 km, neighbours ~100-200 m apart.
        assertThat(f.minSeparationM()).isBetween(100.0, 200.0);
        assertThat(f.maxNeighbourDistanceM()).isBetween(100.0, 200.0);
    }

    @Test
    void builtClusterStaysBoundedUnderTwoBodyPropagationForADay() {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-06-21T00:00:00Z"), fdc.utc());
        ConstellationGroup.Cluster c = new ConstellationGroup.Cluster("c", "d", 20, 1000, 20,
                new ConstellationGroup.SsoReference(650e3, 18 * 3600));
        ConstellationBuilder b = new ConstellationBuilder(fdc.dataContext(), epoch);
        List<SatelliteOrbit> sats = b.build(new Constellation(PropagatorKind.KEPLERIAN, List.of(c)));
        KeplerianPropagator ref = new KeplerianPropagator(b.referenceOrbit(c.reference()));
        for (SatelliteOrbit s : sats) {
            KeplerianPropagator p = new KeplerianPropagator(s.orbit());
            double r0 = p.propagate(epoch).getPosition().distance(ref.propagate(epoch).getPosition());
            for (double t = 0; t <= 86_400; t += 3_600) {
                AbsoluteDate d = epoch.shiftedBy(t);
                Vector3D rel = p.propagate(d).getPosition().subtract(ref.propagate(d).getPosition());
                assertThat(rel.getNorm()).isCloseTo(r0, within(TWO_BODY_DRIFT_TOLERANCE_M));
            }
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
    }

    private static double dist(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }
}
