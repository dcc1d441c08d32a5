package org.skyrack.sweep;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.results.EconomicsSummary;

/**
 * The summary figures a sweep keeps for every point, named as their {@code summary.json} path
 * (see {@code docs/outputs.md}) and in the same units. A figure the run does not have (no
 * economics section, never deployed) is NaN here, empty in {@code points.csv} and NULL in
 * {@code sweep.duckdb}. Adding a figure is one line in {@link #EXTRACTORS}.
 */
public final class SweepColumns {

    private static final double DAY_S = 86_400;

    private static final Map<String, ToDoubleFunction<ConstellationSummary>> EXTRACTORS = new LinkedHashMap<>();

    static {
        EXTRACTORS.put("fleet.satellites", s -> s.fleet().satellites());
        EXTRACTORS.put("fleet.accelerators", s -> s.fleet().accelerators());
        EXTRACTORS.put("fleet.launch_mass_kg", s -> s.fleet().launchMassKg());
        EXTRACTORS.put("fleet.array_power_bol_kw", s -> s.fleet().arrayPowerBolKw());
        EXTRACTORS.put("fleet.peak_bf16_pflop_per_s", s -> s.fleet().peakBf16PflopPerS());
        EXTRACTORS.put("power.compute_available_fraction", s -> s.power().computeAvailableFraction());
        EXTRACTORS.put("power.power_throttled_fraction", s -> s.power().powerThrottledFraction());
        EXTRACTORS.put("power.min_state_of_charge_fraction", s -> s.power().minStateOfChargeFraction());
        EXTRACTORS.put("power.unserved_energy_j", s -> s.power().unservedEnergyJ());
        EXTRACTORS.put("thermal.max_deck_temperature_k", s -> s.thermal().maxDeckTemperatureK());
        EXTRACTORS.put("thermal.thermal_throttled_fraction", s -> s.thermal().thermalThrottledFraction());
        EXTRACTORS.put("workload.goodput_flop", s -> s.workload().goodputFlop());
        EXTRACTORS.put("workload.utilization_fraction", s -> s.workload().utilizationFraction());
        EXTRACTORS.put("workload.requests_served", s -> s.workload().requestsServed());
        EXTRACTORS.put("workload.requests_violating_slo", s -> s.workload().requestsViolatingSlo());
        EXTRACTORS.put("workload.latency_ms.p95", s -> s.workload().latencyMs() == null ? Double.NaN
                : s.workload().latencyMs().p95());
        EXTRACTORS.put("network.ground_down_bytes", s -> s.network().groundDownBytes());
        EXTRACTORS.put("launch.launches", s -> s.launch().error() != null ? Double.NaN : s.launch().launches());
        EXTRACTORS.put("launch.total_price_usd", s -> s.launch().error() != null ? Double.NaN
                : s.launch().totalPriceUsd());
        EXTRACTORS.put("launch.deployment_complete_days", SweepColumns::deploymentDays);
        EXTRACTORS.put("economics.total_usd_per_kw_year", s -> econ(s, EconomicsSummary::totalUsdPerKwYear));
        EXTRACTORS.put("economics.launch_usd_per_kw_year", s -> econ(s, EconomicsSummary::launchUsdPerKwYear));
        EXTRACTORS.put("economics.usd_per_accelerator_hour", s -> econ(s, EconomicsSummary::usdPerAcceleratorHour));
        EXTRACTORS.put("economics.orbit_over_terrestrial", s -> econ(s, EconomicsSummary::orbitOverTerrestrial));
        EXTRACTORS.put("economics.orbit_present_cost_usd", s -> econ(s, EconomicsSummary::orbitPresentCostUsd));
        EXTRACTORS.put("economics.break_even_launch_usd_per_kg", s -> s.economics() == null
                || s.economics().breakEvenLaunchUsdPerKg() == null ? Double.NaN
                : s.economics().breakEvenLaunchUsdPerKg());
    }

    /**
     * The figures, in column order. {@code launch.deployment_complete_days} is the days from the
     * scenario's epoch (UTC date) to {@code launch.deployment_complete_utc}.
     */
    public static final List<String> FIGURES = List.copyOf(EXTRACTORS.keySet());

    private SweepColumns() {
    }

    /** The figures of one run, in {@link #FIGURES} order. */
    public static double[] figures(ConstellationSummary s) {
        double[] out = new double[FIGURES.size()];
        int i = 0;
        for (ToDoubleFunction<ConstellationSummary> f : EXTRACTORS.values()) {
            out[i++] = f.applyAsDouble(s);
        }
        return out;
    }

    /** Index of a figure in {@link #FIGURES}, or -1. */
    public static int index(String figure) {
        return FIGURES.indexOf(figure);
    }

    private static double econ(ConstellationSummary s, ToDoubleFunction<EconomicsSummary> f) {
        return s.economics() == null ? Double.NaN : f.applyAsDouble(s.economics());
    }

    private static double deploymentDays(ConstellationSummary s) {
        String done = s.launch().deploymentCompleteUtc();
        if (done == null) {
            return Double.NaN;
        }
        LocalDate epoch = java.time.Instant.parse(s.epochUtc()).atZone(ZoneOffset.UTC).toLocalDate();
        return ChronoUnit.DAYS.between(epoch, LocalDate.parse(done));
    }
}
