package org.skyrack.orbit;

import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.BrouwerLyddanePropagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.utils.Constants;
import org.skyrack.scenario.PropagatorKind;

/**
 * Orekit propagators for design orbits (the Orekit reference path). Design elements are mean
 * elements: a constellation's "550 km" is a mean altitude, so Eckstein–Hechler and
 * Brouwer–Lyddane start from {@link PropagationType#MEAN}. Zonal coefficients J2–J6 are
 * EIGEN-5C's as Orekit ships them as constants (Förste et al. 2008), so no gravity file is read.
 */
public final class DesignPropagators {

    /** Satellite mass handed to Orekit; it does not enter analytical models without drag, kg. */
    private static final double MASS_KG = 1000;

    private DesignPropagators() {
    }

    /** A propagator of {@code kind} for a design orbit given as mean elements. */
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
            case SGP4 -> throw new IllegalArgumentException("SGP4 design orbits run on Sgp4Batch (see Ephemerides)");
        };
    }
}
