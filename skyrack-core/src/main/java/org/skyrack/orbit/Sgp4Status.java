package org.skyrack.orbit;

/**
 * The error codes of the reference SGP4 (Vallado, Crawford, Hujsak &amp; Kelso, "Revisiting
 * Spacetrack Report #3", AIAA 2006-6753, {@code sgp4unit} {@code satrec.error}), which say why a
 * TLE can no longer be propagated at some time since its epoch. Orekit's TLE propagator checks
 * none of them except an osculating eccentricity above 0.999999: past these points it returns
 * positions inside the Earth or NaN, so {@link CheckedSgp4} checks them and reports the code.
 * Semi-major axes are in Earth radii of WGS-72 (6378.135 km), the unit of the SGP4 equations.
 */
public enum Sgp4Status {

    /** Code 1: mean eccentricity ≥ 1 or &lt; −0.001, or mean semi-major axis &lt; 0.95 Earth radius. */
    MEAN_ELEMENTS(1, "mean eccentricity or semi-major axis out of range"),
    /** Code 2: mean motion ≤ 0 after the deep-space secular effects. */
    NEGATIVE_MEAN_MOTION(2, "mean motion not positive"),
    /** Code 3: eccentricity outside [0, 1] after the deep-space (luni-solar) periodic effects, or not a number. */
    PERTURBED_ECCENTRICITY(3, "perturbed eccentricity out of range"),
    /** Code 4: negative semi-latus rectum (long-period eccentricity vector longer than 1). */
    NEGATIVE_SEMI_LATUS_RECTUM(4, "semi-latus rectum negative"),
    /** Code 6: osculating radius below one Earth radius (WGS-72 equatorial, 6378.135 km): decayed. */
    DECAYED(6, "satellite has decayed"),
    /**
     * Not a reference code (−1): the position or velocity came out NaN although no reference
     * condition was met. A safety net so that NaN never leaves the propagator.
     */
    NOT_A_NUMBER(-1, "position or velocity is not a number");

    private final int code;
    private final String description;

    Sgp4Status(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /**
     * The number the reference code stores in {@code satrec.error} for this status.
     *
     * @return Vallado's error code, 1 to 6 (5, sub-orbital epoch elements, is no longer raised
     *         there), or −1 for {@link #NOT_A_NUMBER}
     */
    public int code() {
        return code;
    }

    /**
     * What went wrong, in words.
     *
     * @return a short description
     */
    public String description() {
        return description;
    }
}
