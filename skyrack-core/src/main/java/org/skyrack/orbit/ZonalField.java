package org.skyrack.orbit;

import org.orekit.forces.gravity.potential.NormalizedSphericalHarmonicsProvider;
import org.orekit.forces.gravity.potential.TideSystem;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * The Earth's zonal gravity field J2–J6 as a fully normalised spherical-harmonics provider
 * built from constants (EIGEN-5C values shipped in Orekit's {@code Constants}, Förste et al.
 * 2008), so numerical propagation needs no gravity file. Normalised C̄n0 = Cn0 / √(2n + 1)
 * (Montenbruck &amp; Gill, <i>Satellite Orbits</i>, eq. 3.32 with m = 0); tesseral terms are zero.
 */
final class ZonalField implements NormalizedSphericalHarmonicsProvider {

    private static final int DEGREE = 6;
    private final double[] normalized = new double[DEGREE + 1];

    ZonalField() {
        double[] c = {0, 0, Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40,
            Constants.EIGEN5C_EARTH_C50, Constants.EIGEN5C_EARTH_C60};
        for (int n = 2; n <= DEGREE; n++) {
            normalized[n] = c[n] / Math.sqrt(2 * n + 1);
        }
    }

    @Override
    public NormalizedSphericalHarmonics onDate(AbsoluteDate date) {
        return new NormalizedSphericalHarmonics() {
            @Override
            public double getNormalizedCnm(int n, int m) {
                return m == 0 && n >= 2 && n <= DEGREE ? normalized[n] : 0;
            }

            @Override
            public double getNormalizedSnm(int n, int m) {
                return 0;
            }

            @Override
            public AbsoluteDate getDate() {
                return date;
            }
        };
    }

    @Override
    public int getMaxDegree() {
        return DEGREE;
    }

    @Override
    public int getMaxOrder() {
        return 0;
    }

    @Override
    public double getMu() {
        return Constants.EIGEN5C_EARTH_MU;
    }

    @Override
    public double getAe() {
        return Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
    }

    @Override
    public AbsoluteDate getReferenceDate() {
        return AbsoluteDate.ARBITRARY_EPOCH;
    }

    @Override
    public TideSystem getTideSystem() {
        return TideSystem.UNKNOWN;
    }
}
