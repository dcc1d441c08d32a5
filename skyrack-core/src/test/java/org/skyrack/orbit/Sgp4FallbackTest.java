package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.UTCScale;
import org.orekit.utils.PVCoordinates;
import org.skyrack.flightdata.FlightDynamicsContext;

/** {@link Sgp4Batch#of} and its fallback {@link OrekitEphemerisSource} for deep-space TLEs. */
class Sgp4FallbackTest {

    private static FlightDynamicsContext fdc;
    private static UTCScale utc;
    private static Frame teme;

    @BeforeAll
    static void context() {
        fdc = FlightDynamicsContext.offline();
        utc = fdc.utc();
        teme = fdc.frames().getTEME();
    }

    private static TLE verificationTle(int norad) {
        return Sgp4VerificationSet.cases().stream().filter(c -> c.norad() == norad).findFirst().orElseThrow().tle(utc);
    }

    @Test
    void nearEarthSetsRunOnTheKernelAndAnyDeepSpaceTleSendsTheSetToOrekit() {
        TLE iss = new TLE(Sgp4BatchTest.ISS_LINE1, Sgp4BatchTest.ISS_LINE2, utc);
        TLE gps = verificationTle(28129);
        AbsoluteDate epoch = iss.getDate();
        assertThat(Sgp4Batch.isNearEarth(iss)).isTrue();
        assertThat(Sgp4Batch.isNearEarth(gps)).isFalse();
        assertThat(Sgp4Batch.of(List.of(iss, verificationTle(6251)), epoch, fdc.frames())).isInstanceOf(Sgp4Batch.class);
        EphemerisSource mixed = Sgp4Batch.of(List.of(iss, gps), epoch, fdc.frames());
        assertThat(mixed).isInstanceOf(OrekitEphemerisSource.class);
        assertThat(mixed.size()).isEqualTo(2);
        assertThatThrownBy(() -> new Sgp4Batch(List.of(iss, gps), epoch))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deep-space");
    }

    @Test
    void theFallbackGivesOrekitsTemeStates() {
        List<TLE> tles = new ArrayList<>();
        for (int norad : new int[] {5, 28129, 20413, 9880}) {
            tles.add(verificationTle(norad));
        }
        AbsoluteDate epoch = tles.get(0).getDate();
        EphemerisSource source = Sgp4Batch.of(tles, epoch, fdc.frames());
        double[] out = new double[8];
        for (int s = 0; s < tles.size(); s++) {
            TLEPropagator reference = TLEPropagator.selectExtrapolator(tles.get(s), new FrameAlignedProvider(teme),
                    Propagator.DEFAULT_MASS, teme);
            double t0 = tles.get(s).getDate().durationFrom(epoch);
            for (int m = 0; m <= 1440; m += 37) {
                source.state(s, t0 + 60.0 * m, out, 2);
                PVCoordinates pv = reference.getPVCoordinates(epoch.shiftedBy(t0 + 60.0 * m));
                assertThat(new double[] {out[2], out[3], out[4], out[5], out[6], out[7]}).containsExactly(
                        pv.getPosition().getX(), pv.getPosition().getY(), pv.getPosition().getZ(),
                        pv.getVelocity().getX(), pv.getVelocity().getY(), pv.getVelocity().getZ());
            }
        }
    }

    @Test
    void theFallbackReportsTheKernelsCodesWhereItCanTellThem() {
        AbsoluteDate epoch = new AbsoluteDate(2026, 3, 20, 0, 0, 0.0, utc);
        double re = Sgp4Batch.EARTH_RADIUS_KM * 1000;
        TLE decays = verificationTle(28872);
        List<TLE> tles = List.of(decays,
                Sgp4Batch.meanElementsTle(1, 1.06 * re, 0.05, 1.0, 0.3, 0.5, 0.2, -1.0, epoch, utc),
                Sgp4Batch.meanElementsTle(2, 1.5 * re, 0.99, Math.acos(Math.sqrt(1.0 / 3.0)), 0, Math.PI / 2, 0, epoch,
                        utc));
        EphemerisSource fallback = OrekitEphemerisSource.ofTles(tles, epoch, teme);
        EphemerisSource kernel = new Sgp4Batch(tles, epoch);
        double[] out = new double[6];
        double decayT0 = decays.getDate().durationFrom(epoch);
        // Orekit's radius crosses one Earth radius at the step the kernel reports its decay (6).
        for (int m = 0; m < 52; m++) {
            fallback.state(0, decayT0 + 60.0 * m, out, 0);
        }
        assertThat(code(fallback, 0, decayT0 + 52 * 60.0)).isEqualTo(6).isEqualTo(code(kernel, 0, decayT0 + 52 * 60.0));
        // Orekit's "too large eccentricity" is error 1.
        assertThat(code(fallback, 1, 60.0)).isEqualTo(1).isEqualTo(code(kernel, 1, 60.0));
        // A state that is not a number (here the kernel's 4) is reported as code 0.
        assertThat(code(fallback, 2, 60.0)).isZero();
        assertThat(code(kernel, 2, 60.0)).isEqualTo(4);
    }

    private static int code(EphemerisSource source, int satellite, double t) {
        PropagationException e = catchThrowableOfType(PropagationException.class,
                () -> source.state(satellite, t, new double[6], 0));
        assertThat(e).as("satellite %d at %s s", satellite, t).isNotNull();
        assertThat(e.satellite()).isEqualTo(satellite);
        return e.sgp4ErrorCode();
    }
}
