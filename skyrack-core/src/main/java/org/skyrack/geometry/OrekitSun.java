package org.skyrack.geometry;

import java.util.Objects;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;

/**
 * The Sun of an Orekit data set, usually JPL DE ephemerides: geometric position of the Sun's
 * centre relative to the Earth's centre, m, with no light-time or aberration correction, as
 * Orekit's {@link CelestialBody#getPosition} gives it. Use {@link SunEphemeris#best(DataContext)}
 * rather than building one: it falls back to {@link MeeusSun} when the context has no ephemerides.
 */
public final class OrekitSun implements SunEphemeris {

    private final CelestialBody sun;
    private final Frame gcrf;
    private final AbsoluteDate j2000;

    /**
     * @param sun     the Sun body of {@code context}
     * @param context the data context that provides GCRF and the J2000.0 epoch (TT)
     */
    public OrekitSun(CelestialBody sun, DataContext context) {
        this.sun = Objects.requireNonNull(sun, "sun");
        this.gcrf = context.getFrames().getGCRF();
        this.j2000 = context.getTimeScales().getJ2000Epoch();
    }

    @Override
    public Vector3D position(AbsoluteDate date, Frame frame) {
        return sun.getPosition(date, frame);
    }

    @Override
    public void positionGcrf(double secondsSinceJ2000Tt, double[] out) {
        Vector3D p = sun.getPosition(j2000.shiftedBy(secondsSinceJ2000Tt), gcrf);
        out[0] = p.getX();
        out[1] = p.getY();
        out[2] = p.getZ();
    }
}
