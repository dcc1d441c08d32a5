package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.bodies.CelestialBody;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.TimeStampedPVCoordinates;
import org.skyrack.flightdata.FlightDynamicsContext;

class SunEphemerisTest {

    /** The fast path and the date path of one ephemeris are the same computation: 1 mm at 1 AU. */
    private static final double SAME_COMPUTATION_M = 1e-3;

    @Test
    void withoutEphemerisFilesTheBestSunIsMeeusAndNothingThrows() {
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();

        SunEphemeris sun = SunEphemeris.best(fdc.dataContext());

        assertThat(sun).isInstanceOf(MeeusSun.class);
        double[] p = new double[3];
        sun.positionGcrf(0, p);
        assertThat(new Vector3D(p[0], p[1], p[2]).getNorm() / MeeusSun.AU_M).isBetween(0.98, 1.02);
    }

    @Test
    void whenTheContextHasASunTheBestSunIsThatOne() {
        // Stand in for a JPL data set: a context whose Sun body is Orekit's analytical one.
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        LazyLoadedDataContext context = (LazyLoadedDataContext) fdc.dataContext();
        AnalyticalSolarPositionProvider analytical = new AnalyticalSolarPositionProvider(context);
        Frame gcrf = fdc.frames().getGCRF();
        context.getCelestialBodies().addCelestialBodyLoader("Sun", name -> new StandInSun(analytical, gcrf));

        SunEphemeris sun = SunEphemeris.best(context);

        assertThat(sun).isInstanceOf(OrekitSun.class);
        double s = 4.1e8;
        AbsoluteDate date = fdc.timeScales().getJ2000Epoch().shiftedBy(s);
        double[] p = new double[3];
        sun.positionGcrf(s, p);
        Vector3D expected = analytical.getPosition(date, gcrf);
        assertThat(Vector3D.distance(new Vector3D(p[0], p[1], p[2]), expected)).isLessThan(SAME_COMPUTATION_M);
        assertThat(Vector3D.distance(sun.position(date, fdc.itrf()), analytical.getPosition(date, fdc.itrf())))
                .isLessThan(SAME_COMPUTATION_M);
    }

    /** A Sun body from a position provider, enough for {@link SunEphemeris#best}. */
    private record StandInSun(AnalyticalSolarPositionProvider provider, Frame gcrf) implements CelestialBody {

        @Override
        public Frame getInertiallyOrientedFrame() {
            return gcrf;
        }

        @Override
        public Frame getBodyOrientedFrame() {
            return gcrf;
        }

        @Override
        public String getName() {
            return "Sun";
        }

        @Override
        public double getGM() {
            return Constants.IAU_2015_NOMINAL_SUN_GM;
        }

        @Override
        public Vector3D getPosition(AbsoluteDate date, Frame frame) {
            return provider.getPosition(date, frame);
        }

        @Override
        public <T extends CalculusFieldElement<T>> FieldVector3D<T> getPosition(FieldAbsoluteDate<T> date, Frame frame) {
            return provider.getPosition(date, frame);
        }

        @Override
        public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
            return provider.getPVCoordinates(date, frame);
        }
    }
}
