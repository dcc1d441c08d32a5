package org.skyrack.thermal;

/**
 * The radiative environment of a satellite at one instant, held constant between simulation
 * events: direct sunlight, sunlight reflected by the Earth (albedo) and the Earth's own
 * infrared. Fluxes in W/m², everything else a fraction in [0, 1].
 *
 * <p>Albedo reaching the Earth-viewing faces is modelled as S·a·F·K: the sub-solar reflected
 * flux S·a scaled by the view factor F of the radiator and by {@code albedoIlluminationFactor}
 * K, which says how much of the Earth seen is sunlit. The default K (see
 * {@link #albedoIlluminationFactor(double)}) is the cosine of the Sun's zenith angle at the
 * sub-satellite point, clamped at zero (Gilmore, <i>Spacecraft Thermal Control Handbook</i>,
 * 2nd ed., 2002, ch. 2).
 *
 * @param sunIrradianceWPerM2       solar irradiance at the satellite, already scaled by the
 *                                  Sun's distance, W/m² (finite, ≥ 0)
 * @param sunlitFraction            visible fraction of the Sun's disc: 0 in umbra, 1 in full Sun,
 *                                  between in penumbra
 * @param sunIncidenceCosine        cosine of the angle between the Sun direction and the normal of
 *                                  the radiator face turned toward the Sun; 0 when the panel is
 *                                  edge-on to the Sun (the usual design attitude)
 * @param albedoFraction            the Earth's Bond albedo, fraction of sunlight reflected
 * @param albedoIlluminationFactor  K: the albedo flux at the satellite as a fraction of
 *                                  S·a·F, 1 over the sub-solar point, 0 over the night side
 * @param earthInfraredWPerM2       the Earth's outgoing long-wave flux at the top of the
 *                                  atmosphere, W/m² (finite, ≥ 0)
 */
public record ThermalEnvironment(double sunIrradianceWPerM2, double sunlitFraction, double sunIncidenceCosine,
                                 double albedoFraction, double albedoIlluminationFactor,
                                 double earthInfraredWPerM2) {

    /** Total solar irradiance at 1 AU, solar minimum 2008, W/m² (Kopp &amp; Lean, GRL 38, L01706, 2011). */
    public static final double SOLAR_IRRADIANCE_1AU_W_PER_M2 = 1360.8;
    /** Astronomical unit, m (IAU 2012 Resolution B2). */
    public static final double ASTRONOMICAL_UNIT_M = org.skyrack.geometry.MeeusSun.AU_M;
    /** Mean Earth Bond albedo (Fortescue, Swinerd &amp; Stark, <i>Spacecraft Systems Engineering</i>, 4th ed., ch. 11: ~0.30). */
    public static final double EARTH_ALBEDO = 0.30;
    /**
     * Mean Earth outgoing infrared flux, W/m²: the middle of the 230–240 W/m² quoted by Fortescue
     * et al. (ch. 11), close to the orbit-averaged 240 W/m² of CERES.
     */
    public static final double EARTH_INFRARED_W_PER_M2 = 237.0;

    public ThermalEnvironment {
        Checks.nonNegative("sunIrradianceWPerM2", sunIrradianceWPerM2, "W/m²");
        Checks.fraction("sunlitFraction", sunlitFraction);
        Checks.fraction("sunIncidenceCosine", sunIncidenceCosine);
        Checks.fraction("albedoFraction", albedoFraction);
        Checks.fraction("albedoIlluminationFactor", albedoIlluminationFactor);
        Checks.nonNegative("earthInfraredWPerM2", earthInfraredWPerM2, "W/m²");
    }

    /**
     * The environment at a point of the orbit, with the mean Earth albedo and infrared of
     * Fortescue et al.
     *
     * @param sunDistanceM             distance from the satellite to the Sun, m
     * @param sunlitFraction           visible fraction of the Sun's disc (from the shadow model)
     * @param sunIncidenceCosine       cosine of the Sun incidence on the sunlit radiator face,
     *                                 clamped to [0, 1] here (negative means the Sun is behind it)
     * @param cosSunZenithAtNadir      cosine of the angle between the satellite's position vector
     *                                 and the direction of the Sun (the Sun's zenith angle at the
     *                                 sub-satellite point)
     */
    public static ThermalEnvironment at(double sunDistanceM, double sunlitFraction, double sunIncidenceCosine,
                                        double cosSunZenithAtNadir) {
        return new ThermalEnvironment(irradianceAt(sunDistanceM), sunlitFraction,
                Math.max(0.0, Math.min(1.0, sunIncidenceCosine)), EARTH_ALBEDO,
                albedoIlluminationFactor(cosSunZenithAtNadir), EARTH_INFRARED_W_PER_M2);
    }

    /**
     * Full Sun at 1 AU over the sub-solar point (K = 1) with the radiator panel edge-on to the
     * Sun (cos θ = 0), mean albedo and infrared: the hottest environment of a radiator that
     * keeps its edge to the Sun.
     */
    public static ThermalEnvironment subSolarEdgeOn() {
        return new ThermalEnvironment(SOLAR_IRRADIANCE_1AU_W_PER_M2, 1.0, 0.0, EARTH_ALBEDO, 1.0,
                EARTH_INFRARED_W_PER_M2);
    }

    /** Umbra over the night side: only the Earth's infrared remains, mean value. */
    public static ThermalEnvironment umbra() {
        return new ThermalEnvironment(SOLAR_IRRADIANCE_1AU_W_PER_M2, 0.0, 0.0, EARTH_ALBEDO, 0.0,
                EARTH_INFRARED_W_PER_M2);
    }

    /**
     * Solar irradiance at a distance from the Sun, W/m²: the 1 AU value scaled by the inverse
     * square of the distance.
     *
     * @param sunDistanceM distance to the Sun, m (finite, > 0)
     */
    public static double irradianceAt(double sunDistanceM) {
        Checks.positive("sunDistanceM", sunDistanceM, "m");
        double r = ASTRONOMICAL_UNIT_M / sunDistanceM;
        return SOLAR_IRRADIANCE_1AU_W_PER_M2 * r * r;
    }

    /**
     * The default albedo factor K: the cosine of the Sun's zenith angle at the sub-satellite
     * point, clamped to [0, 1]. It is exact for a small patch of Earth below a nadir-facing
     * plate and is the usual engineering approximation (Gilmore, ch. 2); it drops to zero at the
     * terminator although a satellite there still sees a sunlit crescent of the Earth, so it
     * underestimates albedo within about the Earth's angular cap (~25° at 650 km) of the
     * terminator. For a dawn–dusk orbit that error is small in absolute terms: with α = 0.09 and
     * F = 0.25 the whole albedo load at K = 0.3 is ~2.8 W/m², under 0.5 % of a 20 °C radiator's
     * net rejection.
     *
     * @param cosSunZenithAtNadir cosine of the Sun's zenith angle at the sub-satellite point
     */
    public static double albedoIlluminationFactor(double cosSunZenithAtNadir) {
        if (Double.isNaN(cosSunZenithAtNadir)) {
            throw new IllegalArgumentException("cosSunZenithAtNadir must be a number in [-1, 1], got NaN");
        }
        return Math.max(0.0, Math.min(1.0, cosSunZenithAtNadir));
    }

    /** This environment with another Earth albedo (fraction). */
    public ThermalEnvironment withAlbedoFraction(double albedo) {
        return new ThermalEnvironment(sunIrradianceWPerM2, sunlitFraction, sunIncidenceCosine, albedo,
                albedoIlluminationFactor, earthInfraredWPerM2);
    }

    /** This environment with another Earth infrared flux, W/m². */
    public ThermalEnvironment withEarthInfraredWPerM2(double flux) {
        return new ThermalEnvironment(sunIrradianceWPerM2, sunlitFraction, sunIncidenceCosine, albedoFraction,
                albedoIlluminationFactor, flux);
    }

    /** Direct solar flux on the sunlit face, W/m² of face: S·f·cos θ. */
    public double directSolarWPerM2() {
        return sunIrradianceWPerM2 * sunlitFraction * sunIncidenceCosine;
    }

    /** Albedo flux at the satellite before the view factor, W/m²: S·a·K. */
    public double albedoWPerM2() {
        return sunIrradianceWPerM2 * albedoFraction * albedoIlluminationFactor;
    }
}
