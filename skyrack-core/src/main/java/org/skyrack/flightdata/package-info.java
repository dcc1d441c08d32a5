/**
 * Offline flight-dynamics data for Orekit: time scales, leap seconds and frames, with no
 * download at run time.
 *
 * <p><b>Sources.</b> Leap seconds (TAI−UTC, 10 s on 1972-01-01 up to 37 s since 2017-01-01)
 * are those of IERS Bulletin C, read from the IANA tz database's {@code leap-seconds.list}:
 * the OS copy ({@code /usr/share/zoneinfo/leap-seconds.list}, kept current by the tzdata
 * package) when it is valid, else the public-domain copy bundled in this package's resources.
 * Validity is checked by {@link org.skyrack.flightdata.LeapSecondsList} (format, steps of
 * +1 s, expiry line, SHA-1). {@code --orekit-data DIR} swaps all of this for a full Orekit
 * data directory via {@link org.skyrack.flightdata.FlightDynamicsContext#fromOrekitData}.
 *
 * <p><b>Assumptions.</b> Offline, Earth orientation parameters are zero: UT1 = UTC and no
 * polar motion. With UT1−UTC of roughly +0.04 to +0.07 s in 2025–2026, an equatorial ground
 * station (465 m/s of Earth rotation) then sits 17–32 m off its true inertial position, less
 * at higher latitudes, plus up to about 10 m from the ignored polar motion, and pass acquisition/loss-of-signal times move by at most about
 * 0.05 s. The error grows with |UT1−UTC|, which leap seconds keep below 0.9 s. Dates before
 * 1972-01-01 (UTC with fractional offsets) are not supported offline.
 *
 * <p><b>No global state.</b> Orekit's global default context
 * ({@code DataContext.getDefault()}, and the factories such as {@code FramesFactory} that use
 * it) is never read nor set: a {@link org.skyrack.flightdata.FlightDynamicsContext} is built
 * once at the program's edge and passed to whatever needs time scales or frames.
 */
package org.skyrack.flightdata;
