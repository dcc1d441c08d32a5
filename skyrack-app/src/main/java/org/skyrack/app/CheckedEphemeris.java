package org.skyrack.app;

import java.util.Locale;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.skyrack.orbit.EphemerisSource;
import org.skyrack.orbit.PropagationException;

/**
 * Guards the geometry commands against states no model should give: Orekit's SGP4 carries on
 * past a decay (radius below the Earth's, then NaN) instead of failing, so an old TLE would
 * print garbage or crash the number formatting. A state that is not finite or lies inside
 * the Earth's equatorial radius (the test of Vallado's SGP4, error 6) ends the run with a
 * {@link PropagationException}.
 */
final class CheckedEphemeris implements EphemerisSource {

    /** SGP4's "decayed" error code. */
    private static final int SGP4_DECAYED = 6;
    private static final double M_PER_KM = 1000.0;

    private final EphemerisSource source;
    private final UtcTimes times;
    private final AbsoluteDate epoch;

    CheckedEphemeris(EphemerisSource source, UtcTimes times, AbsoluteDate epoch) {
        this.source = source;
        this.times = times;
        this.epoch = epoch;
    }

    @Override
    public int size() {
        return source.size();
    }

    @Override
    public void state(int satellite, double secondsFromEpoch, double[] out, int offset) {
        source.state(satellite, secondsFromEpoch, out, offset);
        double x = out[offset];
        double y = out[offset + 1];
        double z = out[offset + 2];
        double r = Math.sqrt(x * x + y * y + z * z);
        boolean finite = Double.isFinite(r) && Double.isFinite(out[offset + 3]) && Double.isFinite(out[offset + 4])
                && Double.isFinite(out[offset + 5]);
        if (!finite || r < Constants.WGS84_EARTH_EQUATORIAL_RADIUS) {
            String when = times.format(epoch.shiftedBy(secondsFromEpoch));
            throw new PropagationException(satellite, finite ? SGP4_DECAYED : 0, finite
                    ? String.format(Locale.ROOT, "at %s the orbit model puts it %.0f km from the Earth's centre, inside "
                            + "the Earth (decayed, or elements too old for this date)", when, r / M_PER_KM)
                    : "at " + when + " the orbit model gives no finite state (elements too old for this date?)");
        }
    }
}
