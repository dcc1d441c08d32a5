package org.skyrack.orbit;

import java.util.List;
import java.util.Objects;

import org.orekit.frames.Frames;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

/**
 * SGP4 for many near-Earth TLEs at once: positions in m and velocities in m/s in TEME, at
 * times in s from a scenario epoch. Every initialisation constant of the near-Earth branch of
 * SGP4 (Hoots &amp; Roehrich, Spacetrack Report #3, 1980, as revised by Vallado, Crawford,
 * Hujsak &amp; Kelso, "Revisiting Spacetrack Report #3", AIAA 2006-6753: {@code initl} and
 * {@code sgp4init}) is computed once per satellite into primitive arrays, one array per
 * constant, so that {@link #state} only does the per-time update and allocates nothing. The
 * constants are the WGS-72 set of the verification cases and of Orekit's {@code TLEPropagator}
 * (mu = 398600.8 km³/s², Re = 6378.135 km, J2, J3, J4 below); Orekit's propagator is the
 * reference the tests hold this kernel to (1 mm, 1 µm/s), which is why the semi-major axis is
 * recovered Orekit's way by default (see {@link Variant}). Deep-space TLEs (period of 225 min
 * or more, SDP4) are refused by the constructor; {@link #of} sends a set that holds any to
 * {@link OrekitEphemerisSource} instead. Failures carry Vallado's error codes: 1 mean
 * eccentricity outside [-0.001, 1), 2 mean motion not positive, 4 semi-latus rectum negative,
 * 6 decayed (radius below one Earth radius); only a failure allocates (its exception).
 * Instances are immutable and thread-safe.
 */
public final class Sgp4Batch implements EphemerisSource {

    /** WGS-72 Earth gravitational parameter, km³/s². */
    public static final double MU_KM3_S2 = 398600.8;
    /** WGS-72 Earth equatorial radius, km; SGP4's distance unit. */
    public static final double EARTH_RADIUS_KM = 6378.135;
    /** WGS-72 J2. */
    public static final double J2 = 0.001082616;
    /** WGS-72 J3. */
    public static final double J3 = -0.00000253881;
    /** WGS-72 J4. */
    public static final double J4 = -0.00000165597;
    /** sqrt(mu) in Earth radii^1.5 per minute, SGP4's {@code xke}. */
    public static final double XKE = 60.0 / Math.sqrt(EARTH_RADIUS_KM * EARTH_RADIUS_KM * EARTH_RADIUS_KM / MU_KM3_S2);
    /** Period from which SGP4 switches to its deep-space branch (SDP4), min. */
    public static final double DEEP_SPACE_PERIOD_MIN = 225.0;

    private static final double J3OJ2 = J3 / J2;
    private static final double X2O3 = 2.0 / 3.0;
    private static final double TWO_PI = 2.0 * Math.PI;
    private static final double METERS_PER_RADIUS = 1000.0 * EARTH_RADIUS_KM;
    private static final double MIN_PER_S = 1.0 / 60.0;
    /** SGP4's velocity unit, Vallado's {@code vkmpersec} = Re xke / 60, in m/s. */
    private static final double XKE_MPS = XKE * METERS_PER_RADIUS / 60.0;

    /**
     * How SGP4 recovers its semi-major axis at epoch from the TLE's Kozai mean motion. The two
     * published forms agree to second order in J2 and differ by at most ~0.2 mm in the axis, but
     * the drag coefficients scale with (a - s)^-4 and the secular rates with a^-4, which turns
     * that into up to 3.5 cm after a week for low-perigee orbits with drag (1.6 mm on the
     * near-Earth verification cases).
     */
    public enum Variant {
        /**
         * a0'' = a0 / (1 - delta0) of Spacetrack Report #3, as Orekit's {@code TLEPropagator}
         * computes it; the default, so that the kernel agrees with Orekit to ~10 µm.
         */
        OREKIT,
        /**
         * ao = (xke / n0'')^(2/3) of Vallado et al.'s {@code initl}, which reproduces
         * {@code tcppver.out} to ~10 µm.
         */
        VALLADO_2006
    }

    private final Variant variant;
    private final int size;
    /** TLE epoch to scenario epoch, s: the time since the TLE epoch is t + offset. */
    private final double[] offsetS;
    // Mean elements at the TLE epoch (rad, rad/min, Earth radii).
    private final double[] mo;
    private final double[] argpo;
    private final double[] nodeo;
    private final double[] ecco;
    private final double[] bstar;
    private final double[] no;
    private final double[] ao;
    // The mean-element quantities of the epoch, which are those of every time without drag.
    private final double[] sqrtAo;
    private final double[] nmOverXkeEpoch;
    private final double[] emEpoch;
    private final double[] templpEpoch;
    // Secular rates and drag coefficients.
    private final double[] mdot;
    private final double[] argpdot;
    private final double[] nodedot;
    private final double[] nodecf;
    private final double[] cc1;
    private final double[] cc4;
    private final double[] cc5;
    private final double[] t2cof;
    private final double[] omgcof;
    private final double[] xmcof;
    private final double[] eta;
    private final double[] delmo;
    private final double[] sinmao;
    private final double[] d2;
    private final double[] d3;
    private final double[] d4;
    private final double[] t3cof;
    private final double[] t4cof;
    private final double[] t5cof;
    /** Vallado's error code for a TLE whose elements are unusable at any time (1, 2), else 0. */
    private final int[] epochError;
    /** Perigee below 220 km: the truncated drag equations. */
    private final boolean[] isimp;
    // Periodic-term coefficients.
    private final double[] con41;
    private final double[] x1mth2;
    private final double[] x7thm1;
    private final double[] xlcof;
    private final double[] aycof;
    private final double[] cosio;
    private final double[] sinio;

    /**
     * Initialises SGP4 for each TLE.
     *
     * @param tles  near-Earth TLEs; satellite {@code i} of this source is {@code tles.get(i)}
     * @param epoch the scenario epoch that {@link #state} counts seconds from
     * @throws IllegalArgumentException if a TLE is deep-space (see {@link #isNearEarth(TLE)})
     */
    public Sgp4Batch(List<TLE> tles, AbsoluteDate epoch) {
        this(tles, epoch, Variant.OREKIT);
    }

    /**
     * Initialises SGP4 for each TLE, with a chosen semi-major axis recovery.
     *
     * @param tles    near-Earth TLEs; satellite {@code i} of this source is {@code tles.get(i)}
     * @param epoch   the scenario epoch that {@link #state} counts seconds from
     * @param variant the semi-major axis recovery
     * @throws IllegalArgumentException if a TLE is deep-space (see {@link #isNearEarth(TLE)})
     */
    public Sgp4Batch(List<TLE> tles, AbsoluteDate epoch, Variant variant) {
        Objects.requireNonNull(epoch, "epoch");
        this.variant = Objects.requireNonNull(variant, "variant");
        size = tles.size();
        offsetS = new double[size];
        mo = new double[size];
        argpo = new double[size];
        nodeo = new double[size];
        ecco = new double[size];
        bstar = new double[size];
        no = new double[size];
        ao = new double[size];
        sqrtAo = new double[size];
        nmOverXkeEpoch = new double[size];
        emEpoch = new double[size];
        templpEpoch = new double[size];
        mdot = new double[size];
        argpdot = new double[size];
        nodedot = new double[size];
        nodecf = new double[size];
        cc1 = new double[size];
        cc4 = new double[size];
        cc5 = new double[size];
        t2cof = new double[size];
        omgcof = new double[size];
        xmcof = new double[size];
        eta = new double[size];
        delmo = new double[size];
        sinmao = new double[size];
        d2 = new double[size];
        d3 = new double[size];
        d4 = new double[size];
        t3cof = new double[size];
        t4cof = new double[size];
        t5cof = new double[size];
        isimp = new boolean[size];
        epochError = new int[size];
        con41 = new double[size];
        x1mth2 = new double[size];
        x7thm1 = new double[size];
        xlcof = new double[size];
        aycof = new double[size];
        cosio = new double[size];
        sinio = new double[size];
        for (int k = 0; k < size; k++) {
            TLE tle = Objects.requireNonNull(tles.get(k), "tle");
            if (!isNearEarth(tle)) {
                throw new IllegalArgumentException("TLE " + k + " (NORAD " + tle.getSatelliteNumber()
                        + ") is deep-space (period >= " + DEEP_SPACE_PERIOD_MIN + " min); SGP4Batch is near-Earth only");
            }
            offsetS[k] = epoch.durationFrom(tle.getDate());
            init(k, tle);
        }
    }

    /**
     * An ephemeris source for the TLEs: this kernel when all are near-Earth, else Orekit's
     * {@code TLEPropagator} for every satellite through {@link OrekitEphemerisSource}.
     *
     * @param tles   the TLEs, satellite {@code i} being {@code tles.get(i)}
     * @param epoch  the scenario epoch that {@link EphemerisSource#state} counts seconds from
     * @param frames the frames of the flight-dynamics context (its TEME is used by the fallback)
     * @return the source
     */
    public static EphemerisSource of(List<TLE> tles, AbsoluteDate epoch, Frames frames) {
        for (TLE tle : tles) {
            if (!isNearEarth(tle)) {
                return OrekitEphemerisSource.ofTles(tles, epoch, frames.getTEME());
            }
        }
        return new Sgp4Batch(tles, epoch);
    }

    /**
     * Tells whether SGP4 treats a TLE as near-Earth: its un-Kozai'd period (the one of
     * Vallado's {@code initl}) is below {@link #DEEP_SPACE_PERIOD_MIN}.
     *
     * @param tle the TLE
     * @return true for near-Earth (SGP4), false for deep-space (SDP4)
     */
    public static boolean isNearEarth(TLE tle) {
        // Written so that a period that is not a number (no valid mean motion or eccentricity)
        // counts as near-Earth, as in Orekit: the kernel then reports error 1 or 2.
        return !(TWO_PI / unKozaiMeanMotion(tle.getMeanMotion() * 60.0, tle.getE(), Math.cos(tle.getI()))
                >= DEEP_SPACE_PERIOD_MIN);
    }

    /**
     * A TLE holding given SGP4 mean elements, for running design orbits on this kernel. The
     * TLE's mean motion is the Kozai one that SGP4 reads; it is chosen so that SGP4's
     * recovered semi-major axis is {@code a}. No drag (B* = 0).
     *
     * @see #meanElementsTle(int, double, double, double, double, double, double, double, AbsoluteDate, TimeScale)
     */
    public static TLE meanElementsTle(int index, double a, double e, double i, double raan, double argp,
                                      double meanAnomaly, AbsoluteDate epoch, TimeScale utc) {
        return meanElementsTle(index, a, e, i, raan, argp, meanAnomaly, 0.0, epoch, utc);
    }

    /**
     * A TLE holding given SGP4 mean elements. The mean motion written is the Kozai mean motion
     * that SGP4 reads, found by inverting the un-Kozai relation of {@code initl} with
     * fixed-point iterations, so that SGP4's recovered semi-major axis equals {@code a}: to
     * ~1e-9 m with the default {@link Variant#OREKIT} recovery and Orekit's propagator, to
     * ~0.2 mm with {@link Variant#VALLADO_2006}. The elements are kept as doubles, so the TLE's
     * text lines round them to TLE precision but propagating the {@link TLE} object does not.
     *
     * @param index       satellite index; the NORAD catalogue number is {@code index + 1}
     * @param a           SGP4 mean semi-major axis, m
     * @param e           mean eccentricity, in [0, 1)
     * @param i           mean inclination, rad
     * @param raan        mean right ascension of the ascending node, rad
     * @param argp        mean argument of perigee, rad
     * @param meanAnomaly mean anomaly, rad
     * @param bstar       drag term B*, 1/Earth radii
     * @param epoch       TLE epoch
     * @param utc         UTC scale of the flight-dynamics context
     * @return the TLE
     */
    public static TLE meanElementsTle(int index, double a, double e, double i, double raan, double argp,
                                      double meanAnomaly, double bstar, AbsoluteDate epoch, TimeScale utc) {
        if (index < 0 || index >= 339_999) {
            throw new IllegalArgumentException("satellite index " + index + " outside a TLE catalogue number");
        }
        if (!(a > 0) || !(e >= 0 && e < 1)) {
            throw new IllegalArgumentException("need a > 0 and 0 <= e < 1, got a = " + a + " m, e = " + e);
        }
        double target = a / METERS_PER_RADIUS;
        double cosI = Math.cos(i);
        // The recovered axis goes as n^(-2/3) up to J2 terms: rescale n until it lands on a.
        double noKozai = XKE / (target * Math.sqrt(target));
        for (int k = 0; k < 20; k++) {
            double ratio = recoveredSemiMajorAxis(noKozai, e, cosI) / target;
            noKozai *= ratio * Math.sqrt(ratio);
            if (Math.abs(ratio - 1.0) <= 1e-15) {
                break;
            }
        }
        return new TLE(index + 1, 'U', 2000, 1, "A", TLE.DEFAULT, 999, epoch, noKozai / 60.0, 0.0, 0.0,
                e, i, argp, raan, meanAnomaly, 0, bstar, utc);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * SGP4's recovered mean semi-major axis of a satellite at its TLE epoch ({@code ao}, or
     * {@code a0''}, by this source's {@link Variant}), m.
     *
     * @param satellite the satellite index
     * @return the semi-major axis, m
     */
    public double meanSemiMajorAxis(int satellite) {
        return ao[satellite] * METERS_PER_RADIUS;
    }

    /** Vallado's {@code del}: the Kozai to Brouwer mean-motion ratio minus one, from the Kozai mean motion in rad/min. */
    private static double kozaiDelta(double noKozai, double e, double cosI) {
        double omeosq = 1.0 - e * e;
        double rteosq = Math.sqrt(omeosq);
        double ak = Math.pow(XKE / noKozai, X2O3);
        double d1 = 0.75 * J2 * (3.0 * cosI * cosI - 1.0) / (rteosq * omeosq);
        double del = d1 / (ak * ak);
        double adel = ak * (1.0 - del * del - del * (1.0 / 3.0 + 134.0 * del * del / 81.0));
        return d1 / (adel * adel);
    }

    private static double unKozaiMeanMotion(double noKozai, double e, double cosI) {
        return noKozai / (1.0 + kozaiDelta(noKozai, e, cosI));
    }

    /** Spacetrack Report #3's recovered semi-major axis a0'' = a0 / (1 - delta0), Earth radii. */
    private static double recoveredSemiMajorAxis(double noKozai, double e, double cosI) {
        double omeosq = 1.0 - e * e;
        double d1 = 0.75 * J2 * (3.0 * cosI * cosI - 1.0) / (Math.sqrt(omeosq) * omeosq);
        double a1 = Math.pow(XKE / noKozai, X2O3);
        double delta1 = d1 / (a1 * a1);
        double a0 = a1 * (1.0 - delta1 * (1.0 / 3.0 + delta1 * (1.0 + 134.0 / 81.0 * delta1)));
        double delta0 = d1 / (a0 * a0);
        return a0 / (1.0 - delta0);
    }

    /** Vallado's {@code initl} and the near-Earth part of {@code sgp4init}. */
    private void init(int k, TLE tle) {
        double e = tle.getE();
        double bs = tle.getBStar();
        double m0 = tle.getMeanAnomaly();
        double w0 = tle.getPerigeeArgument();
        double incl = tle.getI();
        mo[k] = m0;
        argpo[k] = w0;
        nodeo[k] = tle.getRaan();
        ecco[k] = e;
        bstar[k] = bs;

        // initl
        double eccsq = e * e;
        double omeosq = 1.0 - eccsq;
        double rteosq = Math.sqrt(omeosq);
        double cosi = Math.cos(incl);
        double cosio2 = cosi * cosi;
        double n0 = unKozaiMeanMotion(tle.getMeanMotion() * 60.0, e, cosi);
        double a0 = variant == Variant.VALLADO_2006 ? Math.pow(XKE / n0, X2O3)
                : recoveredSemiMajorAxis(tle.getMeanMotion() * 60.0, e, cosi);
        double sini = Math.sin(incl);
        double po = a0 * omeosq;
        double con42 = 1.0 - 5.0 * cosio2;
        double c41 = -con42 - cosio2 - cosio2;
        double posq = po * po;
        double rp = a0 * (1.0 - e);
        // Vallado's sgp4 tests the mean eccentricity (1) and mean motion (2) at each call; with
        // an epoch eccentricity outside [0, 1) or a mean motion that is not positive, the
        // initialisation already gives no numbers, so flag those once here.
        if (!(e >= 0.0 && e < 1.0)) {
            epochError[k] = 1;
        } else if (!(n0 > 0.0)) {
            epochError[k] = 2;
        }
        no[k] = n0;
        ao[k] = a0;
        // As state() computes them with tempa = 1 and tempe = 0.
        double emClamped = e < 1.0e-6 ? 1.0e-6 : e;
        sqrtAo[k] = Math.sqrt(a0);
        nmOverXkeEpoch[k] = 1.0 / (a0 * Math.sqrt(a0));
        emEpoch[k] = emClamped;
        templpEpoch[k] = 1.0 / (a0 * (1.0 - emClamped * emClamped));
        cosio[k] = cosi;
        sinio[k] = sini;
        con41[k] = c41;

        // sgp4init, near-Earth
        double ss = 78.0 / EARTH_RADIUS_KM + 1.0;
        double qzms2tBase = (120.0 - 78.0) / EARTH_RADIUS_KM;
        double qzms2t = qzms2tBase * qzms2tBase * qzms2tBase * qzms2tBase;
        isimp[k] = rp < 220.0 / EARTH_RADIUS_KM + 1.0;
        double sfour = ss;
        double qzms24 = qzms2t;
        double perige = (rp - 1.0) * EARTH_RADIUS_KM;
        if (perige < 156.0) {
            sfour = perige - 78.0;
            if (perige < 98.0) {
                sfour = 20.0;
            }
            double q = (120.0 - sfour) / EARTH_RADIUS_KM;
            qzms24 = q * q * q * q;
            sfour = sfour / EARTH_RADIUS_KM + 1.0;
        }
        double pinvsq = 1.0 / posq;
        double tsi = 1.0 / (a0 - sfour);
        double et = a0 * e * tsi;
        double etasq = et * et;
        double eeta = e * et;
        double psisq = Math.abs(1.0 - etasq);
        double tsi2 = tsi * tsi;
        double coef = qzms24 * tsi2 * tsi2;
        double coef1 = coef / Math.pow(psisq, 3.5);
        double cc2 = coef1 * n0 * (a0 * (1.0 + 1.5 * etasq + eeta * (4.0 + etasq))
                + 0.375 * J2 * tsi / psisq * c41 * (8.0 + 3.0 * etasq * (8.0 + etasq)));
        double c1 = bs * cc2;
        double cc3 = 0.0;
        if (e > 1.0e-4) {
            cc3 = -2.0 * coef * tsi * J3OJ2 * n0 * sini / e;
        }
        double x1m = 1.0 - cosio2;
        eta[k] = et;
        cc1[k] = c1;
        x1mth2[k] = x1m;
        cc4[k] = 2.0 * n0 * coef1 * a0 * omeosq * (et * (2.0 + 0.5 * etasq) + e * (0.5 + 2.0 * etasq)
                - J2 * tsi / (a0 * psisq) * (-3.0 * c41 * (1.0 - 2.0 * eeta + etasq * (1.5 - 0.5 * eeta))
                + 0.75 * x1m * (2.0 * etasq - eeta * (1.0 + etasq)) * Math.cos(2.0 * w0)));
        cc5[k] = 2.0 * coef1 * a0 * omeosq * (1.0 + 2.75 * (etasq + eeta) + eeta * etasq);
        double cosio4 = cosio2 * cosio2;
        double temp1 = 1.5 * J2 * pinvsq * n0;
        double temp2 = 0.5 * temp1 * J2 * pinvsq;
        double temp3 = -0.46875 * J4 * pinvsq * pinvsq * n0;
        mdot[k] = n0 + 0.5 * temp1 * rteosq * c41
                + 0.0625 * temp2 * rteosq * (13.0 - 78.0 * cosio2 + 137.0 * cosio4);
        argpdot[k] = -0.5 * temp1 * con42 + 0.0625 * temp2 * (7.0 - 114.0 * cosio2 + 395.0 * cosio4)
                + temp3 * (3.0 - 36.0 * cosio2 + 49.0 * cosio4);
        double xhdot1 = -temp1 * cosi;
        nodedot[k] = xhdot1 + (0.5 * temp2 * (4.0 - 19.0 * cosio2) + 2.0 * temp3 * (3.0 - 7.0 * cosio2)) * cosi;
        omgcof[k] = bs * cc3 * Math.cos(w0);
        xmcof[k] = e > 1.0e-4 ? -X2O3 * coef * bs / eeta : 0.0;
        nodecf[k] = 3.5 * omeosq * xhdot1 * c1;
        t2cof[k] = 1.5 * c1;
        // Vallado's guard against dividing by zero at 180 deg inclination.
        double onePlusCos = Math.abs(cosi + 1.0) > 1.5e-12 ? 1.0 + cosi : 1.5e-12;
        xlcof[k] = -0.25 * J3OJ2 * sini * (3.0 + 5.0 * cosi) / onePlusCos;
        aycof[k] = -0.5 * J3OJ2 * sini;
        double dm = 1.0 + et * Math.cos(m0);
        delmo[k] = dm * dm * dm;
        sinmao[k] = Math.sin(m0);
        x7thm1[k] = 7.0 * cosio2 - 1.0;
        if (!isimp[k]) {
            double cc1sq = c1 * c1;
            double dd2 = 4.0 * a0 * tsi * cc1sq;
            double temp = dd2 * tsi * c1 / 3.0;
            double dd3 = (17.0 * a0 + sfour) * temp;
            double dd4 = 0.5 * temp * a0 * tsi * (221.0 * a0 + 31.0 * sfour) * c1;
            d2[k] = dd2;
            d3[k] = dd3;
            d4[k] = dd4;
            t3cof[k] = dd2 + 2.0 * cc1sq;
            t4cof[k] = 0.25 * (3.0 * dd3 + c1 * (12.0 * dd2 + 10.0 * cc1sq));
            t5cof[k] = 0.2 * (3.0 * dd4 + 12.0 * c1 * dd3 + 6.0 * dd2 * dd2 + 15.0 * cc1sq * (2.0 * dd2 + cc1sq));
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Vallado's {@code sgp4} near-Earth update, computed with fewer transcendental calls:
     * sines and cosines are taken only of the secular mean anomaly, argument of perigee and
     * node (one shared range reduction per angle), and every other angle that SGP4 takes the
     * sine or cosine of is one of these plus a small correction (drag, long- and short-period
     * terms, Newton steps of Kepler's equation), applied as a rotation by that correction's
     * sine and cosine from a short series. There is no {@code atan2}, {@code fmod} or
     * {@code pow}. With B* = 0 the drag terms, which are then exactly zero, are skipped. The
     * time resolution is the double's: ~1.5e-8 s (0.1 mm along-track) at 3 years from the TLE
     * epoch.
     */
    @Override
    public void state(int satellite, double secondsFromEpoch, double[] out, int offset) {
        final int k = satellite;
        final double t = (secondsFromEpoch + offsetS[k]) * MIN_PER_S;
        if (epochError[k] != 0) {
            throw epochFailure(k, t);
        }
        final double bs = bstar[k];
        final double n0 = no[k];

        // Secular gravity.
        final double xmdf = mo[k] + mdot[k] * t;
        final double argpdf = argpo[k] + argpdot[k] * t;
        final double t2 = t * t;
        final double nodem = nodeo[k] + nodedot[k] * t + nodecf[k] * t2;
        final double sinM = fastSin(xmdf);
        final double cosM = fastCos(xmdf);

        // Secular drag: all terms are zero without B*, and the mean a and e those of the epoch.
        double dragShift = 0.0; // added to the mean anomaly, taken from the argument of perigee
        double sinMm = sinM;    // of the mean anomaly mm = xmdf + dragShift + n0 * templ
        double cosMm = cosM;
        final double am;
        final double sqrtAm;
        final double nmOverXke;
        final double em;
        final double templp;    // 1 / (am (1 - em²))
        if (bs != 0.0) {
            double tempa = 1.0 - cc1[k] * t;
            double tempe = bs * cc4[k] * t;
            double templ = t2cof[k] * t2;
            if (!isimp[k]) {
                final double delomg = omgcof[k] * t;
                final double delmtemp = 1.0 + eta[k] * cosM;
                final double delm = xmcof[k] * (delmtemp * delmtemp * delmtemp - delmo[k]);
                dragShift = delomg + delm;
                final double t3 = t2 * t;
                final double t4 = t3 * t;
                tempa = tempa - d2[k] * t2 - d3[k] * t3 - d4[k] * t4;
                final double sinMd = sinM * cosSmall(dragShift) + cosM * sinSmall(dragShift); // sin(xmdf + dragShift)
                tempe = tempe + bs * cc5[k] * (sinMd - sinmao[k]);
                templ = templ + t3cof[k] * t3 + t4 * (t4cof[k] + t * t5cof[k]);
            }
            am = ao[k] * tempa * tempa;
            sqrtAm = Math.sqrt(am);
            nmOverXke = 1.0 / (am * sqrtAm);
            double emd = ecco[k] - tempe;
            if (!(emd < 1.0 && emd >= -0.001)) {
                throw failure(k, 1, t, emd);
            }
            em = emd < 1.0e-6 ? 1.0e-6 : emd;
            templp = 1.0 / (am * (1.0 - em * em));
            final double mShift = dragShift + n0 * templ;
            final double cosShift = cosSmall(mShift);
            final double sinShift = sinSmall(mShift);
            sinMm = sinM * cosShift + cosM * sinShift;
            cosMm = cosM * cosShift - sinM * sinShift;
        } else {
            am = ao[k];
            sqrtAm = sqrtAo[k];
            nmOverXke = nmOverXkeEpoch[k];
            em = emEpoch[k];
            templp = templpEpoch[k];
        }
        final double argpm = argpdf - dragShift;
        final double sinArgp = fastSin(argpm);
        final double cosArgp = fastCos(argpm);
        // mm + argpm
        final double sinMw = sinMm * cosArgp + cosMm * sinArgp;
        final double cosMw = cosMm * cosArgp - sinMm * sinArgp;

        // Long-period periodics.
        final double axnl = em * cosArgp;
        final double aynl = em * sinArgp + templp * aycof[k];
        final double el2 = axnl * axnl + aynl * aynl;
        // u = mm + argpm + du, Kepler's equation is solved for eo1 = u + d.
        final double du = templp * xlcof[k] * axnl;
        final double cosDu = cosSmall(du);
        final double sinDu = sinSmall(du);
        double sineo1 = sinMw * cosDu + cosMw * sinDu;
        double coseo1 = cosMw * cosDu - sinMw * sinDu;

        // Kepler's equation, Vallado's Newton iteration: the sine and cosine kept are those of
        // the last iterate before the step that ended it. A full Newton step d leaves a residual
        // below e d² / (2 (1 - e)), so with e <= 0.5 and |d| < 1e-6 the next step is known to be
        // below 1e-12 and is not computed.
        final boolean smallE = el2 <= 0.25;
        double d = 0.0;
        for (int ktr = 1; ; ktr++) {
            double tem5 = (-d - aynl * coseo1 + axnl * sineo1) / (1.0 - coseo1 * axnl - sineo1 * aynl);
            if (Math.abs(tem5) >= 0.95) {
                tem5 = tem5 > 0.0 ? 0.95 : -0.95;
            }
            if (Math.abs(tem5) < 1.0e-12 || ktr == 10) {
                break;
            }
            d += tem5;
            final double c = cosSmall(tem5);
            final double s = sinSmall(tem5);
            final double sNext = sineo1 * c + coseo1 * s;
            coseo1 = coseo1 * c - sineo1 * s;
            sineo1 = sNext;
            if (smallE && Math.abs(tem5) < 1.0e-6) {
                break;
            }
        }

        // Short-period preliminary quantities.
        final double ecose = axnl * coseo1 + aynl * sineo1;
        final double esine = axnl * sineo1 - aynl * coseo1;
        final double pl = am * (1.0 - el2);
        if (pl < 0.0) {
            throw failure(k, 4, t, pl);
        }
        final double rl = am * (1.0 - ecose);
        final double invRl = 1.0 / rl;
        final double betal = Math.sqrt(1.0 - el2);
        final double rdotl = sqrtAm * esine * invRl;
        final double rvdotl = sqrtAm * betal * invRl; // sqrt(pl) / rl
        double temp = esine / (1.0 + betal);
        // Argument of latitude: a unit vector for any eo1 (the ellipse's E to true anomaly
        // identities), so no atan2 is needed to normalise it.
        final double amOverRl = am * invRl;
        final double sinu = amOverRl * (sineo1 - aynl - axnl * temp);
        final double cosu = amOverRl * (coseo1 - axnl + aynl * temp);
        final double sin2u = (cosu + cosu) * sinu;
        final double cos2u = 1.0 - 2.0 * sinu * sinu;
        temp = 1.0 / pl;
        final double temp1 = 0.5 * J2 * temp;
        final double temp2 = temp1 * temp;

        // Short-period periodics.
        final double cosi = cosio[k];
        final double sini = sinio[k];
        final double x1m = x1mth2[k];
        final double c41 = con41[k];
        final double mrt = rl * (1.0 - 1.5 * temp2 * betal * c41) + 0.5 * temp1 * x1m * cos2u;
        if (mrt < 1.0) {
            throw failure(k, 6, t, mrt);
        }
        final double dsu = -0.25 * temp2 * x7thm1[k] * sin2u;
        final double dnode = 1.5 * temp2 * cosi * sin2u;
        final double dinc = 1.5 * temp2 * cosi * sini * cos2u;
        final double mvt = rdotl - nmOverXke * temp1 * x1m * sin2u;
        final double rvdot = rvdotl + nmOverXke * temp1 * (x1m * cos2u + 1.5 * c41);

        // Orientation vectors.
        double c = cosSmall(dsu);
        double s = sinSmall(dsu);
        final double sinsu = sinu * c + cosu * s;
        final double cossu = cosu * c - sinu * s;
        final double sinNode = fastSin(nodem);
        final double cosNode = fastCos(nodem);
        c = cosSmall(dnode);
        s = sinSmall(dnode);
        final double snod = sinNode * c + cosNode * s;
        final double cnod = cosNode * c - sinNode * s;
        c = cosSmall(dinc);
        s = sinSmall(dinc);
        final double sinik = sini * c + cosi * s;
        final double cosik = cosi * c - sini * s;
        final double xmx = -snod * cosik;
        final double xmy = cnod * cosik;
        final double ux = xmx * sinsu + cnod * cossu;
        final double uy = xmy * sinsu + snod * cossu;
        final double uz = sinik * sinsu;
        final double vx = xmx * cossu - cnod * sinsu;
        final double vy = xmy * cossu - snod * sinsu;
        final double vz = sinik * cossu;
        final double r = mrt * METERS_PER_RADIUS;
        final double rv = mvt * XKE_MPS;
        final double tv = rvdot * XKE_MPS;
        out[offset] = r * ux;
        out[offset + 1] = r * uy;
        out[offset + 2] = r * uz;
        out[offset + 3] = rv * ux + tv * vx;
        out[offset + 4] = rv * uy + tv * vy;
        out[offset + 5] = rv * uz + tv * vz;
    }

    /** Below this, {@link #sinSmall} and {@link #cosSmall} use their series (next terms < 1e-19). */
    private static final double SMALL_ANGLE = 0.125;
    private static final double S3 = -1.0 / 6.0;
    private static final double S5 = 1.0 / 120.0;
    private static final double S7 = -1.0 / 5040.0;
    private static final double S9 = 1.0 / 362880.0;
    private static final double S11 = -1.0 / 39916800.0;
    private static final double C2 = -0.5;
    private static final double C4 = 1.0 / 24.0;
    private static final double C6 = -1.0 / 720.0;
    private static final double C8 = 1.0 / 40320.0;
    private static final double C10 = -1.0 / 3628800.0;
    private static final double C12 = 1.0 / 479001600.0;

    /**
     * Below this the series stop at x^5 and x^6 (next terms < 3e-24): the size of SGP4's
     * short-period corrections and of Newton steps after the first, in LEO.
     */
    private static final double TINY_ANGLE = 2e-3;

    /** sin x by its Taylor series through x^11 (x^5 when tiny) when |x| is small, else {@link #fastSin}. */
    static double sinSmall(double x) {
        final double ax = Math.abs(x);
        final double x2 = x * x;
        if (ax <= TINY_ANGLE) {
            return x + x * x2 * (S3 + x2 * S5);
        }
        if (ax > SMALL_ANGLE) {
            return fastSin(x);
        }
        return x + x * x2 * (S3 + x2 * (S5 + x2 * (S7 + x2 * (S9 + x2 * S11))));
    }

    /** cos x by its Taylor series through x^12 (x^6 when tiny) when |x| is small, else {@link #fastCos}. */
    static double cosSmall(double x) {
        final double ax = Math.abs(x);
        final double x2 = x * x;
        if (ax <= TINY_ANGLE) {
            return 1.0 + x2 * (C2 + x2 * (C4 + x2 * C6));
        }
        if (ax > SMALL_ANGLE) {
            return fastCos(x);
        }
        return 1.0 + x2 * (C2 + x2 * (C4 + x2 * (C6 + x2 * (C8 + x2 * (C10 + x2 * C12)))));
    }

    /** Largest |x| that {@link #fastSin}/{@link #fastCos} reduce themselves (keeps q * PIO2_1 exact). */
    private static final double REDUCTION_LIMIT = 1e5;
    private static final double TWO_OVER_PI = 2.0 / Math.PI;
    // pi/2 in three parts, the first two with 33 significant bits (fdlibm's pio2_1, pio2_2, pio2_3).
    private static final double PIO2_1 = Double.longBitsToDouble(0x3FF921FB54400000L);
    private static final double PIO2_2 = Double.longBitsToDouble(0x3DD0B4611A600000L);
    private static final double PIO2_3 = Double.longBitsToDouble(0x3BA3198A2E000000L);
    private static final double S13 = 1.0 / 6227020800.0;
    private static final double S15 = -1.0 / 1307674368000.0;
    private static final double S17 = 1.0 / 355687428096000.0;
    private static final double C14 = -1.0 / 87178291200.0;
    private static final double C16 = 1.0 / 20922789888000.0;
    private static final double C18 = -1.0 / 6402373705728000.0;

    /**
     * sin x within ~2e-16 of {@link Math#sin}, a little faster: one Cody–Waite reduction by
     * pi/2 and Taylor series on [-pi/4, pi/4] (truncation below 1e-19). {@link #fastCos} of the
     * same angle shares the reduction once both are inlined. Beyond |x| = 1e5 it is Math.sin.
     */
    static double fastSin(double x) {
        return sinQuarterTurns(x, 0);
    }

    /** cos x within ~2e-16 of {@link Math#cos}; see {@link #fastSin}. */
    static double fastCos(double x) {
        return sinQuarterTurns(x, 1);
    }

    /** sin(x + quarterTurns * pi/2), quarterTurns 0 or 1. */
    private static double sinQuarterTurns(double x, int quarterTurns) {
        if (!(Math.abs(x) <= REDUCTION_LIMIT)) {
            return quarterTurns == 0 ? Math.sin(x) : Math.cos(x);
        }
        final double q = Math.rint(x * TWO_OVER_PI);
        final double r = ((x - q * PIO2_1) - q * PIO2_2) - q * PIO2_3;
        final int n = ((int) q + quarterTurns) & 3;
        final double r2 = r * r;
        final double v = (n & 1) == 0
                ? r + r * r2 * (S3 + r2 * (S5 + r2 * (S7 + r2 * (S9 + r2 * (S11 + r2 * (S13 + r2 * (S15 + r2 * S17)))))))
                : 1.0 + r2 * (C2 + r2 * (C4 + r2 * (C6 + r2 * (C8 + r2 * (C10 + r2 * (C12 + r2 * (C14
                        + r2 * (C16 + r2 * C18))))))));
        return (n & 2) == 0 ? v : -v;
    }

    // The failures are built out of line, to keep string building out of the hot method.

    private PropagationException epochFailure(int k, double t) {
        return failure(k, epochError[k], t, epochError[k] == 1 ? "TLE eccentricity " + ecco[k] + " outside [0, 1)"
                : "TLE mean motion gives no positive un-Kozai'd mean motion (" + no[k] + " rad/min)");
    }

    private static PropagationException failure(int satellite, int code, double minutes, double value) {
        String what = switch (code) {
            case 1 -> "mean eccentricity " + value + " outside [-0.001, 1)";
            case 4 -> "semi-latus rectum " + value + " Earth radii is negative";
            default -> "decayed: radius " + value + " Earth radii";
        };
        return failure(satellite, code, minutes, what);
    }

    private static PropagationException failure(int satellite, int code, double minutes, String what) {
        return new PropagationException(satellite, code, "SGP4 error " + code + " for satellite " + satellite
                + " at " + minutes + " min from its TLE epoch: " + what);
    }
}
