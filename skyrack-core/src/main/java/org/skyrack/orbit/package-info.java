/**
 * Constellations and their orbits: Walker delta/star patterns (Walker 1984, JBIS 37),
 * sun-synchronous planes with the inclination from the J2 nodal rate (Vallado, Fundamentals
 * of Astrodynamics and Applications, 4th ed., §9.6), bounded formations from the
 * Hill–Clohessy–Wiltshire equations (Clohessy &amp; Wiltshire 1960), and TLE / CCSDS OMM files.
 * Ephemerides come from {@link org.skyrack.orbit.EphemerisSource}: {@link org.skyrack.orbit.Sgp4Batch}
 * is skyrack's own allocation-free near-Earth SGP4 (Hoots &amp; Roehrich, Spacetrack Report #3,
 * 1980; Vallado, Crawford, Hujsak &amp; Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753),
 * held to Orekit's {@code TLEPropagator} and to Vallado's verification output, and
 * {@link org.skyrack.orbit.OrekitEphemerisSource} wraps Orekit propagators for the rest
 * (deep-space TLEs, Eckstein–Hechler, Brouwer–Lyddane, Kepler); {@link org.skyrack.orbit.CheckedSgp4}
 * adds the reference's error codes to Orekit's SGP4. {@link org.skyrack.orbit.KeptFormationSource}
 * holds station-kept cluster members on their HCW slots in the LVLH frame of the propagated
 * reference orbit (Vallado 4th ed. §6.8; Alfriend et al., <i>Spacecraft Formation Flying</i>,
 * 2010, ch. 5), an ideal controller whose Δv is not costed. Orekit is the flight-dynamics reference;
 * its data context is passed in, never taken from the global default. {@link org.skyrack.orbit.Decay}
 * estimates natural orbital lifetime through Vallado's CIRA-72 exponential atmosphere (4th ed.,
 * Table 8-4) for the disposal check.
 */
package org.skyrack.orbit;
