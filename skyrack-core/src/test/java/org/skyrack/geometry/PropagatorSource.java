package org.skyrack.geometry;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import org.skyrack.orbit.EphemerisSource;

/** Test adapter: Orekit propagators as an {@link EphemerisSource} in TEME (the Orekit path). */
final class PropagatorSource implements EphemerisSource {

    private final List<Propagator> propagators;
    private final AbsoluteDate epoch;
    private final Frame teme;

    PropagatorSource(List<Propagator> propagators, AbsoluteDate epoch, Frame teme) {
        this.propagators = propagators;
        this.epoch = epoch;
        this.teme = teme;
    }

    @Override
    public int size() {
        return propagators.size();
    }

    @Override
    public synchronized void state(int satellite, double t, double[] out, int offset) {
        PVCoordinates pv = propagators.get(satellite).getPVCoordinates(epoch.shiftedBy(t), teme);
        Vector3D p = pv.getPosition();
        Vector3D v = pv.getVelocity();
        out[offset] = p.getX();
        out[offset + 1] = p.getY();
        out[offset + 2] = p.getZ();
        out[offset + 3] = v.getX();
        out[offset + 4] = v.getY();
        out[offset + 5] = v.getZ();
    }
}
