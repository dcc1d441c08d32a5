package org.skyrack.geometry;

import java.util.Objects;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * The Sun from Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998), ch. 25, low-accuracy method:
 * a Keplerian geocentric orbit whose mean longitude, mean anomaly and eccentricity all vary with
 * time (so the perigee moves, unlike Orekit's {@code AnalyticalSolarPositionProvider}), giving the
 * true longitude and the radius vector referred to the mean equinox of date. Meeus puts the
 * longitude error at about 0.01°; against a truncated VSOP87, sampled every 6 h over 2000–2050,
 * the direction stays within 0.0097° and the distance within 8.1e-5 AU (the lunar and planetary
 * perturbations it leaves out). Positions in m, times in seconds of TT since J2000.0.
 *
 * <p>{@link #positionGcrf} and {@link #position} give the <b>geometric</b> position (no light
 * time, no aberration) in the mean equator and equinox of J2000.0: the ecliptic longitude of date
 * is put on the mean equator of date with the mean obliquity (Meeus eq. 22.2) and precessed to
 * J2000.0 with the IAU 1976 angles ζ, z, θ (Lieske 1977; Meeus eq. 21.2–21.4). Subtracting the
 * general precession in longitude and using the J2000 obliquity instead would ignore the motion
 * of the ecliptic (47″ per century), up to 0.007° by 2050. The geometric position matches what
 * Orekit's JPL-based Sun returns. For shadow geometry the light that reaches the Earth left the
 * Sun 8.3 min earlier and arrives aberrated by the Earth's orbital motion: the Sun's apparent
 * direction lies 20.5″ behind the geometric one along the ecliptic, which moves the Earth's
 * shadow axis by that much and a low-orbit eclipse entry or exit by about a tenth of a second.
 * {@link #aberratedPositionGcrf} gives that direction (−20.4898″/R in longitude, Meeus ch. 25)
 * for callers who want it; {@link #apparentOfDate} adds Meeus's abbreviated nutation as well and
 * is what Meeus's worked example checks.
 */
public final class MeeusSun implements SunEphemeris {

    /** The astronomical unit, m (IAU 2012 resolution B2). */
    public static final double AU_M = 149_597_870_700.0;
    /** Seconds in a Julian century. */
    static final double SECONDS_PER_JULIAN_CENTURY = 36_525.0 * 86_400.0;
    /** Aberration of the Sun in longitude at 1 AU, rad (Meeus ch. 25: 20.4898″). */
    static final double ABERRATION_RAD = Math.toRadians(20.4898 / 3600.0);

    private static final double ARCSEC = Math.toRadians(1.0 / 3600.0);

    private final Frame gcrf;
    private final AbsoluteDate j2000;

    /**
     * @param context the data context that provides GCRF and the J2000.0 epoch (TT)
     */
    public MeeusSun(DataContext context) {
        Objects.requireNonNull(context, "context");
        this.gcrf = context.getFrames().getGCRF();
        this.j2000 = context.getTimeScales().getJ2000Epoch();
    }

    @Override
    public Vector3D position(AbsoluteDate date, Frame frame) {
        double[] p = new double[3];
        positionGcrf(date.durationFrom(j2000), p);
        Vector3D gcrfPosition = new Vector3D(p[0], p[1], p[2]);
        return frame == gcrf ? gcrfPosition : gcrf.getStaticTransformTo(frame, date).transformPosition(gcrfPosition);
    }

    /**
     * Geometric position of the Sun, m, mean equator and equinox of J2000.0; allocation-free.
     *
     * @param secondsSinceJ2000Tt seconds of TT since 2000-01-01T12:00:00 TT
     * @param out                 receives x, y, z, m
     */
    @Override
    public void positionGcrf(double secondsSinceJ2000Tt, double[] out) {
        double t = secondsSinceJ2000Tt / SECONDS_PER_JULIAN_CENTURY;
        double[] lr = trueLongitudeAndRadius(t);
        toJ2000(t, lr[0], lr[1] * AU_M, out);
    }

    /**
     * Position along the Sun's aberrated (apparent, light-time corrected) direction, m, mean
     * equator and equinox of J2000.0, at the geometric distance: the true longitude less
     * 20.4898″/R. The direction that defines the Earth's shadow; nutation is not included.
     *
     * @param secondsSinceJ2000Tt seconds of TT since 2000-01-01T12:00:00 TT
     * @param out                 receives x, y, z, m
     */
    public void aberratedPositionGcrf(double secondsSinceJ2000Tt, double[] out) {
        double t = secondsSinceJ2000Tt / SECONDS_PER_JULIAN_CENTURY;
        double[] lr = trueLongitudeAndRadius(t);
        toJ2000(t, lr[0] - ABERRATION_RAD / lr[1], lr[1] * AU_M, out);
    }

    /**
     * Apparent right ascension and declination of date (true equator and equinox of date, with
     * aberration and Meeus's abbreviated nutation: −0.00569° − 0.00478° sin Ω in longitude and
     * +0.00256° cos Ω on the obliquity, Ω = 125.04° − 1934.136° T), and the true distance: the
     * quantities of Meeus's Example 25.a and of almanac tables.
     *
     * @param secondsSinceJ2000Tt seconds of TT since 2000-01-01T12:00:00 TT
     * @return the apparent place
     */
    public static Apparent apparentOfDate(double secondsSinceJ2000Tt) {
        double t = secondsSinceJ2000Tt / SECONDS_PER_JULIAN_CENTURY;
        double[] lr = trueLongitudeAndRadius(t);
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        double lambda = lr[0] - Math.toRadians(0.00569 + 0.00478 * Math.sin(omega));
        double epsilon = meanObliquityRad(t) + Math.toRadians(0.00256 * Math.cos(omega));
        double ra = Math.atan2(Math.cos(epsilon) * Math.sin(lambda), Math.cos(lambda));
        double dec = Math.asin(Math.sin(epsilon) * Math.sin(lambda));
        return new Apparent(ra < 0 ? ra + 2 * Math.PI : ra, dec, lr[1] * AU_M);
    }

    /**
     * Geometric true longitude of the Sun, mean equinox and ecliptic of date, rad, and radius
     * vector, AU (Meeus ch. 25, low accuracy).
     *
     * @param t Julian centuries of TT since J2000.0
     * @return {longitude rad in [0, 2π), radius AU}
     */
    static double[] trueLongitudeAndRadius(double t) {
        double t2 = t * t;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double m = Math.toRadians(357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t2;
        double c = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                + 0.000289 * Math.sin(3 * m);
        double trueAnomaly = m + Math.toRadians(c);
        double radius = 1.000001018 * (1 - e * e) / (1 + e * Math.cos(trueAnomaly));
        double longitude = Math.toRadians((l0 + c) % 360.0);
        return new double[] {longitude < 0 ? longitude + 2 * Math.PI : longitude, radius};
    }

    /**
     * Mean obliquity of the ecliptic of date, rad (Meeus eq. 22.2, IAU 1976).
     *
     * @param t Julian centuries of TT since J2000.0
     * @return ε0, rad
     */
    static double meanObliquityRad(double t) {
        return (84381.448 + t * (-46.8150 + t * (-0.00059 + t * 0.001813))) * ARCSEC;
    }

    /**
     * Puts a point of the ecliptic of date (latitude 0) on the mean equator of date and precesses
     * it to the mean equator and equinox of J2000.0: r2000 = R3(ζ)·R2(−θ)·R3(z)·r_date, the
     * inverse of Meeus eq. 21.4, angles of eq. 21.3 with J2000.0 as starting epoch.
     */
    static void toJ2000(double t, double longitude, double radius, double[] out) {
        double eps = meanObliquityRad(t);
        double x = radius * Math.cos(longitude);
        double yEcl = radius * Math.sin(longitude);
        double y = yEcl * Math.cos(eps);
        double z = yEcl * Math.sin(eps);

        double zeta = t * (2306.2181 + t * (0.30188 + t * 0.017998)) * ARCSEC;
        double zA = t * (2306.2181 + t * (1.09468 + t * 0.018203)) * ARCSEC;
        double theta = t * (2004.3109 + t * (-0.42665 - t * 0.041833)) * ARCSEC;

        // R3(z): take away the z rotation about the pole of date.
        double cz = Math.cos(zA);
        double sz = Math.sin(zA);
        double x1 = cz * x + sz * y;
        double y1 = -sz * x + cz * y;
        // R2(−θ): tilt the equator of date back onto the J2000 equator.
        double ct = Math.cos(theta);
        double st = Math.sin(theta);
        double x2 = ct * x1 + st * z;
        double z2 = -st * x1 + ct * z;
        // R3(ζ): take away the ζ rotation about the J2000 pole.
        double cs = Math.cos(zeta);
        double ss = Math.sin(zeta);
        out[0] = cs * x2 + ss * y1;
        out[1] = -ss * x2 + cs * y1;
        out[2] = z2;
    }

    /**
     * An apparent place of the Sun.
     *
     * @param rightAscensionRad apparent right ascension, true equator and equinox of date, rad in [0, 2π)
     * @param declinationRad    apparent declination, rad
     * @param distanceM         true Earth–Sun distance, m
     */
    public record Apparent(double rightAscensionRad, double declinationRad, double distanceM) {
    }
}
