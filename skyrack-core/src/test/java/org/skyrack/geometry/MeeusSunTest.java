package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.TimeComponents;
import org.orekit.utils.IERSConventions;
import org.skyrack.flightdata.FlightDynamicsContext;

class MeeusSunTest {

    /** Meeus quotes the ch. 25 method as good to 0.01°; Example 25.a is given to 1e-4°. */
    private static final double APPARENT_PLACE_TOLERANCE_DEG = 0.01;
    /** Example 25.a gives R to 1e-5 AU. */
    private static final double EXAMPLE_RADIUS_TOLERANCE_AU = 1e-5;
    /**
     * The target of this model: within 0.01° of VSOP87 in direction over 2000–2050. A scan every
     * 6 h peaks at 0.00965° (2029-08), so the margin is thin: the ch. 25 longitude leaves out the
     * lunar and planetary perturbations (6.4″ from the Moon, 2–7″ each from Venus and Jupiter).
     */
    private static final double DIRECTION_TOLERANCE_DEG = 0.01;
    /** Orekit's analytical Sun is good to ~13″ at 2000-01-01, so both should agree to this. */
    private static final double OREKIT_ANALYTICAL_AT_2000_TOLERANCE_DEG = 0.005;
    /** Orekit's analytical Sun in 2026, fixed perigee: its offset from Meeus lies in this band. */
    private static final double OREKIT_ANALYTICAL_2026_MIN_OFFSET_DEG = 0.05;
    private static final double OREKIT_ANALYTICAL_2026_MAX_OFFSET_DEG = 0.1;
    /** Our VSOP87 oracle against Meeus's Example 25.b (VSOP87, Appendix III): 0.1″ and 1e-8 AU. */
    private static final double ORACLE_ANGLE_TOLERANCE_DEG = 0.1 / 3600;
    private static final double ORACLE_RADIUS_TOLERANCE_AU = 1e-8;
    /**
     * Orekit's IAU 1976 ecliptic of date to GCRF and ours (same model): 1 mas. (Orekit hangs the
     * IERS 1996 mean-of-date frame on GCRF, not EME2000, so against EME2000 the 22 mas frame bias shows.)
     */
    private static final double PRECESSION_TOLERANCE_RAD = Math.toRadians(0.001 / 3600);
    /**
     * Distance of the ch. 25 Keplerian radius from VSOP87, AU. Not the 1e-5 AU first asked for:
     * the Keplerian formula has no perturbations, and the Moon alone moves the Earth's centre
     * ±3.1e-5 AU (4,670 km) about the Earth–Moon barycentre while Venus and Jupiter add ~1.6e-5 AU
     * each; Meeus's own Examples 25.a and 25.b differ by 5.2e-5 AU. A scan every 6 h over
     * 2000–2050 peaks at 8.05e-5 AU (1.2e4 km, 8e-5 relative: 1.6e-4 of the solar flux).
     */
    private static final double RADIUS_VS_VSOP87_TOLERANCE_AU = 9e-5;

    private static FlightDynamicsContext fdc;
    private static MeeusSun meeus;
    private static Frame gcrf;
    private static Frame eclipticOfDate;

    @BeforeAll
    static void context() {
        fdc = FlightDynamicsContext.offline();
        meeus = new MeeusSun(fdc.dataContext());
        gcrf = fdc.frames().getGCRF();
        eclipticOfDate = fdc.frames().getEcliptic(IERSConventions.IERS_1996);
    }

    @Test
    void apparentPlaceMatchesMeeusExample25a() {
        // 1992 October 13.0 TD = JDE 2448908.5: α = 13h13m31.4s = 198.38083°, δ = −7°47'06" = −7.78507°, R = 0.99766.
        MeeusSun.Apparent sun = MeeusSun.apparentOfDate(secondsFromJde(2448908.5));
        assertThat(Math.toDegrees(sun.rightAscensionRad())).isCloseTo(198.3808, within(APPARENT_PLACE_TOLERANCE_DEG));
        assertThat(Math.toDegrees(sun.declinationRad())).isCloseTo(-7.7850, within(APPARENT_PLACE_TOLERANCE_DEG));
        assertThat(sun.distanceM() / MeeusSun.AU_M).isCloseTo(0.99766, within(EXAMPLE_RADIUS_TOLERANCE_AU));
    }

    @Test
    void vsop87OracleMatchesMeeusExample25b() {
        // Same date from VSOP87: geometric FK5 longitude 199.907347°, latitude +0.62", R = 0.99760775 AU.
        double[] sun = Vsop87Earth.geometricSun(secondsFromJde(2448908.5) / MeeusSun.SECONDS_PER_JULIAN_CENTURY);
        assertThat(Math.toDegrees(sun[0])).isCloseTo(199.907347, within(ORACLE_ANGLE_TOLERANCE_DEG));
        assertThat(Math.toDegrees(sun[1])).isCloseTo(0.62 / 3600, within(ORACLE_ANGLE_TOLERANCE_DEG));
        assertThat(sun[2]).isCloseTo(0.99760775, within(ORACLE_RADIUS_TOLERANCE_AU));
    }

    @Test
    void precessionToJ2000IsOrekitsIau1976() {
        for (double year = 2000; year <= 2050; year += 5) {
            double s = (year - 2000) * 365.25 * 86400;
            double t = s / MeeusSun.SECONDS_PER_JULIAN_CENTURY;
            double longitude = Math.toRadians(37 * (year - 1999));
            double[] ours = new double[3];
            MeeusSun.toJ2000(t, longitude, 1.0, ours);
            Vector3D orekit = eclipticOfDate.getStaticTransformTo(gcrf, date(s))
                    .transformPosition(new Vector3D(Math.cos(longitude), Math.sin(longitude), 0));
            assertThat(Vector3D.angle(new Vector3D(ours), orekit)).as("%s", year).isLessThan(PRECESSION_TOLERANCE_RAD);
        }
    }

    @Test
    void agreesWithOrekitsAnalyticalSunAtTheStartOf2000() {
        AnalyticalSolarPositionProvider orekit = new AnalyticalSolarPositionProvider(fdc.dataContext());
        AbsoluteDate date = new AbsoluteDate(new DateComponents(2000, 1, 1), TimeComponents.H00, fdc.timeScales().getTT());
        double angle = angleDeg(meeus.position(date, gcrf), orekit.getPosition(date, gcrf));
        System.out.printf("Meeus vs Orekit analytical Sun at 2000-01-01: %.5f deg%n", angle);
        assertThat(angle).isLessThan(OREKIT_ANALYTICAL_AT_2000_TOLERANCE_DEG);
    }

    @Test
    void in2026OrekitsAnalyticalSunHasDriftedButMeeusHasNot() {
        AnalyticalSolarPositionProvider orekit = new AnalyticalSolarPositionProvider(fdc.dataContext());
        AbsoluteDate start = new AbsoluteDate(new DateComponents(2026, 1, 1), TimeComponents.H00, fdc.timeScales().getTT());
        double minVsOrekit = Double.MAX_VALUE;
        double maxVsOrekit = 0;
        double maxVsVsop = 0;
        for (int day = 0; day < 365; day += 4) {
            AbsoluteDate date = start.shiftedBy(day * 86400.0 + 3600.0 * (day % 24));
            Vector3D ours = meeus.position(date, gcrf);
            double vsOrekit = angleDeg(ours, orekit.getPosition(date, gcrf));
            minVsOrekit = Math.min(minVsOrekit, vsOrekit);
            maxVsOrekit = Math.max(maxVsOrekit, vsOrekit);
            maxVsVsop = Math.max(maxVsVsop, angleDeg(ours, vsop87(date)));
        }
        System.out.printf("2026: Meeus vs Orekit analytical %.4f..%.4f deg; Meeus vs VSOP87 max %.5f deg%n",
                minVsOrekit, maxVsOrekit, maxVsVsop);
        assertThat(maxVsOrekit).isBetween(OREKIT_ANALYTICAL_2026_MIN_OFFSET_DEG, OREKIT_ANALYTICAL_2026_MAX_OFFSET_DEG);
        assertThat(maxVsVsop).isLessThan(DIRECTION_TOLERANCE_DEG);
    }

    @Test
    void directionAndDistanceFollowVsop87From2000To2050() {
        double maxAngle = 0;
        double maxRadius = 0;
        double[] p = new double[3];
        int samples = 0;
        // Every 7.3 days plus 5.3 h (so the hour cycles), 2000-01-01 to 2050-12-31.
        for (double s = -0.5 * 86400; s < 51 * 365.25 * 86400; s += 7.3 * 86400 + 5.3 * 3600) {
            meeus.positionGcrf(s, p);
            Vector3D ours = new Vector3D(p[0], p[1], p[2]);
            Vector3D reference = vsop87(date(s));
            maxAngle = Math.max(maxAngle, angleDeg(ours, reference));
            maxRadius = Math.max(maxRadius, Math.abs(ours.getNorm() - reference.getNorm()) / MeeusSun.AU_M);
            samples++;
        }
        System.out.printf("2000-2050, %d dates: Meeus vs VSOP87 max direction %.5f deg, max distance %.2e AU%n",
                samples, maxAngle, maxRadius);
        assertThat(maxAngle).isLessThan(DIRECTION_TOLERANCE_DEG);
        assertThat(maxRadius).isLessThan(RADIUS_VS_VSOP87_TOLERANCE_AU);
    }

    @Test
    void theDatePathIsTheFastPathInAnyFrame() {
        double s = 8.123e8;
        double[] p = new double[3];
        meeus.positionGcrf(s, p);
        AbsoluteDate date = date(s);
        assertThat(meeus.position(date, gcrf)).isEqualTo(new Vector3D(p[0], p[1], p[2]));
        Vector3D inItrf = meeus.position(date, fdc.itrf());
        Vector3D expected = gcrf.getStaticTransformTo(fdc.itrf(), date).transformPosition(new Vector3D(p[0], p[1], p[2]));
        assertThat(Vector3D.distance(inItrf, expected)).isLessThan(1e-3);
    }

    @Test
    void theAberratedDirectionTrailsTheGeometricOneBy20Point5ArcSeconds() {
        double[] geometric = new double[3];
        double[] aberrated = new double[3];
        for (double s = 0; s < 365.25 * 86400; s += 30 * 86400) {
            meeus.positionGcrf(s, geometric);
            meeus.aberratedPositionGcrf(s, aberrated);
            double angleArcsec = Math.toDegrees(Vector3D.angle(new Vector3D(geometric), new Vector3D(aberrated))) * 3600;
            double au = new Vector3D(geometric).getNorm() / MeeusSun.AU_M;
            assertThat(angleArcsec).isCloseTo(20.4898 / au, within(0.01));
            // Trailing: the aberrated Sun is behind along its (prograde) motion.
            Vector3D motion = new Vector3D(geometric).crossProduct(new Vector3D(aberrated));
            assertThat(motion.getZ()).isNegative();
        }
    }

    /** The VSOP87 oracle's Sun as a vector in GCRF, through Orekit's IAU 1976 ecliptic of date, m. */
    private static Vector3D vsop87(AbsoluteDate date) {
        double t = date.durationFrom(fdc.timeScales().getJ2000Epoch()) / MeeusSun.SECONDS_PER_JULIAN_CENTURY;
        double[] sun = Vsop87Earth.geometricSun(t);
        double r = sun[2] * MeeusSun.AU_M;
        Vector3D ecliptic = new Vector3D(r * Math.cos(sun[1]) * Math.cos(sun[0]),
                r * Math.cos(sun[1]) * Math.sin(sun[0]), r * Math.sin(sun[1]));
        return eclipticOfDate.getStaticTransformTo(gcrf, date).transformPosition(ecliptic);
    }

    private static AbsoluteDate date(double secondsSinceJ2000Tt) {
        return fdc.timeScales().getJ2000Epoch().shiftedBy(secondsSinceJ2000Tt);
    }

    private static double secondsFromJde(double jde) {
        return (jde - 2451545.0) * 86400.0;
    }

    private static double angleDeg(Vector3D a, Vector3D b) {
        return Math.toDegrees(Vector3D.angle(a, b));
    }
}
