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
