package org.skyrack.orbit;

import java.util.ArrayList;
import java.util.List;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.skyrack.scenario.PropagatorKind;

/**
 * Chooses how a built constellation is propagated, as one {@link EphemerisSource} in TEME.
 * With {@link PropagatorKind#SGP4} every satellite runs on skyrack's batch kernel
 * ({@link Sgp4Batch}): TLE satellites from their element sets, design orbits from SGP4 mean
 * elements equal to their design elements (expressed in TEME, no drag). With the other kinds,
 * design orbits run on the Orekit propagator of that kind and TLE satellites on Orekit's SGP4,
 * one Orekit object per satellite (the reference path: every model, not fast). Members of a
 * station-kept cluster are held on their formation slots around the cluster's reference orbit,
 * propagated the same way ({@link KeptFormationSource}).
 */
public final class Ephemerides {

    private Ephemerides() {
    }

    /**
     * @param satellites the constellation, as built
     * @param kind       propagator for design orbits
     * @param data       the run's Orekit data context
     * @param epoch      scenario epoch: times are seconds from it
     */
    public static EphemerisSource of(List<SatelliteOrbit> satellites, PropagatorKind kind, DataContext data,
                                     AbsoluteDate epoch) {
        EphemerisSource own = ownOrbits(satellites, kind, data, epoch);
        return KeptFormationSource.of(own, satellites, references -> {
            List<SatelliteOrbit> refs = new ArrayList<>();
            for (int i = 0; i < references.size(); i++) {
                refs.add(new SatelliteOrbit(i, "reference-" + (i + 1), "reference", "", references.get(i), List.of()));
            }
            return ownOrbits(refs, kind, data, epoch);
        });
    }

    /** Every satellite on its own orbit, station keeping aside. */
    private static EphemerisSource ownOrbits(List<SatelliteOrbit> satellites, PropagatorKind kind, DataContext data,
                                             AbsoluteDate epoch) {
        Frame teme = data.getFrames().getTEME();
        if (kind == PropagatorKind.SGP4) {
            return Sgp4Batch.of(sgp4Elements(satellites, data), epoch, data.getFrames());
        }
        List<Propagator> propagators = new ArrayList<>();
        for (SatelliteOrbit s : satellites) {
            propagators.add(s.tleLines().isEmpty() ? DesignPropagators.of(s.orbit(), kind, data.getFrames())
                    : CheckedSgp4.of(tle(s, data), teme));
        }
        return new OrekitEphemerisSource(propagators, epoch, teme);
    }

    /**
     * The element sets the SGP4 path propagates: each TLE satellite's own, and for design orbits
     * SGP4 mean elements equal to the design elements in TEME (catalogue number index + 1).
     */
    public static List<TLE> sgp4Elements(List<SatelliteOrbit> satellites, DataContext data) {
        Frame teme = data.getFrames().getTEME();
        List<TLE> tles = new ArrayList<>();
        for (SatelliteOrbit s : satellites) {
            tles.add(s.tleLines().isEmpty() ? meanElements(s, teme, data) : tle(s, data));
        }
        return tles;
    }

    private static TLE tle(SatelliteOrbit s, DataContext data) {
        return new TLE(s.tleLines().get(0), s.tleLines().get(1), data.getTimeScales().getUTC());
    }

    /** The design orbit's elements, re-expressed in TEME, as SGP4 mean elements. */
    private static TLE meanElements(SatelliteOrbit s, Frame teme, DataContext data) {
        KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(
                new org.orekit.orbits.CartesianOrbit(s.orbit().getPVCoordinates(teme), teme, s.orbit().getMu()));
        return Sgp4Batch.meanElementsTle(s.index(), k.getA(), k.getE(), k.getI(), k.getRightAscensionOfAscendingNode(),
                k.getPerigeeArgument(), k.getMeanAnomaly(), s.orbit().getDate(), data.getTimeScales().getUTC());
    }
}
