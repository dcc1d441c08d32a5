package org.skyrack.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One group of satellites of the same design in a constellation. Angles are radians,
 * lengths metres, times of day seconds after local midnight.
 */
public sealed interface ConstellationGroup {

    /** Unique group name. */
    String name();

    /** Name of the {@link SatelliteDesign} flown by every satellite of the group. */
    String design();

    /** Walker pattern: delta spreads planes over 360° of node, star over 180°. */
    enum WalkerPattern { DELTA, STAR }

    /**
     * A Walker constellation T/P/F of circular orbits.
     *
     * @param total          T, satellites in all
     * @param planes         P, orbital planes; T is a multiple of P
     * @param phasing        F, 0..P-1: in-plane offset between adjacent planes is F·360°/T
     * @param altitudeM      altitude above the equatorial radius, m
     * @param inclinationRad inclination, rad
     * @param raanOffsetRad  right ascension of the first plane's ascending node, rad
     */
    record Walker(String name, String design, WalkerPattern pattern, int total, int planes, int phasing,
                  double altitudeM, double inclinationRad, double raanOffsetRad) implements ConstellationGroup {
        public Walker {
            Objects.requireNonNull(pattern, "pattern");
            if (planes < 1 || total < planes || total % planes != 0 || phasing < 0 || phasing >= planes) {
                throw new IllegalArgumentException("invalid Walker " + total + "/" + planes + "/" + phasing);
            }
            Check.positive("altitudeM", altitudeM);
        }
    }

    /**
     * Sun-synchronous circular planes, the inclination solved from the J2 nodal rate.
     *
     * @param altitudeM          altitude, m
     * @param ltanS              local (mean solar) time of the ascending node of the first plane, s after midnight
     * @param planes             number of planes
     * @param satellitesPerPlane satellites evenly spaced in each plane
     * @param ltanSpacingS       LTAN step between adjacent planes, s
     * @param phasing            in-plane offset between adjacent planes, in units of 360°/(planes·satellitesPerPlane)
     */
    record SunSynchronous(String name, String design, double altitudeM, double ltanS, int planes,
                          int satellitesPerPlane, double ltanSpacingS, int phasing) implements ConstellationGroup {
        public SunSynchronous {
            Check.positive("altitudeM", altitudeM);
            if (planes < 1 || satellitesPerPlane < 1) {
                throw new IllegalArgumentException("planes and satellitesPerPlane must be >= 1");
            }
        }
    }

    /** Reference orbit of a cluster: circular, sun-synchronous or given by inclination and node. */
    sealed interface ReferenceOrbit {
        /** Altitude, m. */
        double altitudeM();
    }

    /** Sun-synchronous circular reference, {@code ltanS} seconds after local midnight. */
    record SsoReference(double altitudeM, double ltanS) implements ReferenceOrbit {
    }

    /** Circular reference orbit by inclination and right ascension of the ascending node, rad. */
    record CircularReference(double altitudeM, double inclinationRad, double raanRad) implements ReferenceOrbit {
    }

    /**
     * A tight formation of satellites within {@code radiusM} of a reference orbit, with
     * relative-motion initial conditions chosen to stay bounded.
     *
     * @param satellites      number of satellites
     * @param radiusM         radius of the cluster, m
     * @param minSeparationM  smallest allowed distance between two members, m
     * @param stationKeeping  whether the members are held on their formation slots for the whole
     *                        run (perfect control, its Δv not costed), or fly free from their
     *                        initial states and drift under J2 and the propagator's other terms
     */
    record Cluster(String name, String design, int satellites, double radiusM, double minSeparationM,
                   ReferenceOrbit reference, boolean stationKeeping) implements ConstellationGroup {
        public Cluster {
            Check.positive("radiusM", radiusM);
            Check.positive("minSeparationM", minSeparationM);
            Objects.requireNonNull(reference, "reference");
        }

        /** A station-kept cluster (the default). */
        public Cluster(String name, String design, int satellites, double radiusM, double minSeparationM,
                       ReferenceOrbit reference) {
            this(name, design, satellites, radiusM, minSeparationM, reference, true);
        }
    }

    /**
     * Satellites given one by one with osculating Keplerian elements.
     */
    record Elements(String name, String design, List<KeplerianElements> satellites) implements ConstellationGroup {
        public Elements {
            satellites = List.copyOf(satellites);
        }
    }

    /**
     * One satellite's Keplerian elements (EME2000), SI units.
     *
     * @param semiMajorAxisM      semi-major axis, m
     * @param eccentricity        eccentricity, [0, 1)
     * @param inclinationRad      inclination, rad
     * @param raanRad             right ascension of the ascending node, rad
     * @param argumentOfPerigeeRad argument of perigee, rad
     * @param meanAnomalyRad      mean anomaly at the epoch, rad
     */
    record KeplerianElements(String name, double semiMajorAxisM, double eccentricity, double inclinationRad,
                             double raanRad, double argumentOfPerigeeRad, double meanAnomalyRad) {
        public KeplerianElements {
            Check.positive("semiMajorAxisM", semiMajorAxisM);
            if (!(eccentricity >= 0 && eccentricity < 1)) {
                throw new IllegalArgumentException("eccentricity must be in [0, 1), got " + eccentricity);
            }
        }
    }

    /** Orbit file formats. */
    enum OrbitFileFormat { TLE, OMM }

    /**
     * Satellites read from a file of two- or three-line element sets, or a CCSDS OMM.
     *
     * @param file resolved path of the file
     */
    record OrbitFile(String name, String design, OrbitFileFormat format, Path file) implements ConstellationGroup {
        public OrbitFile {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(file, "file");
        }
    }
}
