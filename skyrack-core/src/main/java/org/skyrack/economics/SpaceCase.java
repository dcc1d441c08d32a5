package org.skyrack.economics;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.orekit.utils.Constants;
import org.skyrack.launch.LaunchCostMetrics;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Economics;
import org.skyrack.scenario.Scenario;

/**
 * Everything the orbital cost model needs: what each group's satellites are, how many the
 * constellation has, how they are launched, the prices, and how available their accelerators
 * are. Immutable; {@code with...} methods give changed copies.
 *
 * @param unitByGroup            priced quantities of one satellite of each constellation group
 * @param constellation          satellites per group in the full constellation
 * @param plan                   launches (dates, satellites, masses, prices); at least one
 * @param economics              prices, operating costs, financing and the terrestrial baseline
 * @param groundStations         ground stations paid for
 * @param availabilityFraction   accelerator availability: simulated, or 1 for nameplate
 * @param launchPricePerKgUsd    if present, every launch is priced at its payload mass × this, USD/kg
 * @param scale                  multipliers on inputs, for sensitivity; absent drivers are 1
 * @param altitudeByGroupM       mean altitude of each group's orbits (a − equatorial radius), m, for the
 *                               natural-decay estimate; groups without one get the disposal deadline only
 */
public record SpaceCase(Map<String, SatelliteUnit> unitByGroup, Map<String, Integer> constellation, LaunchPlan plan,
                        Economics economics, int groundStations, double availabilityFraction,
                        OptionalDouble launchPricePerKgUsd, Map<CostDriver, Double> scale,
                        Map<String, Double> altitudeByGroupM) {

    /** A case without orbit altitudes (no natural-decay estimate). */
    public SpaceCase(Map<String, SatelliteUnit> unitByGroup, Map<String, Integer> constellation, LaunchPlan plan,
                     Economics economics, int groundStations, double availabilityFraction,
                     OptionalDouble launchPricePerKgUsd, Map<CostDriver, Double> scale) {
        this(unitByGroup, constellation, plan, economics, groundStations, availabilityFraction, launchPricePerKgUsd,
                scale, Map.of());
    }

    public SpaceCase {
        altitudeByGroupM = ordered(altitudeByGroupM);
        unitByGroup = ordered(unitByGroup);
        constellation = ordered(constellation);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(economics, "economics");
        Objects.requireNonNull(launchPricePerKgUsd, "launchPricePerKgUsd");
        scale = ordered(scale);
        if (plan.launches().isEmpty()) {
            throw new IllegalArgumentException("the launch plan has no launch: nothing reaches orbit to cost");
        }
        for (PlannedLaunch l : plan.launches()) {
            if (!unitByGroup.containsKey(l.group())) {
                throw new IllegalArgumentException("launch on " + l.date() + " carries group '" + l.group()
                        + "', which has no satellite design");
            }
        }
        for (Map.Entry<String, Integer> e : constellation.entrySet()) {
            if (!unitByGroup.containsKey(e.getKey()) || e.getValue() < 0) {
                throw new IllegalArgumentException("constellation group '" + e.getKey()
                        + "' needs a satellite design and >= 0 satellites");
            }
        }
        for (Map.Entry<String, Double> e : altitudeByGroupM.entrySet()) {
            if (!unitByGroup.containsKey(e.getKey()) || !Double.isFinite(e.getValue())) {
                throw new IllegalArgumentException("altitude of group '" + e.getKey()
                        + "' needs a satellite design and a finite value, got " + e.getValue() + " m");
            }
        }
        if (groundStations < 0) {
            throw new IllegalArgumentException("groundStations must be >= 0, got " + groundStations);
        }
        if (!(availabilityFraction >= 0 && availabilityFraction <= 1)) {
            throw new IllegalArgumentException("availabilityFraction must be in [0, 1], got " + availabilityFraction);
        }
        if (launchPricePerKgUsd.isPresent() && !(launchPricePerKgUsd.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("launch price per kg must be >= 0, got " + launchPricePerKgUsd);
        }
    }

    /** A case at nameplate scale (no multipliers) and the plan's own launch prices. */
    public static SpaceCase of(Map<String, SatelliteUnit> unitByGroup, Map<String, Integer> constellation,
                               LaunchPlan plan, Economics economics, int groundStations, double availabilityFraction) {
        return new SpaceCase(unitByGroup, constellation, plan, economics, groundStations, availabilityFraction,
                OptionalDouble.empty(), Map.of());
    }

    /**
     * The case of a scenario's built constellation: each group priced as its design, the
     * scenario's economics and ground stations, at nameplate scale.
     *
     * @throws java.util.NoSuchElementException if the scenario has no economics section
     */
    public static SpaceCase of(Scenario s, List<SatelliteOrbit> satellites, LaunchPlan plan, double availabilityFraction) {
        Map<String, Integer> perGroup = new LinkedHashMap<>();
        Map<String, SatelliteUnit> units = new LinkedHashMap<>();
        Map<String, double[]> altitudeSum = new LinkedHashMap<>();
        for (SatelliteOrbit o : satellites) {
            perGroup.merge(o.group(), 1, Integer::sum);
            units.computeIfAbsent(o.group(), g -> SatelliteUnit.of(s.design(o.design()).orElseThrow()));
            double[] sum = altitudeSum.computeIfAbsent(o.group(), g -> new double[2]);
            sum[0] += o.orbit().getA() - Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            sum[1]++;
        }
        Map<String, Double> altitude = new LinkedHashMap<>();
        altitudeSum.forEach((g, sum) -> altitude.put(g, sum[0] / sum[1]));
        return new SpaceCase(units, perGroup, plan, s.economics().orElseThrow(), s.ground().stations().size(),
                availabilityFraction, OptionalDouble.empty(), Map.of(), altitude);
    }

    /**
     * Launch cost per kW-year by Suncatcher's method (arXiv 2511.19468): the constellation's
     * mass × {@code pricePerKgUsd} over its nameplate array power × design life, USD per kW-year.
     * The cost of getting power to orbit, not of delivered compute (that is the levelized cost).
     */
    public double launchUsdPerKwYear(double pricePerKgUsd) {
        double massKg = 0;
        double powerW = 0;
        double powerLifeWs = 0;
        for (Map.Entry<String, Integer> g : constellation.entrySet()) {
            SatelliteUnit u = unitByGroup.get(g.getKey());
            massKg += g.getValue() * u.massKg();
            powerW += g.getValue() * u.arrayPowerBolW();
            powerLifeWs += g.getValue() * u.arrayPowerBolW() * u.lifeS();
        }
        // the fleet's mass and power, at its power-weighted life: exact for any mix of groups
        return LaunchCostMetrics.usdPerKwYear(massKg, pricePerKgUsd, powerW, powerLifeWs / powerW);
    }

    /** Day of the first launch: the base date of the cash flows. */
    public LocalDate baseDate() {
        return plan.launches().stream().map(PlannedLaunch::date).min(LocalDate::compareTo).orElseThrow();
    }

    /** The multiplier on one driver, 1 if none. */
    public double scale(CostDriver d) {
        return scale.getOrDefault(d, 1.0);
    }

    /** The same case with one driver multiplied by {@code factor} (replacing any previous multiplier). */
    public SpaceCase withScale(CostDriver d, double factor) {
        Map<CostDriver, Double> m = new EnumMap<>(CostDriver.class);
        m.putAll(scale);
        m.put(d, factor);
        return new SpaceCase(unitByGroup, constellation, plan, economics, groundStations, availabilityFraction,
                launchPricePerKgUsd, m, altitudeByGroupM);
    }

    /** The same case with every launch priced at its payload mass × {@code usdPerKg}. */
    public SpaceCase withLaunchPricePerKg(double usdPerKg) {
        return new SpaceCase(unitByGroup, constellation, plan, economics, groundStations, availabilityFraction,
                OptionalDouble.of(usdPerKg), scale, altitudeByGroupM);
    }

    /** Satellites in the full constellation. */
    public int constellationSize() {
        return constellation.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The longest design life among the constellation's satellites, s. */
    public double longestLifeS() {
        return constellation.keySet().stream().mapToDouble(g -> unitByGroup.get(g).lifeS()).max()
                .orElseGet(() -> unitByGroup.values().stream().mapToDouble(SatelliteUnit::lifeS).max().orElseThrow());
    }

    /**
     * An unmodifiable copy keeping {@code m}'s iteration order. {@code Map.copyOf} would not: its
     * order changes from one JVM to the next, and sums over it would change in the last bit.
     */
    private static <K, V> Map<K, V> ordered(Map<K, V> m) {
        Map<K, V> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
