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
