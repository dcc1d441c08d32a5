package org.skyrack.orbit;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.data.DataContext;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import org.skyrack.scenario.PropagatorKind;

/**
 * Chooses how a built constellation is propagated: SGP4 for satellites that came from TLE or
 * OMM files, the scenario's design propagator for the others (mean elements), all returned as
 * one {@link EphemerisSource} in TEME.
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
        Frame teme = data.getFrames().getTEME();
        List<Propagator> propagators = new ArrayList<>();
        for (SatelliteOrbit s : satellites) {
            if (!s.tleLines().isEmpty()) {
                TLE tle = new TLE(s.tleLines().get(0), s.tleLines().get(1), data.getTimeScales().getUTC());
                propagators.add(TLEPropagator.selectExtrapolator(tle, new FrameAlignedProvider(teme),
                        Propagator.DEFAULT_MASS, teme));
            } else {
                propagators.add(DesignPropagators.of(s.orbit(), kind));
            }
        }
        return new PerSatellite(propagators, epoch, teme);
    }

    /** One Orekit propagator per satellite: the reference path, correct for every model, not fast. */
    private static final class PerSatellite implements EphemerisSource {
        private final List<Propagator> propagators;
        private final AbsoluteDate epoch;
        private final Frame teme;

        PerSatellite(List<Propagator> propagators, AbsoluteDate epoch, Frame teme) {
            this.propagators = List.copyOf(propagators);
            this.epoch = epoch;
            this.teme = teme;
        }

        @Override
        public int size() {
            return propagators.size();
        }

        @Override
        public void state(int satellite, double t, double[] out, int offset) {
            Propagator p = propagators.get(satellite);
            PVCoordinates pv;
            try {
                synchronized (p) {
                    pv = p.getPVCoordinates(epoch.shiftedBy(t), teme);
                }
            } catch (OrekitException e) {
                throw new PropagationException(satellite, 0, "satellite " + satellite + ": " + e.getMessage());
            }
            Vector3D r = pv.getPosition();
            Vector3D v = pv.getVelocity();
            out[offset] = r.getX();
            out[offset + 1] = r.getY();
            out[offset + 2] = r.getZ();
            out[offset + 3] = v.getX();
            out[offset + 4] = v.getY();
            out[offset + 5] = v.getZ();
        }
    }
}
