package org.skyrack.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.orekit.time.AbsoluteDate;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.launch.Campaign;
import org.skyrack.launch.CampaignResult;
import org.skyrack.launch.CampaignSpec;
import org.skyrack.launch.CampaignStatistics;
import org.skyrack.launch.LaunchInputException;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.LaunchVehicle;
import org.skyrack.launch.Manifest;
import org.skyrack.launch.MonteCarlo;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.launch.TargetPlane;
import org.skyrack.launch.TargetPlanes;
import org.skyrack.orbit.ConstellationBuilder;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skyrack launch-plan FILE}: the launches that deploy and replenish a constellation, and what they cost. */
@Command(name = "launch-plan", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Launch campaign of a scenario: manifests, dates, failures, replenishment, prices.",
        description = {"Packs each plane's satellites onto the scenario's vehicles (by mass and stowed volume, one plane "
                + "per launch), schedules launches from launch.campaign_start at each vehicle's cadence, draws launch "
                + "failures (re-flown), replaces satellites at end of design life up to launch.horizon, and prices each "
                + "launch on Wright's learning curve. Run 0 of --runs seeded realisations is the plan printed; the "
                + "summary gives P50/P90 over all runs.",
            "",
            "Columns: date,vehicle,group,satellites,mass_kg,price_usd,failed,replenishment. text (default) prints the "
                + "table and the summary on stdout; csv the table on stdout and the summary on stderr; json one object "
                + "{launches, summary}."},
        footer = {"", "Example:", "  skyrack launch-plan examples/suncatcher-81.yaml --runs 1000",
            "  skyrack launch-plan examples/starlink-v2mini-compute.yaml --format csv --out launches.csv"})
final class LaunchPlanCommand implements Callable<Integer> {

    private static final List<TableWriter.Column> COLUMNS = List.of(TableWriter.Column.text("date"),
            TableWriter.Column.text("vehicle"), TableWriter.Column.text("group"), TableWriter.Column.number("satellites"),
            TableWriter.Column.number("mass_kg"), TableWriter.Column.number("price_usd"),
            TableWriter.Column.text("failed"), TableWriter.Column.text("replenishment"));

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the failure draws (default: scenario.seed).")
    Long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100",
            description = "Monte Carlo realisations for the P50/P90 summary (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the Monte Carlo (default: all cores); "
            + "results do not depend on it.")
    Integer threads;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            description = "text (default), csv (the launch table) or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
    Path out;

    @Override
    public Integer call() {
        String fmt = GeometryRun.choice("--format", format, List.of("text", "csv", "json"));
        if (runs < 1 || runs > 1_000_000) {
            throw new BadInputException("skyrack: --runs: " + runs + " is out of range (expected 1 to 1000000)");
        }
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (nThreads < 1 || nThreads > 1024) {
            throw new BadInputException("skyrack: --threads: " + nThreads + " is out of range (expected 1 to 1024)");
        }
        Scenario s = ScenarioReader.read(file);
        long userSeed = seed == null ? s.info().seed() : seed;
        CampaignSpec campaign;
        try {
            campaign = CampaignSpec.of(s, TargetPlanes.of(s, orbitFileOrbits(s)));
        } catch (LaunchInputException e) {
            throw new BadInputException(file + ": launch: " + e.getMessage());
        }
        CampaignResult result = Campaign.run(campaign, MonteCarlo.runSeed(userSeed, 0));
        CampaignStatistics stats = MonteCarlo.run(campaign, userSeed, runs, nThreads);
        PrintWriter stdout = spec.commandLine().getOut();
        try (OutputTarget target = OutputTarget.open(out, stdout)) {
            Writer w = target.writer();
            switch (fmt) {
                case "csv" -> {
                    table(w, false, result.plan());
                    PrintWriter err = spec.commandLine().getErr();
                    summary(err, s, campaign, result, stats, userSeed);
                    err.flush();
                }
                case "json" -> json(w, s, result, stats, userSeed);
                default -> {
                    PrintWriter p = new PrintWriter(w);
                    header(p, s, campaign);
                    p.flush();
                    table(w, false, result.plan());
                    summary(p, s, campaign, result, stats, userSeed);
                    p.flush();
                }
            }
            target.commit();
        }
        return 0;
    }

    /** Orbits of orbit-file groups (their planes come from the elements); none are built otherwise. */
    private static List<SatelliteOrbit> orbitFileOrbits(Scenario s) {
        if (s.constellation().groups().stream().noneMatch(g -> g instanceof ConstellationGroup.OrbitFile)) {
            return List.of();
        }
        FlightDynamicsContext fdc = FlightDynamicsContext.offline();
        AbsoluteDate epoch = new AbsoluteDate(s.info().epoch(), fdc.utc());
        return new ConstellationBuilder(fdc.dataContext(), epoch).build(s.constellation());
    }

    private static void table(Writer w, boolean json, LaunchPlan plan) {
        TableWriter t = TableWriter.open(w, json, COLUMNS);
        for (PlannedLaunch l : plan.launches()) {
            t.row(l.date().toString(), l.vehicleId(), l.group(), Integer.toString(l.satellites()),
                    TableWriter.fixed(l.payloadMassKg(), 1), TableWriter.fixed(l.priceUsd(), 0), Boolean.toString(l.failed()),
                    Boolean.toString(l.replenishment()));
        }
        t.finish();
    }

    private static void header(PrintWriter p, Scenario s, CampaignSpec c) {
        p.printf(Locale.ROOT, "launch plan: %s, %d satellites in %d plane%s, %s to %s%n", s.info().name(), c.satellites(),
                c.planes().size(), c.planes().size() == 1 ? "" : "s", c.start(),
                c.start().plusDays((long) Math.floor(c.horizonS() / 86_400)));
        TargetPlane first = c.planes().get(0);
        for (LaunchVehicle v : c.vehicles()) {
            Manifest.Capacity cap = Manifest.capacity(v, first, c.rideshareMaxMassKg());
            p.printf(Locale.ROOT, "  %s: %.2f launches/yr, failure probability %.3f, %d satellites of group %s per launch "
                    + "(limited by %s%s)%n", v.id(), v.launchesPerYear(), v.failureProbability(), cap.satellites(),
                    first.group(), cap.limitedBy(), v.fairingVolumeM3().isPresent() ? "" : "; fairing volume not published");
        }
    }

    private static void summary(PrintWriter p, Scenario s, CampaignSpec c, CampaignResult r, CampaignStatistics st,
                                long seed) {
        LaunchPlan plan = r.plan();
        p.printf(Locale.ROOT, "launches: %d (%d failed, %d replenishment), by vehicle %s%n", plan.launches().size(),
                r.failedLaunches(), r.replenishmentLaunches(), r.launchesByVehicle());
        p.printf(Locale.ROOT, "deployment complete: %s%n",
                plan.deploymentComplete().map(LocalDate::toString).orElse("not within the horizon"));
        p.printf(Locale.ROOT, "total launch price: %.1f MUSD for %.1f t launched (%.0f USD/kg)%n",
                plan.totalPriceUsd() / 1e6, plan.massLaunchedKg() / 1000,
                plan.massLaunchedKg() > 0 ? plan.totalPriceUsd() / plan.massLaunchedKg() : 0.0);
        p.printf(Locale.ROOT, "replenishment: %d satellites replaced; %d disposals at end of life%s; %d satellites "
                + "unlaunched at the horizon%n", r.satellitesReplaced(), r.disposals(),
                r.lastDisposalDeadline().map(d -> " (FCC 5-year deadline of the last: " + d + ")").orElse(""),
                r.unlaunchedSatellites());
        p.printf(Locale.ROOT, "Monte Carlo (%d run%s, seed %d): deployment complete P50 %s, P90 %s (%.0f %% complete); "
                + "launches mean %.1f, P90 %d; failures mean %.2f; price mean %.1f MUSD, P90 %.1f MUSD%n", st.runs(),
                st.runs() == 1 ? "" : "s", seed, text(st.deploymentCompleteP50()), text(st.deploymentCompleteP90()),
                100 * st.completedFraction(), st.launchesMean(), st.launchesP90(), st.failedLaunchesMean(),
                st.totalPriceMeanUsd() / 1e6, st.totalPriceP90Usd() / 1e6);
    }

    private static String text(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("never");
    }

    private static void json(Writer w, Scenario s, CampaignResult r, CampaignStatistics st, long seed) {
        try {
            JsonGenerator g = TableWriter.jsonGenerator(w);
            g.writeStartObject();
            g.writeStringField("scenario", s.info().name());
            g.writeNumberField("seed", seed);
            g.writeArrayFieldStart("launches");
            for (PlannedLaunch l : r.plan().launches()) {
                g.writeStartObject();
                g.writeStringField("date", l.date().toString());
                g.writeStringField("vehicle", l.vehicleId());
                g.writeStringField("group", l.group());
                g.writeNumberField("satellites", l.satellites());
                g.writeNumberField("mass_kg", l.payloadMassKg());
                g.writeNumberField("price_usd", Math.round(l.priceUsd()));
                g.writeBooleanField("failed", l.failed());
                g.writeBooleanField("replenishment", l.replenishment());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("launches", r.plan().launches().size());
            g.writeNumberField("failed_launches", r.failedLaunches());
            g.writeNumberField("replenishment_launches", r.replenishmentLaunches());
            g.writeStringField("deployment_complete", r.plan().deploymentComplete().map(LocalDate::toString).orElse(null));
            g.writeNumberField("total_price_usd", Math.round(r.plan().totalPriceUsd()));
            g.writeNumberField("mass_launched_kg", r.plan().massLaunchedKg());
            g.writeNumberField("satellites_replaced", r.satellitesReplaced());
            g.writeNumberField("disposals", r.disposals());
            g.writeNumberField("unlaunched_satellites", r.unlaunchedSatellites());
            g.writeNumberField("runs", st.runs());
            g.writeStringField("deployment_complete_p50", st.deploymentCompleteP50().map(LocalDate::toString).orElse(null));
            g.writeStringField("deployment_complete_p90", st.deploymentCompleteP90().map(LocalDate::toString).orElse(null));
            g.writeNumberField("completed_fraction", st.completedFraction());
            g.writeNumberField("launches_mean", st.launchesMean());
            g.writeNumberField("launches_p90", st.launchesP90());
            g.writeNumberField("failed_launches_mean", st.failedLaunchesMean());
            g.writeNumberField("total_price_mean_usd", Math.round(st.totalPriceMeanUsd()));
            g.writeNumberField("total_price_p90_usd", Math.round(st.totalPriceP90Usd()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
