package org.skyrack.scenario;

/** Which propagator design orbits use (TLE groups always use SGP4). */
public enum PropagatorKind {
    /**
     * SGP4 (Hoots &amp; Roehrich 1980) on skyrack's batch kernel, design elements taken as SGP4
     * mean elements without drag: the fast path for large constellations, held to Orekit's
     * {@code TLEPropagator} to 1e-5 m.
     */
    SGP4,
    /** Brouwer–Lyddane mean elements with J2–J5 (Orekit {@code BrouwerLyddanePropagator}). */
    BROUWER_LYDDANE,
    /** Eckstein–Hechler, near-circular orbits, J2–J6 (Orekit {@code EcksteinHechlerPropagator}). */
    ECKSTEIN_HECHLER,
    /** Two-body Kepler motion, for tests and quick looks. */
    KEPLERIAN,
    /**
     * Numerical integration (Dormand–Prince 8(5,3)) of the J2–J6 zonal field, design elements
     * taken as osculating; no drag. High fidelity, one Orekit propagator per satellite, slow.
     */
    NUMERICAL
}
