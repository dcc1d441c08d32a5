package org.skyrack.orbit;

import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.BrouwerLyddanePropagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.orekit.forces.gravity.HolmesFeatherstoneAttractionModel;
import org.orekit.frames.Frames;
import org.orekit.orbits.OrbitType;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.ToleranceProvider;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.utils.Constants;
import org.orekit.utils.IERSConventions;
import org.skyrack.scenario.PropagatorKind;

/**
 * Orekit propagators for design orbits (the Orekit reference path). Design elements are mean
 * elements: a constellation's "550 km" is a mean altitude, so Eckstein–Hechler and
 * Brouwer–Lyddane start from {@link PropagationType#MEAN}; the numerical propagator (J2–J6, no
 * drag) integrates from the design elements taken as osculating. Zonal coefficients J2–J6 are
 * EIGEN-5C's as Orekit ships them as constants (Förste et al. 2008), so no gravity file is read.
 */
public final class DesignPropagators {

    /** Satellite mass handed to Orekit; it does not enter analytical models without drag, kg. */
    private static final double MASS_KG = 1000;

    private DesignPropagators() {
    }

    /**
     * A propagator of {@code kind} for a design orbit; {@code frames} supplies the Earth-fixed
     * frame of the numerical propagator's gravity field (unused by the analytical kinds).
     */
    public static Propagator of(Orbit meanOrbit, PropagatorKind kind, Frames frames) {
        if (kind != PropagatorKind.NUMERICAL) {
            return of(meanOrbit, kind);
        }
        // Dormand-Prince 8(5,3), 1 mm / 1e-6 m/s tolerances scaled by Orekit from a 1 mm position error.
        double[][] tolerances = ToleranceProvider.getDefaultToleranceProvider(1e-3)
                .getTolerances(meanOrbit, OrbitType.CARTESIAN, PositionAngleType.TRUE);
        NumericalPropagator p = new NumericalPropagator(new DormandPrince853Integrator(1e-3, 300, tolerances[0],
                tolerances[1]), new FrameAlignedProvider(meanOrbit.getFrame()));
        p.setOrbitType(OrbitType.CARTESIAN);
        p.addForceModel(new HolmesFeatherstoneAttractionModel(frames.getITRF(IERSConventions.IERS_2010, true),
                new ZonalField()));
        p.setInitialState(new SpacecraftState(meanOrbit).withMass(MASS_KG));
        return p;
    }

    /** A propagator of {@code kind} for a design orbit given as mean elements (analytical kinds only). */
    public static Propagator of(Orbit meanOrbit, PropagatorKind kind) {
        FrameAlignedProvider attitude = new FrameAlignedProvider(meanOrbit.getFrame());
        double re = Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
        double mu = Constants.EIGEN5C_EARTH_MU;
        return switch (kind) {
            case KEPLERIAN -> new KeplerianPropagator(meanOrbit, attitude, meanOrbit.getMu(), MASS_KG);
            case ECKSTEIN_HECHLER -> new EcksteinHechlerPropagator(meanOrbit, attitude, MASS_KG, re, mu,
                    Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40,
                    Constants.EIGEN5C_EARTH_C50, Constants.EIGEN5C_EARTH_C60, PropagationType.MEAN);
            case BROUWER_LYDDANE -> new BrouwerLyddanePropagator(meanOrbit, attitude, MASS_KG, re, mu,
                    Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40,
                    Constants.EIGEN5C_EARTH_C50, PropagationType.MEAN, 0.0);
            case NUMERICAL -> throw new IllegalArgumentException("the numerical propagator needs frames: of(orbit, kind, frames)");
            case SGP4 -> throw new IllegalArgumentException("SGP4 design orbits run on Sgp4Batch (see Ephemerides)");
        };
    }
}
