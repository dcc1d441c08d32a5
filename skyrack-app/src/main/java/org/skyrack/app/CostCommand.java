package org.skyrack.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.orekit.time.AbsoluteDate;
import org.skyrack.economics.CostAnalysis;
import org.skyrack.economics.CostItem;
import org.skyrack.economics.CostResult;
import org.skyrack.economics.LicensingMilestones;
import org.skyrack.economics.SpaceCase;
import org.skyrack.economics.Tornado;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.launch.Campaign;
import org.skyrack.launch.LaunchInputException;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;
import org.skyrack.units.Dimension;
import org.skyrack.units.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skyrack cost FILE}: the scenario's economics — cost table, $/kW-year in orbit and on the
 * ground, break-even launch price, tornado, make-or-buy and licensing milestones. Availability
 * comes from a run's summary.json when {@code --run} is given, else nameplate (1.0).
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a scenario: capex and opex by item, levelized $/kW-year, $/accelerator-hour and $/PFLOP "
                + "in orbit and on the ground (with the launch share), the break-even launch price, a tornado of the "
                + "main inputs (±20 %%), buying launches versus owning a provider, and the licensing milestones.",
        footer = {"", "Example:", "  skyrack cost examples/suncatcher-81.yaml --run runs/suncatcher-81 --launch-price 200"})
final class CostCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double KW_YEAR_J = 1000 * org.skyrack.units.Units.YEAR_S;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptionsMixin common;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML) with an economics section.")
    Path file;

    @Option(names = "--run", paramLabel = "DIR",
            description = "A run folder of this scenario: its summary.json gives the simulated availability "
                    + "(power.compute_available_fraction). Without it, nameplate availability 1.0.")
    Path run;

    @Option(names = "--launch-price", paramLabel = "PRICE",
            description = "Price every launch at this price per kg launched, e.g. 200USD/kg (a bare number is USD/kg).")
    String launchPriceText;

    private Double launchPrice;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "A human report or JSON on stdout.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        launchPrice = launchPriceText == null ? null
                : OptionValues.quantity("--launch-price", launchPriceText, Dimension.MONEY_PER_MASS, "USD/kg");
        if (launchPrice != null && !(launchPrice >= 0 && Double.isFinite(launchPrice))) {
            throw new BadInputException("skyrack: --launch-price: must be a finite number >= 0 USD/kg (got "
                    + launchPrice + ")");
        }
        Scenario s = ScenarioReader.read(file);
        s.economics().orElseThrow(() -> new BadInputException(file
                + ": economics: the scenario has no economics section (see docs/scenario.md, section 3.8)"));
        double availability = 1.0;
        String availabilitySource = "nameplate (no --run given)";
        if (run != null) {
            availability = availability(run);
            availabilitySource = "simulated, " + run.resolve("summary.json");
        }
        FlightDynamicsContext fdc = common.options.context();
        AbsoluteDate epoch = new AbsoluteDate(s.info().epoch(), fdc.utc());
        List<SatelliteOrbit> sats = new ConstellationBuilder(fdc.dataContext(), epoch).build(s.constellation());
        Built built = campaign(s, sats);
        SpaceCase c = SpaceCase.of(s, sats, built.plan(), availability);
        if (launchPrice != null) {
            c = c.withLaunchPricePerKg(launchPrice);
            built = new Built(built.plan(), built.description() + "; every launch re-priced at "
                    + String.format(java.util.Locale.ROOT, "%.0f", launchPrice) + " USD/kg (--launch-price)", launchPrice);
        }
        CostAnalysis a = CostAnalysis.of(c, Tornado.DEFAULT_FRACTION);
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            ObjectNode root = json(s, a, built, availability, availabilitySource);
            root.put("launch_usd_per_kw_year", c.launchUsdPerKwYear(built.pricePerKgUsd()));
            out.print(JSON.writeValueAsString(root));
            out.println();
        } else if (!common.options.quiet) {
            text(out, s, a, built, availability, availabilitySource);
            out.printf(java.util.Locale.ROOT, "launch cost per kW-year (Suncatcher's method: mass x price per kg / "
                    + "(array power x design life)): %.0f USD%n", c.launchUsdPerKwYear(built.pricePerKgUsd()));
        }
        out.flush();
        return 0;
    }

    /**
     * The plan and how it was made.
     *
     * @param plan          the launches
     * @param description   one line naming the method
     * @param pricePerKgUsd mean price per kg launched, USD/kg
     */
    record Built(LaunchPlan plan, String description, double pricePerKgUsd) {
    }

    /** The nominal realisation of the scenario's launch campaign (seed of the scenario), as launch-plan prints it. */
    private Built campaign(Scenario s, List<SatelliteOrbit> sats) {
        LaunchPlan plan;
        try {
            plan = Campaign.nominal(s, sats).plan();
        } catch (LaunchInputException ex) {
            throw new BadInputException(file + ": launch: " + ex.getMessage());
        }
        double perKg = plan.massLaunchedKg() > 0 ? plan.totalPriceUsd() / plan.massLaunchedKg() : 0;
        String description = String.format(java.util.Locale.ROOT, "launch campaign (as 'skyrack launch-plan', "
                + "seed %d): %d launches, deployment complete %s, %.0f USD/kg on average", s.info().seed(),
                plan.launches().size(), plan.deploymentComplete().map(Object::toString).orElse("never"), perKg);
        return new Built(plan, description, perKg);
    }

    private static double availability(Path dir) {
        Path summary = dir.resolve("summary.json");
        if (!Files.isRegularFile(summary)) {
            throw new BadInputException("skyrack: --run: no summary.json in " + dir + " (run 'skyrack simulate' first)");
        }
        JsonNode f;
        try {
            f = JSON.readTree(summary.toFile()).path("power").path("compute_available_fraction");
        } catch (IOException ex) {
            throw new BadInputException("skyrack: --run: " + summary + " is not readable JSON: "
                    + ex.getMessage().lines().findFirst().orElse(""));
        }
        if (!f.isNumber() || !(f.asDouble() >= 0 && f.asDouble() <= 1)) {
            throw new BadInputException("skyrack: --run: " + summary
                    + " has no power.compute_available_fraction in [0, 1] (got " + f + ")");
        }
        return f.asDouble();
    }

    private static void text(PrintWriter out, Scenario s, CostAnalysis a, Built built,
                             double availability, String availabilitySource) {
        CostResult sp = a.space();
        CostResult gr = a.ground();
        out.printf("%s: economics%n", s.info().name());
        out.printf("launch plan: %s%n", built.description());
        out.printf("availability: %.4f, %s%n", availability, availabilitySource);
        out.printf("discount rate: %.1f %%/yr; cash flows from %s in yearly steps%n%n",
                s.economics().orElseThrow().discountRatePerYear() * 100, built.plan().launches().get(0).date());
        out.printf("%-26s %16s %16s %16s %16s%n", "item", "orbit total $", "orbit PV $", "ground total $", "ground PV $");
        for (CostItem i : CostItem.values()) {
            if (sp.totalUsd(i) == 0 && gr.totalUsd(i) == 0) {
                continue;
            }
            out.printf("%-26s %16s %16s %16s %16s%n", i.label() + (i.capital() ? "" : " (opex)"), money(sp.totalUsd(i)),
                    money(sp.presentValueUsd(i)), money(gr.totalUsd(i)), money(gr.presentValueUsd(i)));
        }
        out.printf("%-26s %16s %16s %16s %16s%n%n", "total", money(sp.totalUsd()), money(sp.presentValueUsd()),
                money(gr.totalUsd()), money(gr.presentValueUsd()));
        CostResult.Levelized ls = sp.levelized();
        CostResult.Levelized lg = gr.levelized();
        out.printf("%-26s %16s %16s %16s%n", "levelized", "orbit", "(launch share)", "ground");
        out.printf("%-26s %16.0f %16.0f %16.0f%n", "$/kW-year delivered", ls.perKilowattYearUsd(),
                ls.perKilowattYearUsd() * ls.launchShareFraction(), lg.perKilowattYearUsd());
        out.printf("%-26s %16.3f %16.3f %16.3f%n", "$/accelerator-hour", ls.perAcceleratorHourUsd(),
                ls.perAcceleratorHourUsd() * ls.launchShareFraction(), lg.perAcceleratorHourUsd());
        out.printf("%-26s %16.5f %16.5f %16.5f%n", "$/PFLOP (BF16 peak)", ls.perPflopUsd(),
                ls.perPflopUsd() * ls.launchShareFraction(), lg.perPflopUsd());
        out.printf("launch share of orbit's cost: %.1f %%; orbit / ground: %.2f%n", ls.launchShareFraction() * 100,
                ls.perKilowattYearUsd() / lg.perKilowattYearUsd());
        out.printf("delivered (discounted): orbit %.0f kW-yr, ground %.0f kW-yr%n%n", sp.discountedComputeEnergyJ() / KW_YEAR_J,
                gr.discountedComputeEnergyJ() / KW_YEAR_J);
        if (a.breakEvenPerKgUsd().isPresent()) {
            out.printf("break-even launch price: %.0f USD/kg (orbit's $/kW-year equals the ground's; now %.0f USD/kg)%n%n",
                    a.breakEvenPerKgUsd().getAsDouble(), built.pricePerKgUsd());
        } else {
            out.printf("break-even launch price: none (orbit costs more than the ground even with free launches)%n%n");
        }
        out.printf("tornado: orbit $/kW-year, each input -%.0f %% / +%.0f %% (availability capped at 1)%n",
                a.tornadoFraction() * 100, a.tornadoFraction() * 100);
        for (Tornado.Bar b : a.tornado()) {
            out.printf("  %-24s %12.0f %12.0f   swing %10.0f%n", b.driver().label(), b.lowPerKilowattYearUsd(),
                    b.highPerKilowattYearUsd(), b.swingUsd());
        }
        var m = a.makeOrBuy();
        var in = s.economics().orElseThrow().makeOrBuy();
        out.printf("%nmake or buy (NPV at the discount rate, %d flight%s over %d year%s): buy %s, own a provider %s"
                + " (expected; on time %s, %.0f %% likely late by %.1f yr: %s) -> %s%n",
                m.flights(), m.flights() == 1 ? "" : "s", m.campaignYears(), m.campaignYears() == 1 ? "" : "s",
                money(m.buyNpvUsd()), money(m.ownNpvUsd()), money(m.ownOnTimeNpvUsd()), in.delayProbability() * 100,
                in.developmentDelayS() / Units.YEAR_S, money(m.ownDelayedNpvUsd()), m.ownIsCheaper() ? "own" : "buy");
        out.printf("  owner flies %d of them on time, %d if late (at most %.0f a year; the rest bought)%n",
                m.ownedFlightsOnTime(), m.ownedFlightsDelayed(), in.flightRatePerS() * Units.YEAR_S);
        if (m.breakEvenKgPerYear().isPresent()) {
            out.printf("  owning breaks even at %,.0f kg/yr launched (level programme over %.0f yr, %,.0f kg a flight,"
                    + " market %.0f USD/kg)%n%n", m.breakEvenKgPerYear().getAsDouble(), in.horizonS() / Units.YEAR_S,
                    m.payloadPerFlightKg(), m.marketPricePerKgUsd());
        } else {
            out.printf("  owning never breaks even (even at its full flight rate over %.0f yr; market %.0f USD/kg)%n%n",
                    in.horizonS() / Units.YEAR_S, m.marketPricePerKgUsd());
        }
        if (a.disposal().isPresent()) {
            var d = a.disposal().get();
            out.printf("FCC 5-year disposal (FCC 22-74): %s from %.0f km (group %s, BC %.0f kg/m^2, %s solar activity,"
                    + " Vallado CIRA-72 exponential atmosphere)%n%n", d.verdict(), d.altitudeM() / 1e3, d.group(),
                    d.ballisticCoefficientKgPerM2(), d.solarActivity().name().toLowerCase(java.util.Locale.ROOT));
        }
        out.println("licensing milestones:");
        for (LicensingMilestones.Milestone ms : a.milestones()) {
            out.printf("  %-22s %s: %s, by %s%s%n", ms.status(), ms.rule(), ms.requirement(), ms.deadline(),
                    ms.reached().map(d -> " (schedule: " + d + ")").orElse(ms.satellites() > 0 ? " (never reached)" : ""));
        }
    }

    private static String money(double usd) {
        return String.format("%,.0f", usd);
    }

    private static ObjectNode json(Scenario s, CostAnalysis a, Built built, double availability,
                                   String availabilitySource) {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", s.info().name());
        root.put("launch_method", built.description());
        root.put("launch_price_per_kg_usd", built.pricePerKgUsd());
        root.put("availability_fraction", availability);
        root.put("availability_source", availabilitySource);
        root.set("orbit", result(a.space()));
        root.set("ground", result(a.ground()));
        if (a.breakEvenPerKgUsd().isPresent()) {
            root.put("break_even_launch_price_per_kg_usd", a.breakEvenPerKgUsd().getAsDouble());
        } else {
            root.putNull("break_even_launch_price_per_kg_usd");
        }
        root.put("tornado_fraction", a.tornadoFraction());
        ArrayNode t = root.putArray("tornado");
        for (Tornado.Bar b : a.tornado()) {
            t.addObject().put("input", b.driver().name().toLowerCase(java.util.Locale.ROOT))
                    .put("low_per_kw_year_usd", b.lowPerKilowattYearUsd())
                    .put("high_per_kw_year_usd", b.highPerKilowattYearUsd()).put("swing_usd", b.swingUsd());
        }
        var m = a.makeOrBuy();
        ObjectNode mb = root.putObject("make_or_buy");
        mb.put("flights", m.flights()).put("campaign_years", m.campaignYears()).put("buy_npv_usd", m.buyNpvUsd())
                .put("own_npv_usd", m.ownNpvUsd()).put("own_on_time_npv_usd", m.ownOnTimeNpvUsd())
                .put("own_delayed_npv_usd", m.ownDelayedNpvUsd()).put("owned_flights_on_time", m.ownedFlightsOnTime())
                .put("owned_flights_delayed", m.ownedFlightsDelayed()).put("cheaper", m.ownIsCheaper() ? "own" : "buy")
                .put("market_price_per_kg_usd", m.marketPricePerKgUsd())
                .put("payload_per_flight_kg", m.payloadPerFlightKg());
        if (m.breakEvenKgPerYear().isPresent()) {
            mb.put("break_even_kg_per_year", m.breakEvenKgPerYear().getAsDouble());
        } else {
            mb.putNull("break_even_kg_per_year");
        }
        if (a.disposal().isPresent()) {
            var d = a.disposal().get();
            root.putObject("disposal").put("group", d.group()).put("altitude_km", d.altitudeM() / 1e3)
                    .put("ballistic_coefficient_kg_per_m2", d.ballisticCoefficientKgPerM2())
                    .put("solar_activity", d.solarActivity().name().toLowerCase(java.util.Locale.ROOT))
                    .put("natural_decay_years", d.naturalDecayYears())
                    .put("met_by_natural_decay", d.metByNaturalDecay()).put("verdict", d.verdict());
        } else {
            root.putNull("disposal");
        }
        ArrayNode ms = root.putArray("milestones");
        for (LicensingMilestones.Milestone x : a.milestones()) {
            ObjectNode o = ms.addObject().put("rule", x.rule()).put("requirement", x.requirement())
                    .put("deadline", x.deadline().toString()).put("satellites", x.satellites())
                    .put("status", x.status().name().toLowerCase(java.util.Locale.ROOT));
            if (x.reached().isPresent()) {
                o.put("reached", x.reached().get().toString());
            } else {
                o.putNull("reached");
            }
        }
        return root;
    }

    private static ObjectNode result(CostResult r) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode items = o.putObject("items");
        for (CostItem i : CostItem.values()) {
            if (r.totalByItemUsd().containsKey(i)) {
                items.putObject(i.name().toLowerCase(java.util.Locale.ROOT)).put("total_usd", r.totalUsd(i))
                        .put("present_value_usd", r.presentValueUsd(i)).put("capital", i.capital());
            }
        }
        o.put("total_usd", r.totalUsd());
        o.put("present_value_usd", r.presentValueUsd());
        CostResult.Levelized l = r.levelized();
        o.put("per_kw_year_usd", l.perKilowattYearUsd());
        o.put("per_accelerator_hour_usd", l.perAcceleratorHourUsd());
        o.put("per_pflop_usd", l.perPflopUsd());
        o.put("launch_share_fraction", l.launchShareFraction());
        o.put("delivered_kw_years_discounted", r.discountedComputeEnergyJ() / KW_YEAR_J);
        ArrayNode years = o.putArray("years");
        for (CostResult.Year y : r.years()) {
            years.addObject().put("year", y.index()).put("cost_usd", y.costUsd())
                    .put("discounted_cost_usd", y.discountedCostUsd())
                    .put("compute_kw_years", y.computeEnergyJ() / KW_YEAR_J);
        }
        return o;
    }
}
