package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** The slant-range screen of {@link GroundStationGeometry#maxSlantRangeM} never drops a point above the mask. */
class GroundStationScreenTest {

    /** The bound may exceed the true largest range by the deflection margin's worth, m (0.2° at ~2,000 km ≈ 10 km, plus slack). */
    private static final double LOOSENESS_M = 40e3;

    @Property(tries = 2000, seed = "25")
    void everyPointAboveTheMaskIsWithinTheScreen(@ForAll @DoubleRange(min = -89, max = 89) double latitudeDeg,
                                                 @ForAll @DoubleRange(min = -180, max = 180) double longitudeDeg,
                                                 @ForAll @DoubleRange(min = -100, max = 4000) double altitudeM,
                                                 @ForAll @DoubleRange(min = 0, max = 60) double maskDeg,
                                                 @ForAll @DoubleRange(min = 6.6e6, max = 8.0e6) double radiusM,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double shrink,
                                                 @ForAll @DoubleRange(min = 0, max = 360) double azimuthDeg,
                                                 @ForAll @DoubleRange(min = -0.5, max = 3) double aboveMaskDeg) {
        GroundStationGeometry g = new GroundStationGeometry(new double[] {Math.toRadians(latitudeDeg)},
                new double[] {Math.toRadians(longitudeDeg)}, new double[] {altitudeM}, new double[] {Math.toRadians(maskDeg)});
        double[] site = new double[3];
        g.position(0, site, 0);
        // A point near the mask, in the station's geodetic east-north-up frame, then scaled to a radius below radiusM.
        double lat = Math.toRadians(latitudeDeg);
        double lon = Math.toRadians(longitudeDeg);
        double el = Math.toRadians(maskDeg + aboveMaskDeg);
        double az = Math.toRadians(azimuthDeg);
        double[] up = {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
        double[] east = {-Math.sin(lon), Math.cos(lon), 0};
        double[] north = {-Math.sin(lat) * Math.cos(lon), -Math.sin(lat) * Math.sin(lon), Math.cos(lat)};
        double[] dir = new double[3];
        for (int k = 0; k < 3; k++) {
            dir[k] = Math.cos(el) * (Math.sin(az) * east[k] + Math.cos(az) * north[k]) + Math.sin(el) * up[k];
        }
        double target = 6.4e6 + shrink * (radiusM - 6.4e6);
        // Distance along dir from the site to the sphere of radius target (positive root).
        double b = site[0] * dir[0] + site[1] * dir[1] + site[2] * dir[2];
        double c = site[0] * site[0] + site[1] * site[1] + site[2] * site[2] - target * target;
        double disc = b * b - c;
        if (disc < 0) {
            return;
        }
        double t = -b + Math.sqrt(disc);
        if (t <= 0) {
            return;
        }
        double[] p = {site[0] + t * dir[0], site[1] + t * dir[1], site[2] + t * dir[2]};
        double bound = g.maxSlantRangeM(0, radiusM);
        if (g.elevationMargin(0, p, 0) > 0) {
            assertThat(g.range(0, p, 0)).isLessThanOrEqualTo(bound);
        }
    }

    /** Not uselessly loose: Starlink's 550 km shell seen at a 25° mask from 45° N, about 1,120 km away at most. */
    @org.junit.jupiter.api.Test
    void theScreenIsCloseToTheLargestRangeAtTheMask() {
        GroundStationGeometry g = new GroundStationGeometry(new double[] {Math.toRadians(45)}, new double[] {0},
                new double[] {0}, new double[] {Math.toRadians(25)});
        double radius = 6378137 + 550e3;
        double bound = g.maxSlantRangeM(0, radius);
        // Spherical closed form at the geocentric radius of the site: sqrt(r² − ρ²cos²ε) − ρ sin ε.
        double[] site = new double[3];
        g.position(0, site, 0);
        double rho = Math.sqrt(site[0] * site[0] + site[1] * site[1] + site[2] * site[2]);
        double e = Math.toRadians(25);
        double exact = Math.sqrt(radius * radius - rho * rho * Math.cos(e) * Math.cos(e)) - rho * Math.sin(e);
        assertThat(bound).isGreaterThan(exact).isLessThan(exact + LOOSENESS_M);
    }
}
