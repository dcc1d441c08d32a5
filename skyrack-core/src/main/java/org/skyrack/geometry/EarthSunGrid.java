package org.skyrack.geometry;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import java.util.function.BiFunction;
import org.orekit.utils.IERSConventions;

/**
 * The frame and Sun information every satellite shares, tabulated once per run so the
 * per-satellite loops stay arithmetic: the TEME→ITRF rotation every {@value #ROTATION_STEP_S} s
 * and the Sun's TEME position every {@value #SUN_STEP_S} s, both from Orekit and the chosen
 * Sun model. Between nodes the rotation advances by the Earth's rotation rate about the
 * ITRF z axis (precession and nutation change by &lt; 1e-8 rad in an hour, 6 cm at a LEO radius) and
 * the Sun is interpolated linearly (its 0.04° per hour arc gives a chord error of ~3e-8 of
 * its distance).
 */
public final class EarthSunGrid {

    /** Spacing of the tabulated TEME→ITRF rotations, s. */
    public static final double ROTATION_STEP_S = 3600;
    /** Spacing of the tabulated Sun positions, s. */
    public static final double SUN_STEP_S = 3600;
    /** Earth rotation rate, rad/s (IERS 2010). */
    public static final double EARTH_RATE_RAD_PER_S = Constants.IERS2010_EARTH_ANGULAR_VELOCITY;

    private final double startS;
    private final double[] rotation;
    private final double[] sun;
    private final int rotationNodes;
    private final int sunNodes;

    /**
     * @param frames   frames of the run's data context
     * @param sunModel Sun position (m) at a date in a frame: {@code SunEphemeris::position}, or an Orekit
     *                 provider's {@code getPosition}
     * @param epoch    scenario epoch: times are seconds from it
     * @param startS   first time needed, s from epoch
     * @param endS     last time needed, s from epoch
     */
    public EarthSunGrid(Frames frames, BiFunction<AbsoluteDate, Frame, Vector3D> sunModel, AbsoluteDate epoch, double startS, double endS) {
        if (!(endS >= startS)) {
            throw new IllegalArgumentException("end " + endS + " s before start " + startS + " s");
        }
        this.startS = startS;
        Frame teme = frames.getTEME();
        Frame itrf = frames.getITRF(IERSConventions.IERS_2010, true);
        rotationNodes = (int) Math.ceil((endS - startS) / ROTATION_STEP_S) + 2;
        rotation = new double[9 * rotationNodes];
        for (int k = 0; k < rotationNodes; k++) {
            AbsoluteDate d = epoch.shiftedBy(startS + k * ROTATION_STEP_S);
            StaticTransform tr = teme.getStaticTransformTo(itrf, d);
            // Columns are the images of the TEME basis vectors (both frames are geocentric).
            Vector3D[] columns = {tr.transformVector(Vector3D.PLUS_I), tr.transformVector(Vector3D.PLUS_J),
                tr.transformVector(Vector3D.PLUS_K)};
            for (int j = 0; j < 3; j++) {
                rotation[9 * k + j] = columns[j].getX();
                rotation[9 * k + 3 + j] = columns[j].getY();
                rotation[9 * k + 6 + j] = columns[j].getZ();
            }
        }
        sunNodes = (int) Math.ceil((endS - startS) / SUN_STEP_S) + 2;
        sun = new double[3 * sunNodes];
        for (int k = 0; k < sunNodes; k++) {
            Vector3D s = sunModel.apply(epoch.shiftedBy(startS + k * SUN_STEP_S), teme);
            sun[3 * k] = s.getX();
            sun[3 * k + 1] = s.getY();
            sun[3 * k + 2] = s.getZ();
        }
    }

    /** Writes the Sun's TEME position (m) at {@code t} (s from epoch) into {@code out[off..off+2]}. */
    public void sunTeme(double t, double[] out, int off) {
        double u = (t - startS) / SUN_STEP_S;
        int k = Math.min(Math.max((int) Math.floor(u), 0), sunNodes - 2);
        double w = u - k;
        int b = 3 * k;
        out[off] = sun[b] + w * (sun[b + 3] - sun[b]);
        out[off + 1] = sun[b + 1] + w * (sun[b + 4] - sun[b + 1]);
        out[off + 2] = sun[b + 2] + w * (sun[b + 5] - sun[b + 2]);
    }

    /**
     * Transforms a TEME state {@code pv[po..po+5]} (m, m/s) at {@code t} (s from epoch) into an ITRF
     * position and velocity relative to the rotating Earth, {@code out[oo..oo+5]}: the position as
     * {@link #temeToItrf}, the velocity rotated the same way minus ω × r for the Earth's rotation
     * about the ITRF z axis.
     */
    public void temeToItrfState(double t, double[] pv, int po, double[] out, int oo) {
        double u = (t - startS) / ROTATION_STEP_S;
        int k = Math.min(Math.max((int) Math.floor(u), 0), rotationNodes - 1);
        double dt = t - (startS + k * ROTATION_STEP_S);
        int b = 9 * k;
        double a = EARTH_RATE_RAD_PER_S * dt;
        double c = Math.cos(a);
        double s = Math.sin(a);
        for (int part = 0; part < 2; part++) {
            double x = pv[po + 3 * part];
            double y = pv[po + 3 * part + 1];
            double z = pv[po + 3 * part + 2];
            double px = rotation[b] * x + rotation[b + 1] * y + rotation[b + 2] * z;
            double py = rotation[b + 3] * x + rotation[b + 4] * y + rotation[b + 5] * z;
            double pz = rotation[b + 6] * x + rotation[b + 7] * y + rotation[b + 8] * z;
            out[oo + 3 * part] = c * px + s * py;
            out[oo + 3 * part + 1] = -s * px + c * py;
            out[oo + 3 * part + 2] = pz;
        }
        out[oo + 3] += EARTH_RATE_RAD_PER_S * out[oo + 1];
        out[oo + 4] -= EARTH_RATE_RAD_PER_S * out[oo];
    }

    /**
     * Transforms a TEME position {@code (x, y, z)} (m) at {@code t} (s from epoch) into ITRF,
     * writing it to {@code out[off..off+2]}.
     */
    public void temeToItrf(double t, double x, double y, double z, double[] out, int off) {
        double u = (t - startS) / ROTATION_STEP_S;
        int k = Math.min(Math.max((int) Math.floor(u), 0), rotationNodes - 1);
        double dt = t - (startS + k * ROTATION_STEP_S);
        int b = 9 * k;
        double px = rotation[b] * x + rotation[b + 1] * y + rotation[b + 2] * z;
        double py = rotation[b + 3] * x + rotation[b + 4] * y + rotation[b + 5] * z;
        double pz = rotation[b + 6] * x + rotation[b + 7] * y + rotation[b + 8] * z;
        // A vector fixed in inertial space turns by -ω·dt about the ITRF z axis.
        double a = EARTH_RATE_RAD_PER_S * dt;
        double c = Math.cos(a);
        double s = Math.sin(a);
        out[off] = c * px + s * py;
        out[off + 1] = -s * px + c * py;
        out[off + 2] = pz;
    }
}
