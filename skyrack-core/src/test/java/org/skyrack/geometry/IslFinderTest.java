package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.geometry.GeometryFixtures.FDC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.orbit.DesignPropagators;
import org.skyrack.scenario.PropagatorKind;

class IslFinderTest {

    /**
     * Edges are refined to 0.1 ms; the brute-force reference samples time every 0.5 s and the
     * segment at 400 points (a discretisation that can only see a blocked chord late, by well under
     * a second at these rates).
     */
    private static final double EDGE_TOLERANCE_S = 0.5;
    private static final double GRAZING_M = 100e3;
    private static final double MAX_RANGE_M = 5000e3;

    private static PropagatorSource pair(double inclination2, double phase2) {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), FDC.utc());
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 550e3;
        List<Propagator> ps = List.of(
                DesignPropagators.of(new CircularOrbit(a, 0, 0, Math.toRadians(53), 0, 0, PositionAngleType.MEAN,
                        FDC.frames().getEME2000(), epoch, Constants.WGS84_EARTH_MU), PropagatorKind.KEPLERIAN),
                DesignPropagators.of(new CircularOrbit(a, 0, 0, inclination2, Math.toRadians(30), phase2,
                        PositionAngleType.MEAN, FDC.frames().getEME2000(), epoch, Constants.WGS84_EARTH_MU),
                        PropagatorKind.KEPLERIAN));
        return new PropagatorSource(ps, epoch, FDC.frames().getTEME());
    }

    /**
     * Independent margin: 400 points along the segment, each tested against the surface the finder
     * uses (the grazing shell x² + y² + (z·a/b)² = (a + h)²), and the range.
     */
    private static boolean available(double[] p, double[] q) {
        double k = 1 / (1 - Constants.WGS84_EARTH_FLATTENING);
        double shell = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + GRAZING_M;
        for (int i = 0; i <= 400; i++) {
            double s = i / 400.0;
            double x = p[0] + s * (q[0] - p[0]);
            double y = p[1] + s * (q[1] - p[1]);
            double z = (p[2] + s * (q[2] - p[2])) * k;
            if (x * x + y * y + z * z < shell * shell) {
                return false;
            }
        }
        double dx = q[0] - p[0];
        double dy = q[1] - p[1];
        double dz = q[2] - p[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz) < MAX_RANGE_M;
    }

    @Test
    void linkIntervalsMatchBruteForceSamplingAndRangeLimits() {
        PropagatorSource src = pair(Math.toRadians(97), Math.toRadians(20));
        double span = 6 * 3600;
        List<double[]> links = new ArrayList<>();
        new IslFinder(src, MAX_RANGE_M, GRAZING_M, IslFinder.DEFAULT_STEP_S).find(0, 1, 0, span, new EventSink() {
            @Override
            public void link(int a, int b, double startS, double endS, double minRangeM) {
                links.add(new double[] {startS, endS, minRangeM});
            }
        });
        assertThat(links).isNotEmpty();
        // brute force at 0.5 s: every transition has an edge within the sampling step
        double[] p = new double[6];
        double[] q = new double[6];
        boolean previous = false;
        List<Double> transitions = new ArrayList<>();
        for (double t = 0; t <= span; t += 0.5) {
            src.state(0, t, p, 0);
            src.state(1, t, q, 0);
            boolean now = available(p, q);
            if (t > 0 && now != previous) {
                transitions.add(t);
            }
            previous = now;
        }
        List<Double> edges = new ArrayList<>();
        for (double[] l : links) {
            if (l[0] > 0) {
                edges.add(l[0]);
            }
            if (l[1] < span) {
                edges.add(l[1]);
            }
            assertThat(l[2]).isLessThanOrEqualTo(MAX_RANGE_M);
        }
        assertThat(edges).hasSameSizeAs(transitions);
        for (int i = 0; i < edges.size(); i++) {
            assertThat(edges.get(i)).isCloseTo(transitions.get(i), within(EDGE_TOLERANCE_S));
        }
    }

    @Test
    void coplanarNeighboursAtFixedPhaseAreAlwaysLinkedOrNever() {
        // Same plane, same altitude: the chord's closest approach to the centre is r·cos(Δu/2), constant.
        double span = 3 * 3600;
        List<double[]> near = new ArrayList<>();
        EventSink nearSink = new EventSink() {
            @Override
            public void link(int a, int b, double s, double e, double r) {
                near.add(new double[] {s, e});
            }
        };
        PropagatorSource close = coplanar(Math.toRadians(30));
        new IslFinder(close, MAX_RANGE_M, GRAZING_M, IslFinder.DEFAULT_STEP_S).find(0, 1, 0, span, nearSink);
        assertThat(near).hasSize(1);
        assertThat(near.get(0)[0]).isEqualTo(0.0);
        assertThat(near.get(0)[1]).isEqualTo(span);
        List<double[]> far = new ArrayList<>();
        new IslFinder(coplanar(Math.toRadians(50)), 20_000e3, GRAZING_M, IslFinder.DEFAULT_STEP_S).find(0, 1, 0, span,
                new EventSink() {
                    @Override
                    public void link(int a, int b, double s, double e, double r) {
                        far.add(new double[] {s, e});
                    }
                });
        assertThat(far).isEmpty();
    }

    /**
     * Two satellites 1 km apart in altitude drift apart along track (~1.7 m/s) until the 30 km
     * terminal range breaks the link. While the margin is wide the finder steps up to
     * {@link IslFinder#MAX_SKIP_S}; the break must still land where brute force puts it, and the
     * skipping must actually save propagator calls.
     */
    @Test
    void adaptiveStepsKeepTheEdgeOfADriftingPairAndSaveCalls() {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), FDC.utc());
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 550e3;
        List<Propagator> ps = new ArrayList<>();
        for (double da : new double[] {0, 1e3}) {
            ps.add(DesignPropagators.of(new CircularOrbit(a + da, 0, 0, Math.toRadians(53), 0, 0,
                    PositionAngleType.MEAN, FDC.frames().getEME2000(), epoch, Constants.WGS84_EARTH_MU),
                    PropagatorKind.ECKSTEIN_HECHLER));
        }
        PropagatorSource src = new PropagatorSource(ps, epoch, FDC.frames().getTEME());
        int[] calls = {0};
        org.skyrack.orbit.EphemerisSource counting = new org.skyrack.orbit.EphemerisSource() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public void state(int sat, double t, double[] out, int off) {
                calls[0]++;
                src.state(sat, t, out, off);
            }
        };
        double range = 30e3;
        double span = 86400;
        List<double[]> links = new ArrayList<>();
        new IslFinder(counting, range, GRAZING_M, IslFinder.DEFAULT_STEP_S).find(0, 1, 0, span, new EventSink() {
            @Override
            public void link(int x, int y, double s, double e, double r) {
                links.add(new double[] {s, e});
            }
        });
        double[] p = new double[6];
        double[] q = new double[6];
        double broken = Double.NaN;
        for (double t = 0; t <= span && Double.isNaN(broken); t += 0.5) {
            src.state(0, t, p, 0);
            src.state(1, t, q, 0);
            if (Math.sqrt(Math.pow(q[0] - p[0], 2) + Math.pow(q[1] - p[1], 2) + Math.pow(q[2] - p[2], 2)) >= range) {
                broken = t;
            }
        }
        assertThat(broken).isBetween(3_600.0, span - 3_600);
        assertThat(links).hasSize(1);
        assertThat(links.get(0)[0]).isEqualTo(0.0);
        assertThat(links.get(0)[1]).isCloseTo(broken, within(EDGE_TOLERANCE_S));
        // Fixed 60 s steps take 2 calls per step over the whole day, plus refinement (2,970 calls
        // measured with skipping disabled); skipping must save at least a quarter of the calls
        // the steps before the break would take.
        double fixedCalls = 2 * span / IslFinder.DEFAULT_STEP_S;
        assertThat(calls[0]).isLessThan((int) (fixedCalls - 0.25 * 2 * broken / IslFinder.DEFAULT_STEP_S));
    }

    /**
     * Two members of a station-kept cluster are linked the whole year at their fixed distance,
     * found with far fewer ephemeris calls than the same pair seen as two free satellites (the
     * source wrapped so that it hides the rigidity), and with the same answer.
     */
    @Test
    void aRigidPairIsFoundWithLongStepsAndTheSameAnswer() {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-06-21T00:00:00Z"), FDC.utc());
        org.skyrack.scenario.ConstellationGroup.Cluster c = new org.skyrack.scenario.ConstellationGroup.Cluster("c", "d",
                81, 1000, 50, new org.skyrack.scenario.ConstellationGroup.SsoReference(650e3, 18 * 3600));
        List<org.skyrack.orbit.SatelliteOrbit> sats = new org.skyrack.orbit.ConstellationBuilder(FDC.dataContext(), epoch)
                .build(new org.skyrack.scenario.Constellation(PropagatorKind.SGP4, List.of(c)));
        org.skyrack.orbit.EphemerisSource kept = org.skyrack.orbit.Ephemerides.of(sats, PropagatorKind.SGP4,
                FDC.dataContext(), epoch);
        double rigid = kept.rigidDistanceM(3, 40);
        assertThat(rigid).isBetween(0.0, 2000.0);
        int[] calls = {0, 0};
        double span = 365 * 86_400.0;
        List<double[]> found = new ArrayList<>();
        for (int hide = 0; hide < 2; hide++) {
            int which = hide;
            org.skyrack.orbit.EphemerisSource counted = new org.skyrack.orbit.EphemerisSource() {
                @Override
                public int size() {
                    return kept.size();
                }

                @Override
                public void state(int sat, double t, double[] out, int off) {
                    calls[which]++;
                    kept.state(sat, t, out, off);
                }

                @Override
                public double rigidDistanceM(int a, int b) {
                    return which == 0 ? kept.rigidDistanceM(a, b) : Double.NaN;
                }
            };
            new IslFinder(counted, 5e3, GRAZING_M, IslFinder.DEFAULT_STEP_S).find(3, 40, 0, span, new EventSink() {
                @Override
                public void link(int x, int y, double s, double e, double r) {
                    found.add(new double[] {s, e, r});
                }
            });
        }
        assertThat(found).hasSize(2);
        for (double[] f : found) {
            assertThat(f[0]).isEqualTo(0.0);
            assertThat(f[1]).isEqualTo(span);
            assertThat(f[2]).isCloseTo(rigid, within(1e-6));
        }
        // The free-pair bound allows 600 s at most; the rigid one hours (clearance ~550 km at ≤ ~60 m/s).
        assertThat(calls[0]).isLessThan(calls[1] / 4);
    }

    private static PropagatorSource coplanar(double du) {
        AbsoluteDate epoch = new AbsoluteDate(Instant.parse("2027-03-01T00:00:00Z"), FDC.utc());
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + 550e3;
        List<Propagator> ps = new ArrayList<>();
        for (double u : new double[] {0, du}) {
            ps.add(DesignPropagators.of(new CircularOrbit(a, 0, 0, 0.1, 0, u, PositionAngleType.MEAN,
                    FDC.frames().getEME2000(), epoch, Constants.WGS84_EARTH_MU), PropagatorKind.KEPLERIAN));
        }
        return new PropagatorSource(ps, epoch, FDC.frames().getTEME());
    }
}
