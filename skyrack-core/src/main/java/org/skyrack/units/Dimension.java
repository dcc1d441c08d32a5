package org.skyrack.units;

import java.util.Arrays;

/**
 * A physical dimension as integer exponents over skyrack's base units: metre, kilogram,
 * second, kelvin, radian, bit, US dollar and floating-point operation. Angles, data and
 * money are kept as base dimensions (not dimensionless, as strict SI would have it) so
 * that {@code 97.9 deg} cannot be given where a fraction is expected and {@code 28 kW}
 * cannot be given where {@code 28 kUSD} is.
 *
 * @param name     human name used in error messages ("length")
 * @param siUnit   the SI unit values of this dimension are converted to ("m")
 * @param example  an example value written with units, for error messages ("650 km")
 * @param exponent exponents of m, kg, s, K, rad, bit, USD, FLOP in this order
 */
public record Dimension(String name, String siUnit, String example, int[] exponent) {

    /** Number of base units. */
    static final int BASES = 8;
    static final int M = 0;
    static final int KG = 1;
    static final int S = 2;
    static final int K = 3;
    static final int RAD = 4;
    static final int BIT = 5;
    static final int USD = 6;
    static final int FLOP = 7;

    public static final Dimension DIMENSIONLESS = of("fraction", "1", "0.3 or 30 %");
    public static final Dimension LENGTH = of("length", "m", "650 km", M, 1);
    public static final Dimension AREA = of("area", "m^2", "120 m^2", M, 2);
    public static final Dimension VOLUME = of("volume", "m^3", "12 m^3", M, 3);
    public static final Dimension MASS = of("mass", "kg", "575 kg", KG, 1);
    public static final Dimension DURATION = of("duration", "s", "5 yr", S, 1);
    public static final Dimension MASS_RATE = of("mass rate", "kg/s", "2000 t/yr", KG, 1, S, -1);
    public static final Dimension ANGLE = of("angle", "rad", "97.99 deg", RAD, 1);
    public static final Dimension TEMPERATURE = of("temperature", "K", "20 degC", K, 1);
    public static final Dimension RATE = of("rate", "1/s", "2.5 %/yr", S, -1);
    public static final Dimension POWER = of("power", "W", "28 kW", KG, 1, M, 2, S, -3);
    public static final Dimension ENERGY = of("energy", "J", "20 kWh", KG, 1, M, 2, S, -2);
    public static final Dimension HEAT_CAPACITY = of("heat capacity", "J/K", "50 kJ/K", KG, 1, M, 2, S, -2, K, -1);
    public static final Dimension PER_TEMPERATURE = of("temperature coefficient", "1/K", "-0.2 %/K", K, -1);
    public static final Dimension IRRADIANCE = of("irradiance", "W/m^2", "1360.8 W/m^2", KG, 1, S, -3);
    public static final Dimension SPECIFIC_POWER = of("specific power", "W/kg", "100 W/kg", M, 2, S, -3);
    /** Energy per mass (battery specific energy); the same exponents as absorbed dose, J/kg. */
    public static final Dimension SPECIFIC_ENERGY = of("specific energy", "J/kg", "160 Wh/kg", M, 2, S, -2);
    public static final Dimension AREAL_DENSITY = of("areal density", "kg/m^2", "5 kg/m^2", KG, 1, M, -2);
    /** Mass per unit of power (shielding per kW of accelerators), kg/W. */
    public static final Dimension MASS_PER_POWER = of("mass per power", "kg/W", "1 kg/kW", M, -2, S, 3);
    public static final Dimension DATA = of("data size", "bit", "140 GB", BIT, 1);
    public static final Dimension DATA_RATE = of("data rate", "bit/s", "800 Gbit/s", BIT, 1, S, -1);
    public static final Dimension COMPUTE = of("compute", "FLOP", "1e24 FLOP", FLOP, 1);
    public static final Dimension COMPUTE_RATE = of("compute rate", "FLOP/s", "918 TFLOP/s", FLOP, 1, S, -1);
    /** Absorbed dose; SI gray (J/kg). {@code rad} here is the dose unit, 0.01 Gy. */
    public static final Dimension DOSE = of("absorbed dose", "Gy", "15 krad", M, 2, S, -2);
    public static final Dimension DOSE_RATE = of("dose rate", "Gy/s", "150 rad/yr", M, 2, S, -3);
    public static final Dimension MONEY = of("money", "USD", "67 MUSD", USD, 1);
    public static final Dimension MONEY_PER_MASS = of("price per mass", "USD/kg", "200 USD/kg", USD, 1, KG, -1);
    public static final Dimension MONEY_PER_AREA = of("price per area", "USD/m^2", "2000 USD/m^2", USD, 1, M, -2);
    public static final Dimension MONEY_PER_POWER = of("price per power", "USD/W", "11.7 MUSD/MW", USD, 1, KG, -1, M, -2, S, 3);
    public static final Dimension MONEY_PER_ENERGY = of("price per energy", "USD/J", "0.0806 USD/kWh", USD, 1, KG, -1, M, -2, S, 2);
    public static final Dimension MONEY_PER_TIME = of("cost per time", "USD/s", "2 MUSD/yr", USD, 1, S, -1);
    public static final Dimension MONEY_PER_VOLUME = of("price per volume", "USD/m^3", "2 USD/m^3", USD, 1, M, -3);
    public static final Dimension VOLUME_PER_ENERGY = of("water use per energy", "m^3/J", "0.38 L/kWh", M, 3, KG, -1, M, -2, S, 2);

    private static Dimension of(String name, String si, String example, int... pairs) {
        int[] e = new int[BASES];
        for (int i = 0; i < pairs.length; i += 2) {
            e[pairs[i]] += pairs[i + 1];
        }
        return new Dimension(name, si, example, e);
    }

    /** True when {@code other} has the same exponents (names are not compared). */
    public boolean sameAs(Dimension other) {
        return Arrays.equals(exponent, other.exponent);
    }

    /** True when this is the dimension of absorbed dose or dose rate, where {@code rad} means 0.01 Gy. */
    boolean isDoseLike() {
        return exponent[KG] == 0 && exponent[M] == 2 && exponent[RAD] == 0 && exponent[S] <= -2;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dimension d && sameAs(d);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponent);
    }

    @Override
    public String toString() {
        return name;
    }
}
