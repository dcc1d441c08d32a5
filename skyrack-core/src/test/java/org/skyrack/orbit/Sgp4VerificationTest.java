package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import org.skyrack.flightdata.FlightDynamicsContext;

/**
 * Orekit's SGP4/SDP4, through {@link CheckedSgp4}, against the verification set of Vallado,
 * Crawford, Hujsak &amp; Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753: every TEME
 * state of {@code tcppver.out} (the reference C++ code run on {@code SGP4-VER.TLE}, WGS-72), and
 * the seven cases where the reference stops with an error code. See
 * {@code src/test/resources/sgp4/README.md}.
 */
class Sgp4VerificationTest {

    /** Position agreement required with the reference, m (its output is printed to 1e-5 m). */
    private static final double POSITION_TOLERANCE_M = 1.0;
    /** Velocity agreement required with the reference, m/s (1 mm/s; printed to 1e-6 m/s). */
    private static final double VELOCITY_TOLERANCE_M_PER_S = 1e-3;
    /** Two reference times are the same minute if they agree to this, min (printed to 1e-8 min). */
    private static final double TIME_MATCH_MIN = 1e-6;

    /**
     * The cases where the reference stops with an error: satellite, start of the run (20413 is
     * run twice, the second time 3.5 years out) and the code. After the last state it prints, the
     * next step of its loop is the one that failed.
     */
    private static final Map<String, Sgp4Status> REFERENCE_ERRORS = Map.of(
            key(22312, 54.2028672), Sgp4Status.MEAN_ELEMENTS,
            key(28350, 0.0), Sgp4Status.MEAN_ELEMENTS,
            key(28872, 0.0), Sgp4Status.DECAYED,
            key(29141, 0.0), Sgp4Status.DECAYED,
            key(33333, 0.0), Sgp4Status.NEGATIVE_SEMI_LATUS_RECTUM,
            key(33334, 0.0), Sgp4Status.PERTURBED_ECCENTRICITY,
            key(20413, 1844000.0), Sgp4Status.DECAYED);

    /**
     * The two runs where Orekit 13.1 and the reference part ways after t = 0, by far more than the
     * tolerance: their states past t = 0 are measured and reported, not held to it. 33333 is the
     * reference's synthetic e = 0.995 case for error 4: near perigee the osculating eccentricity
     * is ~0.99, and the most likely cause is that the reference's Kepler iteration (Newton, steps
     * capped at 0.95 rad, 10 passes) and Orekit's (first step capped at 1.25·e, then second order)
     * stop on different anomalies; not verified further.
     * 20413's second run is 3.5 years past epoch, where the luni-solar terms have driven the
     * eccentricity to 0.96 and the inclination negative (−16.6°), in the Lyddane branch of the
     * deep-space periodics; the difference is mostly along track and not diagnosed further
     * (flipping the inclination sign or reducing the node mod 2π, as the reference does, changes
     * nothing). The first 20413 run, at 1–3 days, agrees to 0.02 mm.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
            key(33333, 0.0), "Kepler solver at e = 0.995",
            key(20413, 1844000.0), "deep-space periodics 3.5 years out, negative inclination");

    /** Reference states compared: 700 lines, less 33 headers and the stale t = 0 line of 33334. */
    private static final int EXPECTED_STATES = 700 - 33 - 1;
    /** Of these, the states past t = 0 of the {@link #KNOWN_DIFFERENCES} runs: 4 of 33333, 69 of 20413. */
    private static final int EXPECTED_KNOWN_DIFFERENT_STATES = 4 + 69;

    /** Satellite whose t = 0 line repeats the previous satellite's last state (it failed in init). */
    private static final int STALE_INITIAL_STATE = 33334;

    private static FlightDynamicsContext fdc;
    private static Frame teme;
    private static List<Case> cases;

    /** One TLE of the set with the reference run's time span, min. */
    record Case(int index, String line1, String line2, double start, double stop, double step) {

        int satellite() {
            return Integer.parseInt(line1.substring(2, 7).trim());
        }

        TLE tle(FlightDynamicsContext context) {
            return new TLE(line1, line2, context.utc());
        }

        String key() {
            return Sgp4VerificationTest.key(satellite(), start);
        }

        /** The times the reference loop visits: 0 (init), then start, start + step, ... clipped at stop. */
        List<Double> loopTimes() {
            List<Double> times = new ArrayList<>();
            times.add(0.0);
            double t = start == 0 ? 0 : start - step;
            while (t < stop) {
                t = Math.min(t + step, stop);
                times.add(t);
            }
            return times;
        }

        @Override
        public String toString() {
            return String.format("%05d from %s min", satellite(), start);
        }
    }

    /** One reference TEME state: minutes since epoch, position km, velocity km/s. */
    record State(double minutes, Vector3D positionKm, Vector3D velocityKmPerS) {
    }

    /** The reference output for one TLE. */
    record Block(int satellite, List<State> states) {
    }

    private static List<Block> blocks;

    @BeforeAll
    static void load() {
        fdc = FlightDynamicsContext.offline();
        teme = fdc.frames().getTEME();
        cases = readCases(lines("/sgp4/SGP4-VER.TLE"));
        blocks = readBlocks(lines("/sgp4/tcppver.out"));
    }

    @Test
    void theFilesHoldTheThirtyThreeRunsInTheSameOrder() {
        assertThat(cases).hasSize(33);
        assertThat(blocks).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            assertThat(blocks.get(i).satellite()).as("run %d", i).isEqualTo(cases.get(i).satellite());
        }
        assertThat(cases.stream().map(Case::key).filter(REFERENCE_ERRORS::containsKey)).hasSize(REFERENCE_ERRORS.size());
    }

    static Stream<Arguments> runs() {
        load();
        return IntStream.range(0, cases.size()).mapToObj(i -> Arguments.of(cases.get(i), blocks.get(i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyReferenceStateIsMatchedAndEveryReferenceErrorIsReported(Case run, Block reference) {
        List<State> states = comparableStates(run, reference);
        List<Double> loop = run.loopTimes();
        // The printed states are the reference loop's times in order: all of them, or up to a failure.
        assertThat(states.size()).isLessThanOrEqualTo(loop.size());
        for (int i = 0; i < states.size(); i++) {
            assertThat(states.get(i).minutes()).as("%s state %d", run, i).isCloseTo(loop.get(i), within(TIME_MATCH_MIN));
        }
        Sgp4Status expectedError = REFERENCE_ERRORS.get(run.key());
        if (expectedError == null) {
            assertThat(states).as("%s ran to its stop time", run).hasSize(loop.size());
        } else {
            assertThat(states).as("%s stopped early", run).hasSizeLessThan(loop.size());
        }

        if (states.isEmpty()) {
            // Fails in initialisation, as the reference's sgp4init does (its t = 0 call of sgp4).
            Sgp4Exception e = catchThrowableOfType(Sgp4Exception.class, () -> propagator(run));
            assertThat(e).as("%s fails at construction", run).isNotNull();
            assertThat(e.status()).isEqualTo(expectedError);
            assertThat(e.minutesSinceEpoch()).isZero();
            assertThat(e.satelliteNumber()).isEqualTo(run.satellite());
            return;
        }
        TLEPropagator propagator = propagator(run);
        for (State s : states) {
            Errors e = compare(propagator, run, s);
            if (isKnownDifference(run, s)) {
                // Kept honest: if Orekit comes to agree here, this fails and the state joins the others.
                assertThat(e.positionM()).as("%s at %s min (%s)", run, s.minutes(), KNOWN_DIFFERENCES.get(run.key()))
                        .isGreaterThan(POSITION_TOLERANCE_M);
                continue;
            }
            assertThat(e.positionM()).as("%s position at %s min", run, s.minutes()).isLessThan(POSITION_TOLERANCE_M);
            assertThat(e.velocityMPerS()).as("%s velocity at %s min", run, s.minutes())
                    .isLessThan(VELOCITY_TOLERANCE_M_PER_S);
        }
        if (expectedError == null) {
            return;
        }
        // The next step of the reference loop is where it reported the error; so must we.
        double failure = loop.get(states.size());
        assertThatThrownBy(() -> propagator.getPVCoordinates(date(run, failure)))
                .isInstanceOfSatisfying(Sgp4Exception.class, e -> {
                    assertThat(e.status()).isEqualTo(expectedError);
                    assertThat(e.satelliteNumber()).isEqualTo(run.satellite());
                    assertThat(e.minutesSinceEpoch()).isCloseTo(failure, within(TIME_MATCH_MIN));
                });
    }

    @Test
    void allReferenceStatesAgreeWithinOneMetreAndOneMillimetrePerSecondButTheKnownDifferences() {
        Worst agreed = new Worst();
        Worst known = new Worst();
        for (int i = 0; i < cases.size(); i++) {
            Case run = cases.get(i);
            List<State> states = comparableStates(run, blocks.get(i));
            if (states.isEmpty()) {
                continue;
            }
            TLEPropagator propagator = propagator(run);
            for (State s : states) {
                (isKnownDifference(run, s) ? known : agreed).add(run, s, compare(propagator, run, s));
            }
        }
        System.out.printf("SGP4 verification: %d states within tolerance, max position error %.3e m (%s),"
                + " max velocity error %.3e m/s (%s); %d known-different states, max %.3e m, %.3e m/s%n",
                agreed.count, agreed.positionM, agreed.positionAt, agreed.velocityMPerS, agreed.velocityAt,
                known.count, known.positionM, known.velocityMPerS);
        assertThat(agreed.count + known.count).isEqualTo(EXPECTED_STATES);
        assertThat(known.count).isEqualTo(EXPECTED_KNOWN_DIFFERENT_STATES);
        assertThat(agreed.positionM).isLessThan(POSITION_TOLERANCE_M);
        assertThat(agreed.velocityMPerS).isLessThan(VELOCITY_TOLERANCE_M_PER_S);
    }

    /** Largest differences over a set of states, and where they were. */
    private static final class Worst {
        int count;
        double positionM;
        double velocityMPerS;
        String positionAt = "";
        String velocityAt = "";

        void add(Case run, State s, Errors e) {
            count++;
            if (e.positionM() > positionM) {
                positionM = e.positionM();
                positionAt = run + " at " + s.minutes() + " min";
            }
            if (e.velocityMPerS() > velocityMPerS) {
                velocityMPerS = e.velocityMPerS();
                velocityAt = run + " at " + s.minutes() + " min";
            }
        }
    }

    private static boolean isKnownDifference(Case run, State s) {
        return KNOWN_DIFFERENCES.containsKey(run.key()) && s.minutes() != 0.0;
    }

    @Test
    void runsThatTheReferenceCompletesNeverRaiseAnError() {
        // The checks must not fire early: every loop time of a completed run propagates.
        for (Case run : cases) {
            if (!REFERENCE_ERRORS.containsKey(run.key())) {
                TLEPropagator propagator = propagator(run);
                for (double t : run.loopTimes()) {
                    assertThat(propagator.getPVCoordinates(date(run, t)).getPosition().getNorm())
                            .as("%s at %s min", run, t).isGreaterThan(CheckedSgp4.EARTH_RADIUS_M);
                }
            }
        }
    }

    @Test
    void plainOrekitGivesNoErrorWhereTheReferenceStops() {
        // Why CheckedSgp4 exists: past the reference's error, Orekit alone goes on, inside the Earth or with NaN.
        Case decayed = cases.stream().filter(c -> c.key().equals(key(28872, 0.0))).findFirst().orElseThrow();
        TLEPropagator plain = TLEPropagator.selectExtrapolator(decayed.tle(fdc), new FrameAlignedProvider(teme),
                Propagator.DEFAULT_MASS, teme);
        assertThat(plain.getPVCoordinates(date(decayed, 55.0)).getPosition().getNorm())
                .isLessThan(CheckedSgp4.EARTH_RADIUS_M);
        Case initFailure = cases.stream().filter(c -> c.satellite() == STALE_INITIAL_STATE).findFirst().orElseThrow();
        TLEPropagator nan = TLEPropagator.selectExtrapolator(initFailure.tle(fdc), new FrameAlignedProvider(teme),
                Propagator.DEFAULT_MASS, teme);
        assertThat(nan.getPVCoordinates(date(initFailure, 0.0)).getPosition().getNorm()).isNaN();
    }

    /** Reference states to compare: all, but the t = 0 line of 33334, a copy of 33333's last state. */
    private static List<State> comparableStates(Case run, Block reference) {
        if (run.satellite() == STALE_INITIAL_STATE) {
            assertThat(reference.states()).hasSize(1);
            return List.of();
        }
        return reference.states();
    }

    private static TLEPropagator propagator(Case run) {
        return CheckedSgp4.of(run.tle(fdc), teme);
    }

    private static AbsoluteDate date(Case run, double minutes) {
        return run.tle(fdc).getDate().shiftedBy(minutes * 60.0);
    }

    private static Errors compare(TLEPropagator propagator, Case run, State reference) {
        PVCoordinates pv = propagator.getPVCoordinates(date(run, reference.minutes()));
        return new Errors(Vector3D.distance(pv.getPosition(), reference.positionKm().scalarMultiply(1000)),
                Vector3D.distance(pv.getVelocity(), reference.velocityKmPerS().scalarMultiply(1000)));
    }

    /** Differences from the reference: position m, velocity m/s. */
    record Errors(double positionM, double velocityMPerS) {
    }

    private static String key(int satellite, double start) {
        return satellite + "@" + start;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(Sgp4VerificationTest.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            // readLine drops the CRLF endings of SGP4-VER.TLE as well as plain LFs.
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line 2 carries the run's start, stop and step (min) after column 69. */
    private static List<Case> readCases(List<String> lines) {
        List<Case> out = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("1 ") && lines.get(i + 1).startsWith("2 ")) {
                String line2 = lines.get(i + 1);
                String[] span = line2.substring(69).trim().split("\\s+");
                out.add(new Case(out.size(), lines.get(i), line2.substring(0, 69), Double.parseDouble(span[0]),
                        Double.parseDouble(span[1]), Double.parseDouble(span[2])));
                i++;
            }
        }
        return out;
    }

    /** A block starts with "NNNNN xx"; each state line starts with t, x, y, z, vx, vy, vz. */
    private static List<Block> readBlocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        List<State> current = null;
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[1].equals("xx")) {
                current = new ArrayList<>();
                out.add(new Block(Integer.parseInt(f[0]), current));
            } else if (f.length >= 7) {
                Objects.requireNonNull(current, "state before the first satellite header");
                current.add(new State(Double.parseDouble(f[0]),
                        new Vector3D(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])),
                        new Vector3D(Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]))));
            }
        }
        return out;
    }
}
