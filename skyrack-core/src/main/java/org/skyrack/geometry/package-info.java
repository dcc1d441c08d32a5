/**
 * Geometry as events: eclipse (umbra and penumbra) intervals, ground-station passes and
 * inter-satellite link availability, each found by sampling a smooth margin function and
 * refining sign changes and near-zero extrema with Hipparchus root finders and Brent
 * minimisation, then streamed in satellite order. For whole constellations two faster searches
 * give the same events on the same propagator: eclipses orbit by orbit, with Newton steps on each
 * edge of the one shadow dip a near-circular low orbit has per revolution
 * ({@link org.skyrack.geometry.OrbitEclipseFinder}), and passes screened by bounds on how fast the
 * satellite can approach a station's visibility cone ({@link org.skyrack.geometry.ScreenedContactFinder});
 * both hand what their models do not cover (grazing dips, eccentric or high orbits, window ends)
 * to the sampled searches, which the tests hold them to.
 *
 * <p>Models and sources: conical shadow (Montenbruck &amp; Gill, <i>Satellite Orbits</i>, 2000,
 * §3.4.2) on the oblate WGS84 Earth by affine scaling of the polar axis, which keeps limb
 * tangency exact; Sun radius 696,000 km; geodetic station coordinates (Vallado, 4th ed.,
 * Algorithm 51); Earth rotation between tabulated TEME→ITRF rotations at the IERS 2010 rate;
 * beta angle sin β = ĥ·ŝ. Eclipse edges agree with Orekit's {@code EclipseDetector} on a
 * {@code OneAxisEllipsoid} to 8 ms, pass edges with {@code ElevationDetector} to 10 ms (tests).
 *
 * <p>Geometry of the Sun for eclipses and power: {@link org.skyrack.geometry.SunEphemeris}, with the
 * JPL ephemerides of a full Orekit data set ({@link org.skyrack.geometry.OrekitSun}) when present
 * and otherwise the time-varying-elements solar theory of Meeus, <i>Astronomical Algorithms</i>,
 * 2nd ed. (Willmann-Bell, 1998), ch. 25 ({@link org.skyrack.geometry.MeeusSun}), precessed to the
 * mean equator and equinox of J2000.0 with the IAU 1976 precession (Lieske et al. 1977, A&amp;A 58;
 * Meeus ch. 21) and the mean obliquity of Meeus eq. 22.2. Positions are geometric (no light time,
 * no aberration), in metres, Earth-centred, as Orekit's celestial bodies give them; the aberrated
 * direction, 20.5″ behind, is available where shadow timing needs it. The tests check the model
 * against Meeus's Example 25.a and against a truncated VSOP87 (Bretagnon &amp; Francou 1988, A&amp;A
 * 202; coefficients as tabulated in Meeus Appendix III), and show the drift of Orekit's
 * {@code AnalyticalSolarPositionProvider}, whose fixed perigee puts it 0.085–0.090° off in 2026. Times
 * are TT (the Astronomical Almanac's TDB/TT argument; the difference is under 2 ms).
 */
package org.skyrack.geometry;
