package org.skyrack.orbit;

import org.orekit.utils.Constants;

/**
 * Closed forms for sun-synchronous circular orbits: the inclination at which the J2 nodal
 * regression matches the mean motion of the Sun, and the node placement for a local time of
 * the ascending node.
 *
 * <p>Nodal rate of a circular orbit under J2 (Vallado, <i>Fundamentals of Astrodynamics and
 * Applications</i>, 4th ed., eq. 9-41 with e = 0): dΩ/dt = −(3/2)·n·J2·(Re/a)²·cos i. Setting it
 * equal to 360° per tropical year gives cos i.
 */
public final class SunSynchronous {

    /** Mean motion of the mean Sun: 2π per tropical year (365.24219 d), rad/s. */
    public static final double SUN_MEAN_MOTION_RAD_PER_S = 2 * Math.PI / (365.24219 * 86_400.0);

    private SunSynchronous() {
    }

    /**
     * Inclination of the sun-synchronous circular orbit at this altitude, rad.
     *
     * @param altitudeM altitude above the WGS84 equatorial radius, m
     * @throws IllegalArgumentException above ~5,970 km, where no sun-synchronous circular orbit exists
     */
    public static double inclinationRad(double altitudeM) {
        double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        double a = re + altitudeM;
        double n = Math.sqrt(Constants.WGS84_EARTH_MU / (a * a * a));
        double cosI = -SUN_MEAN_MOTION_RAD_PER_S / (1.5 * n * -Constants.WGS84_EARTH_C20 * (re / a) * (re / a));
        if (cosI < -1) {
            throw new IllegalArgumentException("no sun-synchronous circular orbit at " + altitudeM / 1000 + " km");
        }
        return Math.acos(cosI);
    }

    /**
     * Right ascension of the mean Sun, rad, in the mean equator and equinox of date (the frame
     * design orbits are built in). Mean longitude from the Astronomical Almanac low-precision
     * formula: L = 280.460° + 0.9856474° · d, d days from J2000.0; the mean Sun moves on the
     * equator, so its right ascension is L.
     *
     * @param secondsSinceJ2000 seconds since 2000-01-01T12:00 TT
     */
    public static double meanSunRightAscensionRad(double secondsSinceJ2000) {
        double d = secondsSinceJ2000 / 86_400.0;
        double l = Math.toRadians(280.460 + 0.9856474 * d);
        return normalize(l);
    }

    /**
     * Right ascension of the ascending node giving this local mean time of the ascending node, rad.
     *
     * @param ltanS             local time of the ascending node, s after midnight
     * @param secondsSinceJ2000 epoch, seconds since J2000.0
     */
    public static double raanForLtan(double ltanS, double secondsSinceJ2000) {
        double hourAngle = (ltanS / 3600.0 - 12.0) * Math.PI / 12.0;
        return normalize(meanSunRightAscensionRad(secondsSinceJ2000) + hourAngle);
    }

    static double normalize(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
