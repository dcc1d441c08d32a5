package org.skyrack.geometry;

import java.util.ArrayList;
import java.util.List;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.frames.Frame;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.skyrack.flightdata.FlightDynamicsContext;

/** Shared inputs of the geometry tests. */
final class GeometryFixtures {

    /** ISS TLE of 2014-01-20 used by Skyfield's documentation for its pass and shadow examples. */
    static final String ISS_LINE1 = "1 25544U 98067A   14020.93268519  .00009878  00000-0  18200-3 0  5082";
    static final String ISS_LINE2 = "2 25544  51.6498 109.4756 0003572  55.9686 274.8005 15.49815350868473";

    static final FlightDynamicsContext FDC = FlightDynamicsContext.offline();

    private GeometryFixtures() {
    }

    static Propagator sgp4(String l1, String l2) {
        TLE tle = new TLE(l1, l2, FDC.utc());
        Frame teme = FDC.frames().getTEME();
        return TLEPropagator.selectExtrapolator(tle, new FrameAlignedProvider(teme), Propagator.DEFAULT_MASS, teme);
    }

    /** Collects everything a finder emits. */
    static final class Collector implements EventSink {
        final List<double[]> penumbra = new ArrayList<>();
        final List<double[]> umbra = new ArrayList<>();
        final List<double[]> contacts = new ArrayList<>();

        @Override
        public void eclipse(int satellite, boolean isUmbra, double startS, double endS) {
            (isUmbra ? umbra : penumbra).add(new double[] {startS, endS});
        }

        @Override
        public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                            double maxElevationS, double minRangeM) {
            contacts.add(new double[] {station, aosS, losS, maxElevationRad, maxElevationS, minRangeM});
        }
    }
}
