package org.skyrack.geometry;

import org.orekit.utils.Constants;

/**
 * Ground stations as ITRF positions and local vertical (geodetic normal) unit vectors on the
 * WGS84 ellipsoid, and the elevation of a satellite above them. Geodetic to Cartesian:
 * Vallado, <i>Fundamentals of Astrodynamics and Applications</i>, 4th ed., Algorithm 51.
 */
public final class GroundStationGeometry {

    private final double[] position;
    private final double[] up;
    private final double[] sinMask;
    private final int count;

    /**
     * @param latitudeRad   geodetic latitudes, rad
     * @param longitudeRad  longitudes, rad
     * @param altitudeM     heights above the ellipsoid, m
     * @param maskRad       elevation masks, rad
     */
    public GroundStationGeometry(double[] latitudeRad, double[] longitudeRad, double[] altitudeM, double[] maskRad) {
        count = latitudeRad.length;
        position = new double[3 * count];
        up = new double[3 * count];
        sinMask = new double[count];
        double a = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
        double f = Constants.WGS84_EARTH_FLATTENING;
        double e2 = f * (2 - f);
        for (int i = 0; i < count; i++) {
            double sl = Math.sin(latitudeRad[i]);
            double cl = Math.cos(latitudeRad[i]);
            double so = Math.sin(longitudeRad[i]);
            double co = Math.cos(longitudeRad[i]);
            double n = a / Math.sqrt(1 - e2 * sl * sl);
            position[3 * i] = (n + altitudeM[i]) * cl * co;
            position[3 * i + 1] = (n + altitudeM[i]) * cl * so;
            position[3 * i + 2] = (n * (1 - e2) + altitudeM[i]) * sl;
            up[3 * i] = cl * co;
            up[3 * i + 1] = cl * so;
            up[3 * i + 2] = sl;
            sinMask[i] = Math.sin(maskRad[i]);
        }
    }

    /** Number of stations. */
    public int size() {
        return count;
    }

    /**
     * Sine of the elevation of the ITRF point {@code r[ro..ro+2]} (m) above station {@code i},
     * minus the sine of its mask: positive when the satellite is above the mask.
     */
    public double elevationMargin(int i, double[] r, int ro) {
        double dx = r[ro] - position[3 * i];
        double dy = r[ro + 1] - position[3 * i + 1];
        double dz = r[ro + 2] - position[3 * i + 2];
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return (dx * up[3 * i] + dy * up[3 * i + 1] + dz * up[3 * i + 2]) / d - sinMask[i];
    }

    /**
     * {@link #elevationMargin} of the ITRF state {@code pv[po..po+5]} (m, m/s, relative to the
     * Earth) into {@code out[0]}, its rate (1/s) into {@code out[1]} and the range (m) into
     * {@code out[2]}.
     */
    void elevationMarginAndRate(int i, double[] pv, int po, double[] out) {
        double dx = pv[po] - position[3 * i];
        double dy = pv[po + 1] - position[3 * i + 1];
        double dz = pv[po + 2] - position[3 * i + 2];
        double vx = pv[po + 3];
        double vy = pv[po + 4];
        double vz = pv[po + 5];
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double upDistance = dx * up[3 * i] + dy * up[3 * i + 1] + dz * up[3 * i + 2];
        double upRate = vx * up[3 * i] + vy * up[3 * i + 1] + vz * up[3 * i + 2];
        double rangeRate = (dx * vx + dy * vy + dz * vz) / d;
        out[0] = upDistance / d - sinMask[i];
        out[1] = (upRate - upDistance * rangeRate / d) / d;
        out[2] = d;
    }

    /**
     * Distance (m) from station {@code i} to a point at {@code radiusM} from the Earth's centre seen
     * at the station's mask elevation (the law of cosines in the plane of the station, the point and
     * the centre, elevation from the geocentric horizontal).
     */
    double slantRangeAtMask(int i, double radiusM) {
        double x = position[3 * i];
        double y = position[3 * i + 1];
        double z = position[3 * i + 2];
        double rho = Math.sqrt(x * x + y * y + z * z);
        double cosMask = Math.sqrt(1 - sinMask[i] * sinMask[i]);
        return Math.sqrt(Math.max(0, radiusM * radiusM - rho * rho * cosMask * cosMask)) - rho * sinMask[i];
    }

    /**
     * Largest angle between the geodetic vertical (the elevations here) and the geocentric one
     * (the law of cosines above) on the WGS84 ellipsoid, 0.1924° at 45° latitude, rounded up, rad.
     */
    static final double VERTICAL_DEFLECTION_BOUND_RAD = Math.toRadians(0.2);

    /**
     * An upper bound of the distance (m) from station {@code i} to any point at most
     * {@code radiusM} from the Earth's centre that is above the station's mask: the slant range at
     * the mask lowered by {@link #VERTICAL_DEFLECTION_BOUND_RAD}, plus a metre for rounding. A
     * cheap screen before {@link #elevationMargin}: a point farther than this is below the mask.
     */
    public double maxSlantRangeM(int i, double radiusM) {
        double x = position[3 * i];
        double y = position[3 * i + 1];
        double z = position[3 * i + 2];
        double rho = Math.sqrt(x * x + y * y + z * z);
        double lowered = Math.asin(sinMask[i]) - VERTICAL_DEFLECTION_BOUND_RAD;
        double cos = Math.cos(lowered);
        return Math.sqrt(Math.max(0, radiusM * radiusM - rho * rho * cos * cos)) - rho * Math.sin(lowered) + 1;
    }

    /** ITRF position of station {@code i} (m) into {@code out[off..off+2]}. */
    public void position(int i, double[] out, int off) {
        System.arraycopy(position, 3 * i, out, off, 3);
    }

    /** Sine of station {@code i}'s elevation mask. */
    double sinMask(int i) {
        return sinMask[i];
    }

    /**
     * Unit vector (ITRF) from the Earth's centre to station {@code i}, into {@code out[off..off+2]}.
     */
    void geocentricDirection(int i, double[] out, int off) {
        double x = position[3 * i];
        double y = position[3 * i + 1];
        double z = position[3 * i + 2];
        double n = Math.sqrt(x * x + y * y + z * z);
        out[off] = x / n;
        out[off + 1] = y / n;
        out[off + 2] = z / n;
    }

    /**
     * An upper bound of the angle at the Earth's centre between station {@code i} and a point at
     * most {@code maxRadiusM} from it that is above the station's mask, rad. Above the geodetic
     * mask means above mask − δ measured from the geocentric horizontal, δ the angle between the
     * geodetic and geocentric verticals; at radius r that elevation ε is reached within the
     * central angle acos(ρ·cos ε / r) − ε (ρ the station's geocentric radius), which grows with r.
     */
    double visibilityHalfAngle(int i, double maxRadiusM) {
        double x = position[3 * i];
        double y = position[3 * i + 1];
        double z = position[3 * i + 2];
        double rho = Math.sqrt(x * x + y * y + z * z);
        double cosDelta = (x * up[3 * i] + y * up[3 * i + 1] + z * up[3 * i + 2]) / rho;
        double delta = Math.acos(Math.min(1, cosDelta));
        double epsilon = Math.asin(sinMask[i]) - delta - 1e-3;
        return Math.acos(Math.min(1, rho * Math.cos(epsilon) / maxRadiusM)) - epsilon;
    }

    /** Elevation (rad) of the ITRF point {@code r} above station {@code i}. */
    public double elevation(int i, double[] r, int ro) {
        return Math.asin(Math.max(-1, Math.min(1, elevationMargin(i, r, ro) + sinMask[i])));
    }

    /** Range (m) from station {@code i} to the ITRF point {@code r}. */
    public double range(int i, double[] r, int ro) {
        double dx = r[ro] - position[3 * i];
        double dy = r[ro + 1] - position[3 * i + 1];
        double dz = r[ro + 2] - position[3 * i + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
