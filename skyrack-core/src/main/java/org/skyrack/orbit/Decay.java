package org.skyrack.orbit;

import java.util.List;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.orekit.utils.Constants;

/**
 * Natural orbital decay of a circular orbit by atmospheric drag, for the post-mission disposal
 * estimate.
 *
 * <p>Model: the semi-major axis of a circular orbit shrinks as da/dt = −√(μa)·ρ(h)/BC, with
 * BC = m/(Cd·A) the ballistic coefficient (kg/m²) and ρ(h) the density at height h = a − Re
 * above a spherical Earth of the WGS-84 equatorial radius. The lifetime from h₀ down to
 * {@value #REENTRY_ALTITUDE_M} m is the quadrature of dt/da = −BC/(√(μa)·ρ) over that range,
 * taken layer by layer with Gauss–Legendre (Hipparchus) so each piece is smooth.
 *
 * <p>Density: the piecewise-exponential model ρ = ρ₀·exp(−(h − h₀)/H) of Vallado, Fundamentals
 * of Astrodynamics and Applications, 4th ed., Table 8-4 (CIRA-72, moderate solar activity),
 * 150 to 1000 km; the 1000 km layer is extended upward. The rows at 400, 500, 600, 700, 800 and
 * 1000 km are those of skyrack's reference file (engineering-parameters.md §6, Vallado/Wertz);
 * the others fill in the same published table. Solar activity is a multiplier on the density
 * (1 for the table's moderate activity), so a lifetime scales as its inverse.
 *
 * <p>Assumptions: circular orbit, constant BC (no attitude or tumbling change), no lift, no
 * solar-cycle variation along the way (one multiplier for the whole descent).
 */
public final class Decay {

    /** Altitude at which the satellite is taken to re-enter, m. */
    public static final double REENTRY_ALTITUDE_M = 150e3;
    /** Gravitational parameter of the Earth, m³/s² (WGS-84). */
    private static final double MU_M3_PER_S2 = Constants.WGS84_EARTH_MU;
    /** Radius from which altitudes are measured, m (WGS-84 equatorial). */
    private static final double EARTH_RADIUS_M = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;

    /**
     * One layer of the exponential atmosphere.
     *
     * @param baseAltitudeM     lower edge of the layer, m
     * @param baseDensityKgPerM3 density at the lower edge, kg/m³
     * @param scaleHeightM      scale height, m
     */
    public record Layer(double baseAltitudeM, double baseDensityKgPerM3, double scaleHeightM) {
    }

    /** Vallado 4th ed. Table 8-4 (CIRA-72), 150–1000 km, moderate solar activity. */
    public static final List<Layer> VALLADO_CIRA72 = List.of(
            new Layer(150e3, 2.070e-9, 22.523e3),
            new Layer(180e3, 5.464e-10, 29.740e3),
            new Layer(200e3, 2.789e-10, 37.105e3),
            new Layer(250e3, 7.248e-11, 45.546e3),
            new Layer(300e3, 2.418e-11, 53.628e3),
            new Layer(350e3, 9.518e-12, 53.298e3),
            new Layer(400e3, 3.725e-12, 58.515e3),
            new Layer(450e3, 1.585e-12, 60.828e3),
            new Layer(500e3, 6.967e-13, 63.822e3),
            new Layer(600e3, 1.454e-13, 71.835e3),
            new Layer(700e3, 3.614e-14, 88.667e3),
            new Layer(800e3, 1.170e-14, 124.64e3),
            new Layer(900e3, 5.245e-15, 181.05e3),
            new Layer(1000e3, 3.019e-15, 268.00e3));

    private static final int GAUSS_POINTS = 5;
    private static final double RELATIVE_ACCURACY = 1e-10;
    private static final int MAX_EVALUATIONS = 100_000;

    private Decay() {
    }

    /**
     * Density of the exponential atmosphere at moderate solar activity.
     *
     * @param altitudeM height above the equatorial radius, m; at least {@value #REENTRY_ALTITUDE_M}
     * @return density, kg/m³
     */
    public static double densityKgPerM3(double altitudeM) {
        Layer l = layer(altitudeM);
        return l.baseDensityKgPerM3() * Math.exp(-(altitudeM - l.baseAltitudeM()) / l.scaleHeightM());
    }

    /**
     * Time a circular orbit takes to decay to {@value #REENTRY_ALTITUDE_M} m.
     *
     * @param altitudeM                    starting height above the equatorial radius, m
     * @param ballisticCoefficientKgPerM2  m/(Cd·A), kg/m², &gt; 0
     * @param densityFactor                multiplier on the table's density for solar activity, &gt; 0
     * @return lifetime, s; 0 at or below the re-entry altitude
     */
    public static double lifetimeS(double altitudeM, double ballisticCoefficientKgPerM2, double densityFactor) {
        if (!(ballisticCoefficientKgPerM2 > 0 && Double.isFinite(ballisticCoefficientKgPerM2))) {
            throw new IllegalArgumentException("ballistic coefficient must be > 0 kg/m^2, got " + ballisticCoefficientKgPerM2);
        }
        if (!(densityFactor > 0 && Double.isFinite(densityFactor))) {
            throw new IllegalArgumentException("density factor must be > 0, got " + densityFactor);
        }
        if (!Double.isFinite(altitudeM)) {
            throw new IllegalArgumentException("altitude must be finite, got " + altitudeM + " m");
        }
        if (altitudeM <= REENTRY_ALTITUDE_M) {
            return 0;
        }
        IterativeLegendreGaussIntegrator integrator =
                new IterativeLegendreGaussIntegrator(GAUSS_POINTS, RELATIVE_ACCURACY, 0);
        double total = 0;
        for (int i = 0; i < VALLADO_CIRA72.size(); i++) {
            double lo = VALLADO_CIRA72.get(i).baseAltitudeM();
            double hi = i + 1 < VALLADO_CIRA72.size() ? VALLADO_CIRA72.get(i + 1).baseAltitudeM() : Double.POSITIVE_INFINITY;
            if (lo >= altitudeM) {
                break;
            }
            double top = Math.min(hi, altitudeM);
            // dt/dh = BC / (√(μ a) ρ(h)), a = Re + h (dh = da).
            total += integrator.integrate(MAX_EVALUATIONS,
                    h -> ballisticCoefficientKgPerM2 / (Math.sqrt(MU_M3_PER_S2 * (EARTH_RADIUS_M + h)) * densityKgPerM3(h)),
                    lo, top);
        }
        return total / densityFactor;
    }

    private static Layer layer(double altitudeM) {
        if (!(altitudeM >= REENTRY_ALTITUDE_M)) {
            throw new IllegalArgumentException("the density table starts at " + REENTRY_ALTITUDE_M + " m, got "
                    + altitudeM + " m");
        }
        Layer found = VALLADO_CIRA72.get(0);
        for (Layer l : VALLADO_CIRA72) {
            if (altitudeM >= l.baseAltitudeM()) {
                found = l;
            }
        }
        return found;
    }
}
