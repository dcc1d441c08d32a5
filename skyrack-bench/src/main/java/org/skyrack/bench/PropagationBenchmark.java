package org.skyrack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.frames.Frame;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.Sgp4Batch;

/**
 * Propagation throughput, in satellite-steps per second: one benchmark operation advances one
 * of 1,000 near-Earth satellites (a Walker 53°: 1000/20/1 shell at 550 km) by one 60 s step,
 * each invocation stepping all 1,000. Compared: skyrack's {@link Sgp4Batch} kernel, Orekit's
 * SGP4 ({@code TLEPropagator}, one per satellite, TEME output) on the same TLEs, and Orekit's
 * Eckstein–Hechler propagator (one per satellite, mean elements, EIGEN-5C J2–J6, EME2000
 * output) on the same orbits. Each Orekit propagator is called by its cheapest public path:
 * {@code TLEPropagator.getPVCoordinates(date)} and {@code EcksteinHechlerPropagator.propagateOrbit(date)},
 * not {@code Propagator.propagate}, whose event and step-handler machinery costs more than the
 * model itself. {@code drag} gives every TLE B* = 1e-4 (SGP4's drag terms; the
 * kernel skips them exactly when B* = 0, as design-orbit TLEs have). Simulated time wraps
 * every week. Run: {@code java -jar skyrack-bench/target/benchmarks.jar PropagationBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
public class PropagationBenchmark {

    /** Satellites stepped per invocation. */
    public static final int SATELLITES = 1000;
    private static final int PLANES = 20;
    private static final double ALTITUDE_M = 550e3;
    private static final double INCLINATION_RAD = Math.toRadians(53);
    private static final double STEP_S = 60.0;
    private static final double WRAP_S = 7 * 86400.0;

    /** Whether the TLEs carry drag (B* = 1e-4) or none (B* = 0, as design orbits). */
    @Param({"false", "true"})
    public boolean drag;

    private Sgp4Batch kernel;
    private TLEPropagator[] sgp4;
    private EcksteinHechlerPropagator[] eh;
    private AbsoluteDate epoch;
    private double[] out;
    private double t;

    @Setup(Level.Trial)
    public void setUp() {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        Frame teme = fdc.frames().getTEME();
        Frame eme2000 = fdc.frames().getEME2000();
        epoch = new AbsoluteDate(2026, 3, 20, 0, 0, 0.0, fdc.utc());
        double a = Sgp4Batch.EARTH_RADIUS_KM * 1000 + ALTITUDE_M;
        int perPlane = SATELLITES / PLANES;
        List<TLE> tles = new ArrayList<>(SATELLITES);
        sgp4 = new TLEPropagator[SATELLITES];
        eh = new EcksteinHechlerPropagator[SATELLITES];
        FrameAlignedProvider temeAttitude = new FrameAlignedProvider(teme);
        FrameAlignedProvider inertialAttitude = new FrameAlignedProvider(eme2000);
        for (int k = 0; k < SATELLITES; k++) {
            int plane = k / perPlane;
            double raan = 2 * Math.PI * plane / PLANES;
            // Walker phasing F = 1: plane p is shifted by p * 360 / T deg.
            double anomaly = 2 * Math.PI * (k % perPlane) / perPlane + 2 * Math.PI * plane / SATELLITES;
            TLE tle = Sgp4Batch.meanElementsTle(k, a, 0.0, INCLINATION_RAD, raan, 0.0, anomaly,
                    drag ? 1e-4 : 0.0, epoch, fdc.utc());
            tles.add(tle);
            sgp4[k] = TLEPropagator.selectExtrapolator(tle, temeAttitude, Propagator.DEFAULT_MASS, teme);
            CircularOrbit orbit = new CircularOrbit(a, 0.0, 0.0, INCLINATION_RAD, raan, anomaly, PositionAngleType.MEAN,
                    eme2000, epoch, Constants.EIGEN5C_EARTH_MU);
            eh[k] = new EcksteinHechlerPropagator(orbit, inertialAttitude, Propagator.DEFAULT_MASS,
                    Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, Constants.EIGEN5C_EARTH_MU,
                    Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40,
                    Constants.EIGEN5C_EARTH_C50, Constants.EIGEN5C_EARTH_C60, PropagationType.MEAN);
        }
        kernel = new Sgp4Batch(tles, epoch);
        out = new double[6 * SATELLITES];
        t = 0;
    }

    private double nextTime() {
        t += STEP_S;
        if (t >= WRAP_S) {
            t = 0;
        }
        return t;
    }

    /** skyrack's SGP4 kernel: all satellites one step on. */
    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public double[] sgp4Kernel() {
        double now = nextTime();
        for (int k = 0; k < SATELLITES; k++) {
            kernel.state(k, now, out, 6 * k);
        }
        return out;
    }

    /** Orekit's SGP4, one TLEPropagator per satellite, TEME position-velocity. */
    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public void orekitSgp4(Blackhole bh) {
        AbsoluteDate date = epoch.shiftedBy(nextTime());
        for (int k = 0; k < SATELLITES; k++) {
            bh.consume(sgp4[k].getPVCoordinates(date));
        }
    }

    /** Orekit's Eckstein–Hechler, one propagator per satellite, EME2000 position-velocity. */
    @Benchmark
    @OperationsPerInvocation(SATELLITES)
    public void orekitEcksteinHechler(Blackhole bh) {
        AbsoluteDate date = epoch.shiftedBy(nextTime());
        for (int k = 0; k < SATELLITES; k++) {
            bh.consume(eh[k].propagateOrbit(date).getPVCoordinates());
        }
    }
}
