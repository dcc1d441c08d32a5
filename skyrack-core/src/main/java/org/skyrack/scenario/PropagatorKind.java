package org.skyrack.scenario;

/** Which propagator design orbits use (TLE groups always use SGP4). */
public enum PropagatorKind {
    /** Brouwer–Lyddane mean elements with J2–J5 (Orekit {@code BrouwerLyddanePropagator}). */
    BROUWER_LYDDANE,
    /** Eckstein–Hechler, near-circular orbits, J2–J6 (Orekit {@code EcksteinHechlerPropagator}). */
    ECKSTEIN_HECHLER,
    /** Two-body Kepler motion, for tests and quick looks. */
    KEPLERIAN,
    /** Numerical integration, J2–J6 zonal field (Orekit {@code NumericalPropagator}). */
    NUMERICAL
}
