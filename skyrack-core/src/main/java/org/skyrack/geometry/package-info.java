/**
 * Geometry as events: eclipse (umbra and penumbra) intervals, ground-station passes and
 * inter-satellite link availability, each found by sampling a smooth margin function and
 * refining sign changes and near-zero extrema with Hipparchus root finders and Brent
 * minimisation, then streamed in satellite order.
 *
 * <p>Models and sources: conical shadow (Montenbruck &amp; Gill, <i>Satellite Orbits</i>, 2000,
 * §3.4.2) on the oblate WGS84 Earth by affine scaling of the polar axis, which keeps limb
 * tangency exact; Sun radius 696,000 km; geodetic station coordinates (Vallado, 4th ed.,
 * Algorithm 51); Earth rotation between tabulated TEME→ITRF rotations at the IERS 2010 rate;
 * beta angle sin β = ĥ·ŝ. Eclipse edges agree with Orekit's {@code EclipseDetector} on a
 * {@code OneAxisEllipsoid} to 8 ms, pass edges with {@code ElevationDetector} to 10 ms (tests).
 */
package org.skyrack.geometry;
