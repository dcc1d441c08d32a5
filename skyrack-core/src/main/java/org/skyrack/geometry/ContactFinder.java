package org.skyrack.geometry;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.skyrack.orbit.EphemerisSource;

/**
 * Passes of one satellite over every ground station: AOS and LOS where the elevation crosses
 * the station's mask, and the time and value of the highest elevation, each refined to
 * {@value Refine#TIME_ACCURACY_S} s. The satellite is propagated once per sample and the
 * station geometry is a few dot products, so 20 stations cost little more than one.
 */
public final class ContactFinder {

    /** Default sampling step, s. */
    public static final double DEFAULT_STEP_S = 60;
    /**
     * How far below the mask a sampled maximum of sin(elevation) − sin(mask) may be and still be
     * refined, per squared second of step, 1/s². Samples that bracket a smooth maximum miss it by
     * at most |g''|·h²/8. Only passes that barely reach the mask can hide between samples, and for
     * those the satellite is at least the horizon slant range away (≥ 1,380 km from 150 km up), so
     * |g''| ≤ (v/range)² ≈ 3.2e-5 /s²: 3.2e-5·h² leaves a safety factor of 8.
     */
    private static final double DIP_MARGIN_PER_STEP2 = 3.2e-5;

    private final EphemerisSource ephemeris;
    private final EarthSunGrid grid;
    private final GroundStationGeometry stations;
    private final double stepS;

    public ContactFinder(EphemerisSource ephemeris, EarthSunGrid grid, GroundStationGeometry stations, double stepS) {
        if (!(stepS > 0)) {
            throw new IllegalArgumentException("step must be > 0 s, got " + stepS);
        }
        this.ephemeris = ephemeris;
        this.grid = grid;
        this.stations = stations;
        this.stepS = stepS;
    }

    /** Finds the passes of {@code satellite} over every station in [startS, endS]. */
    public void find(int satellite, double startS, double endS, EventSink sink) {
        double[] pv = new double[6];
        double[] itrf = new double[3];
        Refine refine = new Refine();
        int m = stations.size();
        IntervalTracker[] trackers = new IntervalTracker[m];
        DoubleUnaryOperator[] margin = new DoubleUnaryOperator[m];
        IntervalTracker.Consumer[] consumers = new IntervalTracker.Consumer[m];
        for (int j = 0; j < m; j++) {
            int station = j;
            trackers[j] = new IntervalTracker(DIP_MARGIN_PER_STEP2 * stepS * stepS);
            margin[j] = t -> {
                itrf(satellite, t, pv, itrf);
                return stations.elevationMargin(station, itrf, 0);
            };
            consumers[j] = (aos, los) -> {
                double[] max = refine.extremum(margin[station], aos, los, GoalType.MAXIMIZE);
                itrf(satellite, max[0], pv, itrf);
                sink.contact(satellite, station, aos, los, stations.elevation(station, itrf, 0), max[0],
                        stations.range(station, itrf, 0));
            };
        }
        int n = (int) Math.ceil((endS - startS) / stepS);
        for (int i = 0; i <= n; i++) {
            double t = i == n ? endS : startS + i * stepS;
            itrf(satellite, t, pv, itrf);
            double x = itrf[0];
            double y = itrf[1];
            double z = itrf[2];
            for (int j = 0; j < m; j++) {
                itrf[0] = x;
                itrf[1] = y;
                itrf[2] = z;
                trackers[j].sample(t, stations.elevationMargin(j, itrf, 0), margin[j], refine, consumers[j]);
            }
        }
        for (int j = 0; j < m; j++) {
            trackers[j].finish(endS, consumers[j]);
        }
    }

    private void itrf(int satellite, double t, double[] pv, double[] out) {
        ephemeris.state(satellite, t, pv, 0);
        grid.temeToItrf(t, pv[0], pv[1], pv[2], out, 0);
    }
}
