package org.skyrack.radiation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skyrack.units.Units;

/**
 * Orbit-averaged total ionising dose rate in silicon at the centre of an aluminium sphere, Gy/s,
 * for a circular orbit of given altitude (m), inclination (rad) and shield thickness (m Al).
 *
 * <p>Two published SHIELDOSE-2 tables are combined as a two-component model (see
 * {@code package-info} for the sources): the 550 km table gives, for each inclination and
 * thickness, the trapped-proton dose P(i, t) and the trapped-electron dose (with its
 * bremsstrahlung) E(i, t); the altitude table gives how each grows with altitude:
 * <pre>
 *   D(h, i, t) = E(i, t) · Re(h, i) + P(i, t) · Rp(h, i)
 * </pre>
 * Re(h) and Rp(h) are the pair for which the model reproduces the altitude table's growth
 * D(h)/D(550 km) behind both 2 mm, where electrons carry most of the dose, and 10 mm, where they
 * are nearly stopped and protons (trapped and, in that table, solar) carry it: two equations in
 * two unknowns at each tabulated altitude. Both are interpolated linearly in altitude in
 * log space between the table's altitudes, and, between the table's 30° and sun-synchronous
 * (taken as 98°) rows, linearly in inclination in log space, held at the 30° value below 30° and
 * at the SSO value above 98°. The 5 mm column of the altitude table is not used by the model and
 * serves as a check (the tests hold the model to it within a stated factor). Because Re and Rp
 * do not depend on the thickness and E and P both fall with it, the dose falls monotonically
 * with shielding; both factors grow with altitude, so the dose grows with altitude.
 *
 * <p>Within the 550 km table: log-linear in thickness between the tabulated depths (1–20 mm),
 * linear in inclination between the 5° rows (0–105°). Retrograde inclinations above 105° are
 * mirrored (i → 180° − i): the table's 80°/100° and 75°/105° rows agree to 0.7 %. A
 * sun-synchronous orbit (97–100° between 500 and 1200 km) therefore falls between the 95° and
 * 100° rows, not onto the 100° row. Inputs outside 500–2000 km or 1–20 mm are rejected with an
 * {@link IllegalArgumentException} naming the quantity, its value and the range: the model does
 * not extrapolate.
 *
 * <p>Per-year values use the Julian year ({@link Units#YEAR_S}); the tables themselves are
 * totals over 5 × 365 days and are converted to Gy/s with that duration.
 */
public final class TotalDoseModel {

    /** Gray per rad. */
    public static final double GY_PER_RAD = 0.01;
    /** Lowest altitude of the altitude table, m. */
    public static final double MIN_ALTITUDE_M = 500e3;
    /** Highest altitude of the altitude table, m. */
    public static final double MAX_ALTITUDE_M = 2000e3;
    /** Thinnest tabulated aluminium shield, m. */
    public static final double MIN_SHIELDING_M = 1e-3;
    /** Thickest tabulated aluminium shield, m. */
    public static final double MAX_SHIELDING_M = 20e-3;
    /** Altitude of the inclination–thickness table, m. */
    public static final double REFERENCE_ALTITUDE_M = 550e3;
    /** Inclination taken for the altitude table's sun-synchronous rows, rad. */
    public static final double SSO_ROW_INCLINATION_RAD = Math.toRadians(98.0);
    /** Inclination of the altitude table's low-inclination rows, rad. */
    public static final double LOW_ROW_INCLINATION_RAD = Math.toRadians(30.0);

    /** Duration the 550 km table's totals cover: 1825 days, s. */
    static final double TABLE_DURATION_S = 1825 * 86400.0;
    private static final double THIN_M = 2e-3;
    private static final double THICK_M = 10e-3;
    private static final double MAX_TABULATED_INCLINATION_DEG = 105.0;

    private static final TotalDoseModel BUNDLED = load();

    private final double[] inclinationDeg;
    private final double[] thicknessM;
    private final double[][] electron;
    private final double[][] proton;
    private final double[] nodeAltitudeM;
    /** ln Re and ln Rp at each altitude node, for the SSO rows [0] and the 30° rows [1]. */
    private final double[][] lnRe;
    private final double[][] lnRp;

    private TotalDoseModel(double[] inclinationDeg, double[] thicknessM, double[][] electron, double[][] proton,
                           double[] nodeAltitudeM, double[][] lnRe, double[][] lnRp) {
        this.inclinationDeg = inclinationDeg;
        this.thicknessM = thicknessM;
        this.electron = electron;
        this.proton = proton;
        this.nodeAltitudeM = nodeAltitudeM;
        this.lnRe = lnRe;
        this.lnRp = lnRp;
    }

    /** The model built from the tables bundled with skyrack. */
    public static TotalDoseModel bundled() {
        return BUNDLED;
    }

    /**
     * Orbit-averaged dose rate in silicon, Gy/s.
     *
     * @param altitudeM      circular altitude above the equatorial radius, m, in [500 km, 2000 km]
     * @param inclinationRad inclination, rad, in [0, π]
     * @param shieldingM     aluminium shield thickness, m, in [1 mm, 20 mm]
     * @throws IllegalArgumentException when an input is outside the tables
     */
    public double doseRateGyPerS(double altitudeM, double inclinationRad, double shieldingM) {
        return dose5yRad(altitudeM, inclinationRad, shieldingM) * GY_PER_RAD / TABLE_DURATION_S;
    }

    /**
     * As {@link #doseRateGyPerS} with the altitude clamped into the tables' 500–2000 km: below
     * 500 km this overstates the dose (conservative), above 2000 km it understates it. For
     * summaries of orbits the caller has already accepted; shielding is still checked.
     */
    public double doseRateClampedGyPerS(double altitudeM, double inclinationRad, double shieldingM) {
        return doseRateGyPerS(clampedAltitudeM(altitudeM), inclinationRad, shieldingM);
    }

    /** The altitude the tables are read at for {@code altitudeM}, m. */
    public static double clampedAltitudeM(double altitudeM) {
        return Math.max(MIN_ALTITUDE_M, Math.min(MAX_ALTITUDE_M, altitudeM));
    }

    /** As {@link #doseRateGyPerS}, in rad(Si) per Julian year. */
    public double doseRadPerYear(double altitudeM, double inclinationRad, double shieldingM) {
        return doseRateGyPerS(altitudeM, inclinationRad, shieldingM) * Units.YEAR_S / GY_PER_RAD;
    }

    /** Dose over the tables' 1825 days, rad(Si). */
    private double dose5yRad(double altitudeM, double inclinationRad, double shieldingM) {
        checkAltitude(altitudeM);
        checkShielding(shieldingM);
        double iDeg = foldedInclinationDeg(inclinationRad);
        double e = component(electron, iDeg, shieldingM);
        double p = component(proton, iDeg, shieldingM);
        double w = clamp((Math.toRadians(iDeg) - LOW_ROW_INCLINATION_RAD)
                / (SSO_ROW_INCLINATION_RAD - LOW_ROW_INCLINATION_RAD), 0, 1);
        int k = bracket(nodeAltitudeM, altitudeM);
        double f = (altitudeM - nodeAltitudeM[k]) / (nodeAltitudeM[k + 1] - nodeAltitudeM[k]);
        double lnE = w * lerp(lnRe[0][k], lnRe[0][k + 1], f) + (1 - w) * lerp(lnRe[1][k], lnRe[1][k + 1], f);
        double lnP = w * lerp(lnRp[0][k], lnRp[0][k + 1], f) + (1 - w) * lerp(lnRp[1][k], lnRp[1][k + 1], f);
        return e * Math.exp(lnE) + p * Math.exp(lnP);
    }

    private static void checkAltitude(double altitudeM) {
        if (!(altitudeM >= MIN_ALTITUDE_M && altitudeM <= MAX_ALTITUDE_M)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "altitude %.1f km is outside the radiation dose tables (500 km to 2000 km)", altitudeM / 1e3));
        }
    }

    private static void checkShielding(double shieldingM) {
        if (!(shieldingM >= MIN_SHIELDING_M - 1e-12 && shieldingM <= MAX_SHIELDING_M + 1e-12)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "shielding %.1f mm Al is outside the radiation dose tables (1 mm to 20 mm)", shieldingM * 1e3));
        }
    }

    private static double foldedInclinationDeg(double inclinationRad) {
        double deg = Math.toDegrees(inclinationRad);
        if (!(deg >= -1e-9 && deg <= 180 + 1e-9)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "inclination %.3f deg is outside 0 deg to 180 deg", deg));
        }
        deg = clamp(deg, 0, 180);
        return deg > MAX_TABULATED_INCLINATION_DEG ? 180 - deg : deg;
    }

    /** One dose component at a folded inclination (deg) and thickness (m), rad over 1825 days. */
    private double component(double[][] table, double iDeg, double tM) {
        double t = clamp(tM, MIN_SHIELDING_M, MAX_SHIELDING_M);
        int j = bracket(thicknessM, t);
        double ft = (t - thicknessM[j]) / (thicknessM[j + 1] - thicknessM[j]);
        int r = bracket(inclinationDeg, iDeg);
        double fi = (iDeg - inclinationDeg[r]) / (inclinationDeg[r + 1] - inclinationDeg[r]);
        double lo = logLerp(table[r][j], table[r][j + 1], ft);
        double hi = logLerp(table[r + 1][j], table[r + 1][j + 1], ft);
        return lerp(lo, hi, fi);
    }

    /** Index k with grid[k] ≤ x ≤ grid[k+1], for x within the grid. */
    private static int bracket(double[] grid, double x) {
        int k = 0;
        while (k < grid.length - 2 && x > grid[k + 1]) {
            k++;
        }
        return k;
    }

    private static double lerp(double a, double b, double f) {
        return a + f * (b - a);
    }

    /** Interpolation in log(value); linear where an end is zero (a component absent at 0°). */
    private static double logLerp(double a, double b, double f) {
        if (a > 0 && b > 0) {
            return Math.exp(lerp(Math.log(a), Math.log(b), f));
        }
        return lerp(a, b, f);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    // ---------------------------------------------------------------- loading

    private static TotalDoseModel load() {
        List<double[]> total = rows("shieldose2-550km.csv");
        List<double[]> prot = rows("shieldose2-550km-protons.csv");
        double[] header = total.get(0);
        if (total.size() != prot.size()) {
            throw new IllegalStateException("dose tables: total and proton tables differ in rows");
        }
        int nT = header.length - 1;
        double[] thickness = new double[nT];
        for (int j = 0; j < nT; j++) {
            thickness[j] = header[j + 1] * 1e-3;
        }
        int nI = total.size() - 1;
        double[] incl = new double[nI];
        double[][] e = new double[nI][nT];
        double[][] p = new double[nI][nT];
        for (int r = 0; r < nI; r++) {
            double[] tr = total.get(r + 1);
            double[] pr = prot.get(r + 1);
            incl[r] = tr[0];
            if (pr[0] != tr[0] || tr.length != nT + 1 || pr.length != nT + 1) {
                throw new IllegalStateException("dose tables: row for " + tr[0] + " deg does not match");
            }
            for (int j = 0; j < nT; j++) {
                p[r][j] = pr[j + 1];
                // electrons + bremsstrahlung as total − protons; a running minimum removes the
                // rounding noise of the 5-digit totals (< 0.01 rad where electrons are stopped)
                double el = Math.max(0, tr[j + 1] - pr[j + 1]);
                e[r][j] = j == 0 ? el : Math.min(el, e[r][j - 1]);
            }
        }
        TotalDoseModel shape = new TotalDoseModel(incl, thickness, e, p, null, null, null);
        return withAltitudeFactors(shape, rows("altitude-trade.csv"));
    }

    /** Builds Re and Rp at the altitude nodes from the altitude table (see the class comment). */
    private static TotalDoseModel withAltitudeFactors(TotalDoseModel shape, List<double[]> trade) {
        // rows: [orbit (0 = sso, 1 = i30), altitude km, 2 mm, 5 mm, 10 mm], krad per 5 years
        List<Double> altitudes = new ArrayList<>();
        for (double[] row : trade) {
            if (row[0] == 0) {
                altitudes.add(row[1] * 1e3);
            }
        }
        int nB = altitudes.size();
        double[][] thin = new double[2][nB];
        double[][] thick = new double[2][nB];
        int[] seen = new int[2];
        for (double[] row : trade) {
            int c = (int) row[0];
            int k = seen[c]++;
            if (row[1] * 1e3 != altitudes.get(k)) {
                throw new IllegalStateException("altitude table: orbits are not given at the same altitudes");
            }
            thin[c][k] = row[2];
            thick[c][k] = row[4];
        }
        // nodes: the table's altitudes plus the 550 km reference, where both factors are 1
        double[] nodes = new double[nB + 1];
        int ref = -1;
        for (int k = 0, n = 0; k < nB; k++) {
            if (ref < 0 && altitudes.get(k) > REFERENCE_ALTITUDE_M) {
                ref = n;
                nodes[n++] = REFERENCE_ALTITUDE_M;
            }
            nodes[n++] = altitudes.get(k);
        }
        double[] tableAlt = altitudes.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] lnRe = new double[2][nodes.length];
        double[][] lnRp = new double[2][nodes.length];
        double[] rowIncl = {Math.toDegrees(SSO_ROW_INCLINATION_RAD), Math.toDegrees(LOW_ROW_INCLINATION_RAD)};
        for (int c = 0; c < 2; c++) {
            double e2 = shape.component(shape.electron, rowIncl[c], THIN_M);
            double p2 = shape.component(shape.proton, rowIncl[c], THIN_M);
            double e10 = shape.component(shape.electron, rowIncl[c], THICK_M);
            double p10 = shape.component(shape.proton, rowIncl[c], THICK_M);
            double det = e2 * p10 - e10 * p2;
            double thinRef = logInterp(tableAlt, thin[c], REFERENCE_ALTITUDE_M);
            double thickRef = logInterp(tableAlt, thick[c], REFERENCE_ALTITUDE_M);
            for (int n = 0; n < nodes.length; n++) {
                // solve E2·Re + P2·Rp = R2·(E2 + P2) and E10·Re + P10·Rp = R10·(E10 + P10)
                double b2 = logInterp(tableAlt, thin[c], nodes[n]) / thinRef * (e2 + p2);
                double b10 = logInterp(tableAlt, thick[c], nodes[n]) / thickRef * (e10 + p10);
                double re = (b2 * p10 - b10 * p2) / det;
                double rp = (e2 * b10 - e10 * b2) / det;
                if (!(re > 0 && rp > 0)) {
                    throw new IllegalStateException("altitude table: growth factors " + re + ", " + rp + " at "
                            + nodes[n] / 1e3 + " km are not positive");
                }
                lnRe[c][n] = n == ref ? 0 : Math.log(re);
                lnRp[c][n] = n == ref ? 0 : Math.log(rp);
            }
        }
        return new TotalDoseModel(shape.inclinationDeg, shape.thicknessM, shape.electron, shape.proton, nodes,
                lnRe, lnRp);
    }

    private static double logInterp(double[] x, double[] y, double at) {
        int k = bracket(x, at);
        double f = (at - x[k]) / (x[k + 1] - x[k]);
        return Math.exp(lerp(Math.log(y[k]), Math.log(y[k + 1]), f));
    }

    /** Data rows (and the header's numeric cells) of a bundled CSV; orbit names become 0 (sso) or 1. */
    private static List<double[]> rows(String name) {
        List<double[]> out = new ArrayList<>();
        try (InputStream in = TotalDoseModel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the skyrack-core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header && cells[0].equals("orbit")) {
                    header = false;
                    continue;
                }
                double[] v = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    String c = cells[i].trim().replace("mm", "");
                    v[i] = switch (c) {
                        case "inclination_deg" -> Double.NaN;
                        case "sso" -> 0;
                        case "i30" -> 1;
                        default -> Double.parseDouble(c);
                    };
                }
                header = false;
                out.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
