package org.skyrack.geometry;

import org.orekit.utils.Constants;

/**
 * Conical shadow of the oblate Earth. Positions are first mapped by the affine scaling
 * z → z·a/b that turns the WGS84 ellipsoid (equatorial radius a, polar radius b) into a
 * sphere of radius a: a straight line tangent to the ellipsoid maps to a line tangent to the
 * sphere, so whether and where the Earth's limb cuts the line of sight to the Sun is exact;
 * only the Sun's disk becomes 0.3 % oblate in scaled space, which moves shadow edges by
 * ~0.01 s. Then, seen from the satellite, with θ the angle between the Earth's centre and the
 * Sun's centre, ρE the Earth's apparent radius and ρS the Sun's:
 * penumbra (any part of the Sun hidden) when θ &lt; ρE + ρS, umbra (all hidden) when
 * θ &lt; ρE − ρS. Sun radius 696,000 km as in Orekit ({@code Constants.SUN_RADIUS}).
 * Reference: Montenbruck &amp; Gill, <i>Satellite Orbits</i> (2000), §3.4.2.
 */
public final class ShadowGeometry {

    /** WGS84 equatorial radius, m. */
    public static final double EARTH_A_M = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    /** Scale applied to z to make the WGS84 ellipsoid a sphere: a/b = 1/(1−f). */
    public static final double Z_SCALE = 1.0 / (1.0 - Constants.WGS84_EARTH_FLATTENING);
    /** Solar radius, m. */
    public static final double SUN_RADIUS_M = Constants.SUN_RADIUS;

    private ShadowGeometry() {
    }

    /** The Earth's figure for shadows. */
    public enum EarthShape {
        /** The WGS84 ellipsoid: what the physics says, and what STK and Orekit use. */
        WGS84_ELLIPSOID(Z_SCALE),
        /** A sphere of the equatorial radius, for comparison with tools that use one. */
        EQUATORIAL_SPHERE(1.0);

        private final double zScale;

        EarthShape(double zScale) {
            this.zScale = zScale;
        }
    }

    /**
     * The two shadow functions at one instant: {@code out[0]} = θ − (ρE + ρS) (negative in
     * penumbra or umbra), {@code out[1]} = θ − (ρE − ρS) (negative in umbra), both rad, and
     * {@code out[2]} = sunlit fraction of the Sun's disk in [0, 1].
     *
     * @param sat satellite position (m), any Earth-centred frame with z along the Earth's axis
     * @param so  offset of the satellite in {@code sat}
     * @param sun Sun position (m), same frame
     * @param uo  offset of the Sun in {@code sun}
     */
    public static void shadow(double[] sat, int so, double[] sun, int uo, double[] out) {
        shadow(sat, so, sun, uo, EarthShape.WGS84_ELLIPSOID, out);
    }

    /** As {@link #shadow(double[], int, double[], int, double[])}, on the given Earth shape. */
    public static void shadow(double[] sat, int so, double[] sun, int uo, EarthShape shape, double[] out) {
        double k = shape.zScale;
        double rx = sat[so];
        double ry = sat[so + 1];
        double rz = sat[so + 2] * k;
        double dx = sun[uo] - rx;
        double dy = sun[uo + 1] - ry;
        double dz = sun[uo + 2] * k - rz;
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        // angle between -r (to the Earth's centre) and d (to the Sun)
        double cx = -ry * dz + rz * dy;
        double cy = -rz * dx + rx * dz;
        double cz = -rx * dy + ry * dx;
        double theta = Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), -(rx * dx + ry * dy + rz * dz));
        double rhoE = Math.asin(Math.min(1.0, EARTH_A_M / r));
        double rhoS = Math.asin(Math.min(1.0, SUN_RADIUS_M / d));
        out[0] = theta - (rhoE + rhoS);
        out[1] = theta - (rhoE - rhoS);
        out[2] = sunlitFraction(theta, rhoE, rhoS);
    }

    /**
     * The shadow conditions as cosine differences, cheap enough for every sample of a year-long
     * search (square roots only, no trigonometry): {@code out[0]} = cos θ − cos(ρE + ρS), positive
     * in penumbra or umbra; {@code out[1]} = cos θ − cos(ρE − ρS), positive in umbra. They have the
     * signs and zeros of the angle margins of {@link #shadow} (cosine is decreasing on [0, π]) and
     * near a zero differ from them by the factor sin θ ≈ 0.9 for LEO.
     */
    public static void shadowDepths(double[] sat, int so, double[] sun, int uo, EarthShape shape, double[] out) {
        double k = shape.zScale;
        double rx = sat[so];
        double ry = sat[so + 1];
        double rz = sat[so + 2] * k;
        double dx = sun[uo] - rx;
        double dy = sun[uo + 1] - ry;
        double dz = sun[uo + 2] * k - rz;
        double r2 = rx * rx + ry * ry + rz * rz;
        double d2 = dx * dx + dy * dy + dz * dz;
        double r = Math.sqrt(r2);
        double d = Math.sqrt(d2);
        double cosTheta = -(rx * dx + ry * dy + rz * dz) / (r * d);
        double sinE = Math.min(1.0, EARTH_A_M / r);
        double cosE = Math.sqrt(1 - sinE * sinE);
        double sinS = Math.min(1.0, SUN_RADIUS_M / d);
        double cosS = Math.sqrt(1 - sinS * sinS);
        out[0] = cosTheta - (cosE * cosS - sinE * sinS);
        out[1] = cosTheta - (cosE * cosS + sinE * sinS);
    }

    /**
     * {@link #shadowDepths} and their time derivatives from a state: {@code out[0]}, {@code out[1]}
     * the penumbra and umbra depths as there (positive in shadow), {@code out[2]}, {@code out[3]}
     * their rates, 1/s, and {@code out[4]} = cos θ (the depths plus their constant parts). The
     * rates hold the Sun still: its direction turns 2e-7 rad/s against the satellite's 1e-3 rad/s,
     * so they are good to ~2e-4 relative — plenty for Newton steps, whose converged root depends
     * on the depth only.
     *
     * @param pv satellite position (m) and velocity (m/s), same frame as {@code sun}
     * @param po offset of the state in {@code pv}
     */
    public static void shadowDepthsAndRates(double[] pv, int po, double[] sun, int uo, EarthShape shape, double[] out) {
        double k = shape.zScale;
        double rx = pv[po];
        double ry = pv[po + 1];
        double rz = pv[po + 2] * k;
        double vx = pv[po + 3];
        double vy = pv[po + 4];
        double vz = pv[po + 5] * k;
        double dx = sun[uo] - rx;
        double dy = sun[uo + 1] - ry;
        double dz = sun[uo + 2] * k - rz;
        double r = Math.sqrt(rx * rx + ry * ry + rz * rz);
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double rv = rx * vx + ry * vy + rz * vz;
        double dv = dx * vx + dy * vy + dz * vz;
        double rd = rx * dx + ry * dy + rz * dz;
        double cosTheta = -rd / (r * d);
        // d/dt of r·d with d' = -v; of |r| and |d|, relative
        double rdRate = dv - rv;
        double rRel = rv / (r * r);
        double dRel = -dv / (d * d);
        double cosThetaRate = -rdRate / (r * d) - cosTheta * (rRel + dRel);
        double sinE = Math.min(1.0, EARTH_A_M / r);
        double cosE = Math.sqrt(1 - sinE * sinE);
        double sinS = Math.min(1.0, SUN_RADIUS_M / d);
        double cosS = Math.sqrt(1 - sinS * sinS);
        double sinERate = sinE < 1.0 ? -sinE * rRel : 0.0;
        double cosERate = cosE > 0 ? -sinE * sinERate / cosE : 0.0;
        double sinSRate = sinS < 1.0 ? -sinS * dRel : 0.0;
        double cosSRate = cosS > 0 ? -sinS * sinSRate / cosS : 0.0;
        double cc = cosE * cosS;
        double ss = sinE * sinS;
        double ccRate = cosERate * cosS + cosE * cosSRate;
        double ssRate = sinERate * sinS + sinE * sinSRate;
        out[0] = cosTheta - (cc - ss);
        out[1] = cosTheta - (cc + ss);
        out[2] = cosThetaRate - (ccRate - ssRate);
        out[3] = cosThetaRate - (ccRate + ssRate);
        out[4] = cosTheta;
    }

    /**
     * Fraction of the Sun's disk (apparent radius {@code rhoS}) not covered by the Earth's
     * disk (apparent radius {@code rhoE}) whose centres are {@code theta} apart, all rad, from
     * the area of intersection of two circles (flat-sky approximation, exact to ~1e-4 for
     * these sub-degree Sun disks).
     */
    public static double sunlitFraction(double theta, double rhoE, double rhoS) {
        if (theta >= rhoE + rhoS) {
            return 1.0;
        }
        if (theta <= rhoE - rhoS) {
            return 0.0;
        }
        if (theta <= rhoS - rhoE) {
            return 1.0 - (rhoE * rhoE) / (rhoS * rhoS);
        }
        double a = Math.acos(Math.max(-1, Math.min(1, (theta * theta + rhoS * rhoS - rhoE * rhoE) / (2 * theta * rhoS))));
        double b = Math.acos(Math.max(-1, Math.min(1, (theta * theta + rhoE * rhoE - rhoS * rhoS) / (2 * theta * rhoE))));
        double overlap = rhoS * rhoS * (a - Math.sin(2 * a) / 2) + rhoE * rhoE * (b - Math.sin(2 * b) / 2);
        return 1.0 - overlap / (Math.PI * rhoS * rhoS);
    }

    /**
     * Beta angle: elevation of the Sun above the orbit plane, rad, from a state (position and
     * velocity) and the Sun position in the same inertial frame.
     */
    public static double betaAngle(double[] pv, int off, double[] sun, int uo) {
        double hx = pv[off + 1] * pv[off + 5] - pv[off + 2] * pv[off + 4];
        double hy = pv[off + 2] * pv[off + 3] - pv[off] * pv[off + 5];
        double hz = pv[off] * pv[off + 4] - pv[off + 1] * pv[off + 3];
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        double s = Math.sqrt(sun[uo] * sun[uo] + sun[uo + 1] * sun[uo + 1] + sun[uo + 2] * sun[uo + 2]);
        return Math.asin((hx * sun[uo] + hy * sun[uo + 1] + hz * sun[uo + 2]) / (h * s));
    }
}
