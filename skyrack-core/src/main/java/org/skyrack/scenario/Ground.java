package org.skyrack.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Ground segment: stations that talk to the satellites and regions where users are.
 *
 * @param stations    ground stations
 * @param userRegions places users send requests from
 */
public record Ground(List<Station> stations, List<UserRegion> userRegions) {

    public Ground {
        stations = List.copyOf(stations);
        userRegions = List.copyOf(userRegions);
    }

    /** An empty ground segment. */
    public static Ground none() {
        return new Ground(List.of(), List.of());
    }

    /**
     * A ground station on the WGS84 ellipsoid.
     *
     * @param latitudeRad       geodetic latitude, rad
     * @param longitudeRad      longitude, east positive, rad
     * @param altitudeM         height above the ellipsoid, m
     * @param elevationMaskRad  lowest usable elevation, rad
     */
    public record Station(String name, double latitudeRad, double longitudeRad, double altitudeM,
                          double elevationMaskRad) {
        public Station {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A region of users, as a centre and a radius on the ground.
     *
     * @param latitudeRad  geodetic latitude of the centre, rad
     * @param longitudeRad longitude of the centre, rad
     * @param radiusM      radius of the region, m
     */
    public record UserRegion(String name, double latitudeRad, double longitudeRad, double radiusM) {
        public UserRegion {
            Objects.requireNonNull(name, "name");
        }
    }
}
