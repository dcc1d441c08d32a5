package org.skyrack.orbit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.errors.OrekitException;
import org.orekit.errors.OrekitMessages;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/**
 * The fallback {@link EphemerisSource}: one Orekit {@link Propagator} per satellite, asked
 * for its position (m) and velocity (m/s) in a given frame (TEME for TLEs) at the scenario
 * epoch plus the requested seconds. Used by {@link Sgp4Batch#of} when a TLE set holds
 * deep-space orbits, which the kernel does not model. Unlike the kernel it allocates on every
 * call (Orekit's objects) and is much slower. Calls on different satellites may run
 * concurrently since each satellite has its own propagator; calls on one satellite must not.
 * Orekit failures become {@link PropagationException}s: code 1 for Orekit's "eccentricity too
 * large", 6 when an SGP4/SDP4 radius is below one WGS-72 Earth radius (Vallado's decay test,
 * which Orekit does not make), 0 otherwise.
 */
public final class OrekitEphemerisSource implements EphemerisSource {

    private static final double WGS72_EARTH_RADIUS_M = Sgp4Batch.EARTH_RADIUS_KM * 1000.0;

    private final List<Propagator> propagators;
    private final boolean[] sgp4;
    private final AbsoluteDate epoch;
    private final Frame frame;

    /**
     * Wraps propagators.
     *
     * @param propagators one propagator per satellite
     * @param epoch       the scenario epoch that {@link #state} counts seconds from
     * @param frame       the output frame
     */
    public OrekitEphemerisSource(List<? extends Propagator> propagators, AbsoluteDate epoch, Frame frame) {
        this.propagators = List.copyOf(propagators);
        this.epoch = Objects.requireNonNull(epoch, "epoch");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.sgp4 = new boolean[this.propagators.size()];
        for (int k = 0; k < sgp4.length; k++) {
            sgp4[k] = this.propagators.get(k) instanceof TLEPropagator;
        }
    }

    /**
     * Orekit's SGP4/SDP4 for each TLE, giving TEME states.
     *
     * @param tles  the TLEs, satellite {@code i} being {@code tles.get(i)}
     * @param epoch the scenario epoch
     * @param teme  the TEME frame of the flight-dynamics context
     * @return the source
     */
    public static OrekitEphemerisSource ofTles(List<TLE> tles, AbsoluteDate epoch, Frame teme) {
        List<Propagator> propagators = new ArrayList<>(tles.size());
        FrameAlignedProvider attitude = new FrameAlignedProvider(teme);
        for (TLE tle : tles) {
            propagators.add(TLEPropagator.selectExtrapolator(tle, attitude, Propagator.DEFAULT_MASS, teme));
        }
        return new OrekitEphemerisSource(propagators, epoch, teme);
    }

    @Override
    public int size() {
        return propagators.size();
    }

    @Override
    public void state(int satellite, double secondsFromEpoch, double[] out, int offset) {
        PVCoordinates pv;
        try {
            pv = propagators.get(satellite).getPVCoordinates(epoch.shiftedBy(secondsFromEpoch), frame);
        } catch (OrekitException e) {
            int code = e.getSpecifier() == OrekitMessages.TOO_LARGE_ECCENTRICITY_FOR_PROPAGATION_MODEL ? 1 : 0;
            PropagationException failure = new PropagationException(satellite, code,
                    "Orekit could not propagate satellite " + satellite + ": " + e.getMessage());
            failure.initCause(e);
            throw failure;
        } catch (Sgp4Exception e) {
            PropagationException failure = new PropagationException(satellite, e.status().code(),
                    "SGP4 could not propagate satellite " + satellite + ": " + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
        double r = pv.getPosition().getNorm();
        if (!Double.isFinite(r) || !Double.isFinite(pv.getVelocity().getNorm())) {
            throw new PropagationException(satellite, 0, "Orekit gave no finite state for satellite " + satellite
                    + " at " + secondsFromEpoch + " s");
        }
        if (sgp4[satellite] && r < WGS72_EARTH_RADIUS_M) {
            throw new PropagationException(satellite, 6, "SGP4 error 6 for satellite " + satellite
                    + ": decayed, radius " + r + " m below one Earth radius");
        }
        out[offset] = pv.getPosition().getX();
        out[offset + 1] = pv.getPosition().getY();
        out[offset + 2] = pv.getPosition().getZ();
        out[offset + 3] = pv.getVelocity().getX();
        out[offset + 4] = pv.getVelocity().getY();
        out[offset + 5] = pv.getVelocity().getZ();
    }
}
