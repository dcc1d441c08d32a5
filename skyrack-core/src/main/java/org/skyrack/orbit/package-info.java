/**
 * Constellations and their orbits: Walker delta/star patterns (Walker 1984, JBIS 37),
 * sun-synchronous planes with the inclination from the J2 nodal rate (Vallado, Fundamentals
 * of Astrodynamics and Applications, 4th ed., §9.6), bounded formations from the
 * Hill–Clohessy–Wiltshire equations (Clohessy &amp; Wiltshire 1960), and TLE / CCSDS OMM files
 * (SGP4, Vallado et al. AIAA 2006-6753, through Orekit, with the reference's error codes checked
 * by {@link org.skyrack.orbit.CheckedSgp4}). Orekit is the flight-dynamics
 * reference; its data context is passed in, never taken from the global default.
 */
package org.skyrack.orbit;
