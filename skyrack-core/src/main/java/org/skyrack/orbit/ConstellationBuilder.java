package org.skyrack.orbit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.data.DataContext;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;
import org.orekit.data.DataSource;
import org.orekit.frames.Frame;
import org.orekit.orbits.CartesianOrbit;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.orekit.utils.PVCoordinates;
import org.skyrack.formation.Formation;
import org.skyrack.scenario.Constellation;
import org.skyrack.scenario.ConstellationGroup;

/**
 * Turns the constellation groups of a scenario into satellites with initial orbits at the
 * epoch, in the mean equator and equinox of date (Orekit's MOD frame, IERS 2010): inclinations and
 * nodes are measured from the equator the Earth's J2 acts about, and local times of the node from
 * the mean Sun of date. Walker T/P/F follows Walker (1984), "Satellite constellations", JBIS 37;
 * sun-synchronous planes use {@link SunSynchronous}; clusters use {@link Formation}.
 */
public final class ConstellationBuilder {

    private final DataContext data;
    private final Frame inertial;
    private final AbsoluteDate epoch;
    private final double mu = Constants.WGS84_EARTH_MU;
    private final double re = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;

    /**
     * @param data  the Orekit data context built at the edge (time scales and frames)
     * @param epoch the scenario epoch
     */
    public ConstellationBuilder(DataContext data, AbsoluteDate epoch) {
        this.data = data;
        this.inertial = data.getFrames().getMOD(IERSConventions.IERS_2010);
        this.epoch = epoch;
    }

    /** All satellites of all groups, in group order. */
    public List<SatelliteOrbit> build(Constellation constellation) {
        List<SatelliteOrbit> out = new ArrayList<>();
        for (ConstellationGroup g : constellation.groups()) {
            if (g instanceof ConstellationGroup.Walker w) {
                walker(w, out);
            } else if (g instanceof ConstellationGroup.SunSynchronous s) {
                sso(s, out);
            } else if (g instanceof ConstellationGroup.Cluster c) {
                cluster(c, out);
            } else if (g instanceof ConstellationGroup.Elements e) {
                elements(e, out);
            } else if (g instanceof ConstellationGroup.OrbitFile f) {
                orbitFile(f, out);
            }
        }
        return out;
    }

    private void add(List<SatelliteOrbit> out, ConstellationGroup g, String name, Orbit orbit, List<String> tle) {
        out.add(new SatelliteOrbit(out.size(), name, g.name(), g.design(), orbit, tle));
    }

    private static String memberName(ConstellationGroup g, int i) {
        return String.format("%s-%04d", g.name(), i + 1);
    }

    private CircularOrbit circular(double altitudeM, double inclination, double raan, double argumentOfLatitude) {
        return new CircularOrbit(re + altitudeM, 0, 0, inclination, raan, argumentOfLatitude, PositionAngleType.MEAN,
                inertial, epoch, mu);
    }

    private void walker(ConstellationGroup.Walker w, List<SatelliteOrbit> out) {
        int perPlane = w.total() / w.planes();
        double spread = w.pattern() == ConstellationGroup.WalkerPattern.DELTA ? 2 * Math.PI : Math.PI;
        for (int p = 0; p < w.planes(); p++) {
            double raan = w.raanOffsetRad() + p * spread / w.planes();
            for (int s = 0; s < perPlane; s++) {
                double u = 2 * Math.PI * s / perPlane + 2 * Math.PI * w.phasing() * p / w.total();
                add(out, w, memberName(w, p * perPlane + s), circular(w.altitudeM(), w.inclinationRad(), raan, u), List.of());
            }
        }
    }

    private double secondsSinceJ2000() {
        return epoch.durationFrom(data.getTimeScales().getJ2000Epoch());
    }

    private void sso(ConstellationGroup.SunSynchronous s, List<SatelliteOrbit> out) {
        double inclination = SunSynchronous.inclinationRad(s.altitudeM());
        int total = s.planes() * s.satellitesPerPlane();
        for (int p = 0; p < s.planes(); p++) {
            double raan = SunSynchronous.raanForLtan(s.ltanS() + p * s.ltanSpacingS(), secondsSinceJ2000());
            for (int k = 0; k < s.satellitesPerPlane(); k++) {
                double u = 2 * Math.PI * k / s.satellitesPerPlane() + 2 * Math.PI * s.phasing() * p / total;
                add(out, s, memberName(s, p * s.satellitesPerPlane() + k), circular(s.altitudeM(), inclination, raan, u),
                        List.of());
            }
        }
    }

    /** The circular reference orbit of a cluster, argument of latitude 0 at the epoch. */
    public CircularOrbit referenceOrbit(ConstellationGroup.ReferenceOrbit ref) {
        if (ref instanceof ConstellationGroup.SsoReference s) {
            return circular(s.altitudeM(), SunSynchronous.inclinationRad(s.altitudeM()),
                    SunSynchronous.raanForLtan(s.ltanS(), secondsSinceJ2000()), 0);
        }
        ConstellationGroup.CircularReference c = (ConstellationGroup.CircularReference) ref;
        return circular(c.altitudeM(), c.inclinationRad(), c.raanRad(), 0);
    }

    private void cluster(ConstellationGroup.Cluster c, List<SatelliteOrbit> out) {
        CircularOrbit reference = referenceOrbit(c.reference());
        PVCoordinates pv0 = reference.getPVCoordinates();
        double n = reference.getKeplerianMeanMotion();
        Vector3D xHat = pv0.getPosition().normalize();
        Vector3D zHat = pv0.getMomentum().normalize();
        Vector3D yHat = Vector3D.crossProduct(zHat, xHat);
        Formation formation = Formation.disk(c.satellites(), c.radiusM());
        for (int i = 0; i < c.satellites(); i++) {
            double[] rel = formation.relativeStateLvlh(i, n);
            Vector3D dr = lvlh(xHat, yHat, zHat, rel[0], rel[1], rel[2]);
            Vector3D dvRot = lvlh(xHat, yHat, zHat, rel[3], rel[4], rel[5]);
            // Inertial velocity of a point fixed in the rotating LVLH frame adds ω × ρ, ω = n·ẑ.
            Vector3D dv = dvRot.add(Vector3D.crossProduct(zHat.scalarMultiply(n), dr));
            Vector3D r = pv0.getPosition().add(dr);
            Vector3D v = pv0.getVelocity().add(dv);
            // HCW is linear: its initial conditions leave a second-order period mismatch that
            // drifts members along track by tens of metres a day. Matching the reference's
            // energy (same semi-major axis, vis-viva) removes the secular drift.
            double speed = Math.sqrt(mu * (2 / r.getNorm() - 1 / reference.getA()));
            PVCoordinates pv = new PVCoordinates(r, v.normalize().scalarMultiply(speed));
            SatelliteOrbit.FormationSlot slot = c.stationKeeping() ? new SatelliteOrbit.FormationSlot(reference, formation, i) : null;
            out.add(new SatelliteOrbit(out.size(), memberName(c, i), c.name(), c.design(),
                    new CartesianOrbit(pv, inertial, epoch, mu), List.of(), slot));
        }
    }

    private static Vector3D lvlh(Vector3D x, Vector3D y, Vector3D z, double a, double b, double c) {
        return new Vector3D(a, x, b, y, c, z);
    }

    private void elements(ConstellationGroup.Elements e, List<SatelliteOrbit> out) {
        for (ConstellationGroup.KeplerianElements k : e.satellites()) {
            add(out, e, k.name(), new KeplerianOrbit(k.semiMajorAxisM(), k.eccentricity(), k.inclinationRad(),
                    k.argumentOfPerigeeRad(), k.raanRad(), k.meanAnomalyRad(), PositionAngleType.MEAN, inertial, epoch, mu),
                    List.of());
        }
    }

    /** An SGP4 propagator for this TLE, built on this context's TEME frame (not the global default). */
    public TLEPropagator sgp4(TLE tle) {
        Frame teme = data.getFrames().getTEME();
        return TLEPropagator.selectExtrapolator(tle, new FrameAlignedProvider(teme), Propagator.DEFAULT_MASS, teme);
    }

    private void orbitFile(ConstellationGroup.OrbitFile f, List<SatelliteOrbit> out) {
        if (f.format() == ConstellationGroup.OrbitFileFormat.OMM) {
            Omm omm = new ParserBuilder(data).buildOmmParser().parseMessage(new DataSource(f.file().toString(),
                    () -> Files.newInputStream(f.file())));
            TLE tle = omm.generateTLE();
            add(out, f, omm.getMetadata().getObjectName(), sgp4(tle).getInitialState().getOrbit(), List.of(tle.getLine1(), tle.getLine2()));
            return;
        }
        List<String> lines;
        try {
            lines = new ArrayList<>();
            for (String l : Files.readAllLines(f.file(), StandardCharsets.UTF_8)) {
                lines.add(l.stripTrailing());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("1 ") && lines.get(i + 1).startsWith("2 ")) {
                String name = i > 0 && !lines.get(i - 1).startsWith("2 ") && !lines.get(i - 1).isBlank()
                        ? lines.get(i - 1).replaceFirst("^0 ", "").strip() : memberName(f, out.size());
                TLE tle = new TLE(lines.get(i), lines.get(i + 1), data.getTimeScales().getUTC());
                Orbit orbit = sgp4(tle).getInitialState().getOrbit();
                add(out, f, name, orbit, List.of(tle.getLine1(), tle.getLine2()));
                i++;
            }
        }
    }
}
