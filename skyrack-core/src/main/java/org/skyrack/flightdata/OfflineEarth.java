package org.skyrack.flightdata;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.geometry.euclidean.threed.FieldVector3D;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.CelestialBody;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.FieldAbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.PVCoordinates;
import org.orekit.utils.TimeStampedPVCoordinates;

/**
 * The Earth as a celestial body without JPL ephemerides: centred at the GCRF origin, GM of
 * WGS84, oriented by ITRF. Orekit asks for the Earth body when it reads a CCSDS message whose
 * {@code CENTER_NAME} is {@code EARTH}; its default loader would need a JPL file for the
 * Earth–Moon mass ratio, which no geocentric use here depends on.
 */
final class OfflineEarth implements CelestialBody {

    private final Frame gcrf;
    private final Frame itrf;

    OfflineEarth(Frames frames) {
        this.gcrf = frames.getGCRF();
        this.itrf = frames.getITRF(FlightDynamicsContext.CONVENTIONS, FlightDynamicsContext.SIMPLE_EOP);
    }

    @Override
    public Frame getInertiallyOrientedFrame() {
        return gcrf;
    }

    @Override
    public Frame getBodyOrientedFrame() {
        return itrf;
    }

    @Override
    public String getName() {
        return "Earth";
    }

    @Override
    public double getGM() {
        return Constants.WGS84_EARTH_MU;
    }

    @Override
    public TimeStampedPVCoordinates getPVCoordinates(AbsoluteDate date, Frame frame) {
        return gcrf.getTransformTo(frame, date)
                .transformPVCoordinates(new TimeStampedPVCoordinates(date, PVCoordinates.ZERO));
    }

    @Override
    public Vector3D getPosition(AbsoluteDate date, Frame frame) {
        return gcrf.getStaticTransformTo(frame, date).transformPosition(Vector3D.ZERO);
    }

    @Override
    public <T extends CalculusFieldElement<T>> FieldVector3D<T> getPosition(FieldAbsoluteDate<T> date, Frame frame) {
        return gcrf.getStaticTransformTo(frame, date).transformPosition(FieldVector3D.getZero(date.getField()));
    }
}
