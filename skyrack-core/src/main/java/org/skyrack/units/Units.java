package org.skyrack.units;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities written with units ({@code "650 km"}, {@code "200 USD/kg"},
 * {@code "2.5 %/yr"}) and converts them to SI doubles. Compound units are products and
 * quotients of symbols with optional SI prefixes and integer powers ({@code W/m^2},
 * {@code kWh}, {@code MUSD/MW}, {@code 1/d}); the result's dimension must match the one
 * the caller expects. A units library (Indriya) was considered and left out: it has no money,
 * data or FLOP dimensions and no dose {@code rad}, which are half of what scenarios write.
 *
 * <p>Absolute temperatures ({@code 20 degC}, {@code 293.15 K}, {@code 68 degF}) apply the
 * offset only when the temperature unit stands alone; inside a compound unit
 * ({@code %/degC}) a degree is a kelvin-sized difference. {@code rad} is radian, except
 * where a dose or dose rate is expected, where it is 0.01 Gy.
 */
public final class Units {

    private static final Pattern QUANTITY = Pattern.compile(
            "^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)$");
    private static final Pattern NON_FINITE = Pattern.compile(
            "^[+-]?(?:\\.?nan|\\.?inf(?:inity)?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTOR = Pattern.compile("^(.+?)(?:\\^([+-]?\\d+)|([²³]))?$");

    private record Unit(double factor, int[] exponent, boolean prefixable) {
    }

    private static final Map<String, Unit> SYMBOLS = new HashMap<>();
    private static final Map<String, Double> PREFIXES = Map.ofEntries(
            Map.entry("p", 1e-12), Map.entry("n", 1e-9), Map.entry("u", 1e-6), Map.entry("µ", 1e-6),
            Map.entry("m", 1e-3), Map.entry("c", 1e-2), Map.entry("k", 1e3), Map.entry("M", 1e6),
            Map.entry("G", 1e9), Map.entry("T", 1e12), Map.entry("P", 1e15), Map.entry("E", 1e18),
            Map.entry("Z", 1e21), Map.entry("Y", 1e24));

    private static final double DAY_S = 86_400.0;
    /** Julian year, the year of astronomy and of every "per year" in skyrack. */
    public static final double YEAR_S = 365.25 * DAY_S;
    /** Joules in one watt-hour. */
    public static final double WH_J = 3600.0;
    private static final double ZERO_CELSIUS_K = 273.15;

    static {
        base("m", 1, true, Dimension.M, 1);
        base("g", 1e-3, true, Dimension.KG, 1);
        base("t", 1e3, true, Dimension.KG, 1);
        base("lb", 0.45359237, false, Dimension.KG, 1);
        base("s", 1, true, Dimension.S, 1);
        base("min", 60, false, Dimension.S, 1);
        base("h", 3600, false, Dimension.S, 1);
        base("d", DAY_S, false, Dimension.S, 1);
        base("day", DAY_S, false, Dimension.S, 1);
        base("days", DAY_S, false, Dimension.S, 1);
        base("week", 7 * DAY_S, false, Dimension.S, 1);
        base("weeks", 7 * DAY_S, false, Dimension.S, 1);
        base("month", YEAR_S / 12, false, Dimension.S, 1);
        base("months", YEAR_S / 12, false, Dimension.S, 1);
        base("yr", YEAR_S, false, Dimension.S, 1);
        base("year", YEAR_S, false, Dimension.S, 1);
        base("years", YEAR_S, false, Dimension.S, 1);
        base("K", 1, false, Dimension.K, 1);
        base("degC", 1, false, Dimension.K, 1);
        base("°C", 1, false, Dimension.K, 1);
        base("degF", 5.0 / 9.0, false, Dimension.K, 1);
        base("rad", 1, true, Dimension.RAD, 1);
        base("deg", Math.PI / 180, false, Dimension.RAD, 1);
        base("°", Math.PI / 180, false, Dimension.RAD, 1);
        base("arcmin", Math.PI / 180 / 60, false, Dimension.RAD, 1);
        base("arcsec", Math.PI / 180 / 3600, false, Dimension.RAD, 1);
        base("bit", 1, true, Dimension.BIT, 1);
        base("B", 8, true, Dimension.BIT, 1);
        base("bps", 1, true, Dimension.BIT, 1, Dimension.S, -1);
        base("USD", 1, true, Dimension.USD, 1);
        base("$", 1, false, Dimension.USD, 1);
        base("BUSD", 1e9, false, Dimension.USD, 1);
        base("FLOP", 1, true, Dimension.FLOP, 1);
        base("FLOPS", 1, true, Dimension.FLOP, 1, Dimension.S, -1);
        base("Hz", 1, true, Dimension.S, -1);
        base("W", 1, true, Dimension.KG, 1, Dimension.M, 2, Dimension.S, -3);
        base("J", 1, true, Dimension.KG, 1, Dimension.M, 2, Dimension.S, -2);
        base("Wh", WH_J, true, Dimension.KG, 1, Dimension.M, 2, Dimension.S, -2);
        base("Gy", 1, true, Dimension.M, 2, Dimension.S, -2);
        base("L", 1e-3, true, Dimension.M, 3);
        base("l", 1e-3, false, Dimension.M, 3);
        base("au", 149_597_870_700.0, false, Dimension.M, 1);
        base("AU", 149_597_870_700.0, false, Dimension.M, 1);
        base("ft", 0.3048, false, Dimension.M, 1);
        base("nmi", 1852, false, Dimension.M, 1);
        base("%", 0.01, false);
        base("ppm", 1e-6, false);
        base("1", 1, false);
    }

    private Units() {
    }

    private static void base(String symbol, double factor, boolean prefixable, int... pairs) {
        int[] e = new int[Dimension.BASES];
        for (int i = 0; i < pairs.length; i += 2) {
            e[pairs[i]] += pairs[i + 1];
        }
        SYMBOLS.put(symbol, new Unit(factor, e, prefixable));
    }

    /**
     * Reads {@code text} as a quantity of dimension {@code expected} and returns it in SI units.
     * A plain number is accepted only where the expected dimension is {@link Dimension#DIMENSIONLESS}.
     *
     * @throws UnitException naming the rule broken
     */
    public static double parse(String text, Dimension expected) throws UnitException {
        String t = text.strip();
        if (NON_FINITE.matcher(t).matches()) {
            throw new UnitException(UnitException.Kind.NOT_FINITE, "not a finite number");
        }
        Matcher m = QUANTITY.matcher(t);
        if (!m.matches()) {
            throw new UnitException(UnitException.Kind.NOT_A_NUMBER, "not a number");
        }
        double number = Double.parseDouble(m.group(1));
        if (!Double.isFinite(number)) {
            throw new UnitException(UnitException.Kind.NOT_FINITE, "number out of the double range");
        }
        String unit = m.group(2).strip();
        if (unit.isEmpty()) {
            if (expected.sameAs(Dimension.DIMENSIONLESS)) {
                return number;
            }
            throw new UnitException(UnitException.Kind.MISSING_UNIT, article(expected.name()) + " " + expected.name()
                    + " needs a unit");
        }
        if (expected.sameAs(Dimension.TEMPERATURE)) {
            switch (unit) {
                case "degC", "°C" -> {
                    return number + ZERO_CELSIUS_K;
                }
                case "degF" -> {
                    return (number - 32.0) * 5.0 / 9.0 + ZERO_CELSIUS_K;
                }
                default -> {
                    // fall through to the general path (K)
                }
            }
        }
        Unit u = compound(unit, expected.isDoseLike());
        if (!java.util.Arrays.equals(u.exponent(), expected.exponent())) {
            throw new UnitException(UnitException.Kind.WRONG_DIMENSION,
                    "unit '" + unit + "' is not " + article(expected.name()) + " " + expected.name());
        }
        double si = number * u.factor();
        if (!Double.isFinite(si)) {
            throw new UnitException(UnitException.Kind.NOT_FINITE, "value out of the double range");
        }
        return si;
    }

    /** True when {@code unit} is a unit skyrack can read (of any dimension). */
    public static boolean isKnownUnit(String unit) {
        try {
            compound(unit, false);
            return true;
        } catch (UnitException e) {
            return false;
        }
    }

    private static Unit compound(String unit, boolean dose) throws UnitException {
        String normalized = unit.replace("·", "*").replace(" ", "*");
        double factor = 1;
        int[] e = new int[Dimension.BASES];
        int sign = 1;
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= normalized.length(); i++) {
            char c = i < normalized.length() ? normalized.charAt(i) : '/';
            if (c == '*' || c == '/') {
                if (token.length() == 0) {
                    if (c == '*' && i < normalized.length()) {
                        continue;
                    }
                    if (i < normalized.length() || sign < 0) {
                        throw new UnitException(UnitException.Kind.UNKNOWN_UNIT, "malformed unit '" + unit + "'");
                    }
                } else {
                    Unit f = factor(token.toString(), unit, dose);
                    factor *= Math.pow(f.factor(), sign);
                    for (int k = 0; k < e.length; k++) {
                        e[k] += sign * f.exponent()[k];
                    }
                    token.setLength(0);
                }
                if (c == '/') {
                    sign = -1;
                }
            } else {
                token.append(c);
            }
        }
        return new Unit(factor, e, false);
    }

    private static Unit factor(String token, String whole, boolean dose) throws UnitException {
        Matcher m = FACTOR.matcher(token);
        if (!m.matches()) {
            throw new UnitException(UnitException.Kind.UNKNOWN_UNIT, "unknown unit '" + whole + "'");
        }
        int power = 1;
        if (m.group(2) != null) {
            power = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            power = m.group(3).equals("²") ? 2 : 3;
        }
        Unit symbol = symbol(m.group(1), dose);
        if (symbol == null) {
            throw new UnitException(UnitException.Kind.UNKNOWN_UNIT, "unknown unit '" + m.group(1) + "'"
                    + (m.group(1).equals(whole) ? "" : " in '" + whole + "'"));
        }
        int[] e = new int[Dimension.BASES];
        for (int k = 0; k < e.length; k++) {
            e[k] = symbol.exponent()[k] * power;
        }
        return new Unit(Math.pow(symbol.factor(), power), e, false);
    }

    private static Unit symbol(String s, boolean dose) {
        if (dose && s.endsWith("rad")) {
            String prefix = s.substring(0, s.length() - 3);
            Double p = prefix.isEmpty() ? Double.valueOf(1) : PREFIXES.get(prefix);
            return p == null ? null : new Unit(0.01 * p, SYMBOLS.get("Gy").exponent(), false);
        }
        Unit u = SYMBOLS.get(s);
        if (u != null) {
            return u;
        }
        for (int len = 1; len <= 2 && len < s.length(); len++) {
            Double p = PREFIXES.get(s.substring(0, len));
            Unit rest = SYMBOLS.get(s.substring(len));
            if (p != null && rest != null && rest.prefixable()) {
                return new Unit(p * rest.factor(), rest.exponent(), false);
            }
        }
        return null;
    }

    /** Formats a dimension's example, for "expected ..." parts of error messages. */
    public static String expectation(Dimension d) {
        return d.sameAs(Dimension.DIMENSIONLESS) ? "a fraction such as " + d.example()
                : article(d.name()) + " " + d.name() + " with a unit, e.g. " + d.example();
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
