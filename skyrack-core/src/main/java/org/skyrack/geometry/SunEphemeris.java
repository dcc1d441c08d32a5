package org.skyrack.geometry;

import java.util.Objects;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.data.DataContext;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * Where the Sun is: the geometric position of the Sun's centre relative to the Earth's centre,
 * in metres, at an instant, with no light-time or aberration correction (the convention of
 * Orekit's celestial bodies, so implementations are interchangeable). "GCRF" here means the
 * inertial frame aligned with the mean equator and equinox of J2000.0: the models used differ from
 * GCRF by far more than the 0.02″ frame bias between GCRF and EME2000. Two access paths, each
 * implemented natively: Orekit dates and frames, and a primitive one in seconds of TT since
 * J2000.0 for hot loops. {@link #best(DataContext)} picks JPL ephemerides when the data context
 * has them and {@link MeeusSun} otherwise.
 */
public interface SunEphemeris {

    /**
     * Position of the Sun's centre relative to the origin of {@code frame} (for every Earth-centred
     * frame, the Earth's centre), m.
     *
     * @param date  the instant
     * @param frame the frame to express it in
     * @return the geometric position, m
     */
    Vector3D position(AbsoluteDate date, Frame frame);

    /**
     * The same in GCRF without Orekit objects: writes x, y, z in m into {@code out[0..2]}.
     * Needed as its own abstract method because turning seconds into an {@link AbsoluteDate}
     * needs a time scale, which the interface cannot take from Orekit's default context.
     *
     * @param secondsSinceJ2000Tt seconds of TT since 2000-01-01T12:00:00 TT
     * @param out                 receives the position, m; length at least 3
     */
    void positionGcrf(double secondsSinceJ2000Tt, double[] out);

    /**
     * The best Sun this data context offers: its JPL ephemerides (DE4xx, through
     * {@code getCelestialBodies().getSun()}) when it has them, else {@link MeeusSun}. Never throws
     * for lack of ephemeris files: the offline context has none and gets Meeus.
     *
     * @param context the data context built at the program's edge
     * @return an {@link OrekitSun} or a {@link MeeusSun}
     */
    static SunEphemeris best(DataContext context) {
        Objects.requireNonNull(context, "context");
        try {
            CelestialBody sun = context.getCelestialBodies().getSun();
            OrekitSun orekitSun = new OrekitSun(sun, context);
            // Orekit loads ephemeris files lazily; ask for one position so a missing file shows here.
            orekitSun.position(context.getTimeScales().getJ2000Epoch(), context.getFrames().getGCRF());
            return orekitSun;
        } catch (OrekitException noEphemerides) {
            return new MeeusSun(context);
        }
    }
}
