package org.skyrack.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orekit.time.AbsoluteDate;
import org.skyrack.app.report.RunReport;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.results.EconomicsSummary;
import org.skyrack.results.GeometrySummary;
import org.skyrack.results.LaunchSummary;
import org.skyrack.results.NetworkSummary;
import org.skyrack.results.PowerSummary;
import org.skyrack.results.RadiationSummary;
import org.skyrack.results.WorkloadSummary;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioInfo;
import org.skyrack.scenario.ScenarioReader;
import org.skyrack.run.ScenarioRun;

/**
 * The run behind {@code demo} and {@code simulate}: read the scenario, build the constellation,
 * find its geometry, integrate every satellite's power and heat, run the training jobs, plan the
 * launch campaign and cost it, and write the run folder ({@code summary.json},
 * {@code results.duckdb}, {@code scenario.yaml}, {@code report.html}, and the {@code --export} files).
 */
final class ScenarioRunner {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Folder of the run holding the {@code --export} files. */
    static final String TABLES_FOLDER = "tables";

    /** Steps of the run outside {@link ScenarioRun}, for progress. */
    private static final String STAGE_GROUND_TRACKS = "ground tracks";
    private static final String STAGE_EXPORT = "exporting tables";
    private static final String STAGE_DATABASE = "writing " + ResultsDatabase.FILE;
    private static final String STAGE_REPORT = "writing " + RunReport.FILE_NAME;

    private ScenarioRunner() {
    }

    /** Result of a run: the summary and the folder it went to. */
    record Outcome(ConstellationSummary summary, String summaryJson, Path folder) {
    }

    /**
     * Command-line changes to the scenario's run information; null fields keep the file's.
     *
     * @param seed      random seed
     * @param epoch     start of the run
     * @param durationS length of the run, s
     */
    record Overrides(Long seed, java.time.Instant epoch, Double durationS) {
        static final Overrides NONE = new Overrides(null, null, null);

        ScenarioInfo apply(ScenarioInfo i) {
            return new ScenarioInfo(i.name(), i.description(), epoch != null ? epoch : i.epoch(),
                    durationS != null ? durationS : i.durationS(), seed != null ? seed : i.seed());
        }

        /** Whether any field is overridden. */
        boolean any() {
            return seed != null || epoch != null || durationS != null;
        }
    }

    /** The {@code --threads} value checked, or the available processors when absent. */
    static int threads(Integer option) {
        if (option == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (option < 1) {
            throw new BadInputException("skyrack: --threads: must be 1 or more (got " + option + ")");
        }
        return option;
    }

    /**
     * Runs the scenario into the run folder {@code out}: {@code summary.json}, {@code results.duckdb},
     * {@code scenario.yaml}, and with {@code export} the tables as files under {@code tables/}.
     */
    static Outcome run(Path scenarioFile, String scenarioText, Path out, Overrides overrides, FlightDynamicsContext fdc,
                       int threads, Optional<ResultsDatabase.ExportFormat> export, PrintWriter err, boolean quiet) {
        Scenario s = ScenarioReader.read(scenarioFile);
        s = s.withInfo(overrides.apply(s.info()));
        warnIfExpired(fdc, s, err, quiet);
        AbsoluteDate epoch = ScenarioRun.epoch(s, fdc);
        List<SatelliteOrbit> satellites = ScenarioRun.satellites(s, fdc);
        try (RunFolder folder = new RunFolder(out); Progress progress = Progress.onTerminal(err, quiet)) {
            ConstellationSummary summary;
            try (ResultsDatabase db = new ResultsDatabase(folder.staged(ResultsDatabase.FILE), s, satellites,
                    new UtcMillis(s.info().epoch(), fdc.utc()), Main.version(), progress::stage)) {
                progress.stage(STAGE_GROUND_TRACKS);
                GroundTracks.write(s, satellites, fdc, epoch, db::groundTrack);
                summary = ScenarioRun.run(s, satellites, fdc, threads, db);
                if (export.isPresent()) {
                    progress.stage(STAGE_EXPORT);
                    db.export(folder.staged(TABLES_FOLDER), export.get());
                }
                progress.stage(STAGE_DATABASE);
            }
            String json = toJson(summary);
            folder.write("summary.json", json);
            folder.write("scenario.yaml", ResolvedScenario.text(scenarioFile, scenarioText, overrides));
            progress.stage(STAGE_REPORT);
            Optional<String> note = writeReport(folder.staged(RunReport.FILE_NAME).getParent());
            progress.close();
            note.ifPresent(err::println);
            folder.commit();
            return new Outcome(summary, json, folder.target());
        }
    }

    /**
     * Builds report.html from the files already in the run folder. A report that cannot be built is
     * a note, not a failed run: {@code skyrack report DIR} can rebuild it. Returns the note, if any,
     * for after the progress line.
     */
    private static Optional<String> writeReport(Path runDir) {
        try {
            RunReport.write(runDir);
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("skyrack: note: report.html not written (" + e.getMessage() + "); 'skyrack report DIR' "
                    + "rebuilds it");
        }
    }

    private static void warnIfExpired(FlightDynamicsContext fdc, Scenario s, PrintWriter err, boolean quiet) {
        warnIfExpired(fdc, LocalDate.ofInstant(s.info().epoch().plusSeconds((long) s.info().durationS()), ZoneOffset.UTC),
                err, quiet);
    }

    /** Notes on {@code err} that the leap-second table expires before {@code end} (UTC day), unless quiet. */
    static void warnIfExpired(FlightDynamicsContext fdc, LocalDate end, PrintWriter err, boolean quiet) {
        FlightDynamicsContext.LeapSecondSource src = fdc.leapSecondSource();
        if (!quiet && src.isExpired(end)) {
            err.println("skyrack: note: the leap-second table (" + src.kind() + src.path().map(p -> " " + p).orElse("")
                    + ") expires " + src.expiry().map(Object::toString).orElse("?") + ", before the end of this run; "
                    + "times after it assume no new leap second");
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The human summary printed after a run. */
    static void printText(ConstellationSummary s, Path folder, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: epoch %s, %s, seed %d%n", s.scenario(), s.epochUtc(), days(s.durationS()), s.seed());
        for (ConstellationSummary.Group g : s.groups()) {
            out.printf(Locale.ROOT, "  group %-12s %6d satellites  %-13s %8.1f km  %7.3f deg  period %6.2f min%n",
                    g.name(), g.satellites(), g.type(), g.meanAltitudeKm(), g.meanInclinationDeg(), g.meanPeriodMin());
            if (g.cluster() != null) {
                out.printf(Locale.ROOT, "        cluster radius %.0f m; nearest neighbours %.0f to %.0f m apart at the epoch",
                        g.cluster().radiusM(), g.cluster().minSeparationM(), g.cluster().maxNeighbourDistanceM());
                s.geometry().clusters().stream().filter(c -> c.name().equals(g.name())).findFirst().ifPresent(c ->
                        out.printf(Locale.ROOT, ", %.0f to %.0f m over the first orbit", c.minSeparationM(),
                                c.maxNeighbourDistanceM()));
                out.println();
            }
        }
        GeometrySummary geo = s.geometry();
        for (GeometrySummary.GroupSunlight g : geo.groups()) {
            out.printf(Locale.ROOT, "  sunlight %-10s %5.1f %% mean, %5.1f %% least-lit satellite; %d eclipses, longest umbra %.1f min%n",
                    g.name(), 100 * g.meanSunlitFraction(), 100 * g.minSunlitFraction(), g.eclipses(), g.longestUmbraS() / 60);
        }
        for (GeometrySummary.StationContacts c : geo.stations()) {
            out.printf(Locale.ROOT, "  station  %-10s %6d passes, %8.1f h in contact, longest %.1f min%n", c.name(),
                    c.passes(), c.contactTimeS() / 3600, c.longestPassS() / 60);
        }
        if (geo.links().candidateLinks() > 0) {
            out.printf(Locale.ROOT, "  links    %d candidate inter-satellite links, up %.1f %% of the time on average, "
                    + "%.1f %% for the least available%n", geo.links().candidateLinks(),
                    100 * geo.links().meanAvailableFraction(), 100 * geo.links().minAvailableFraction());
        }
        PowerSummary p = s.power();
        out.printf(Locale.ROOT, "  power    compute %.1f %% of full (held back by power %.1f %% of the time), battery down to "
                + "%.0f %% charge, %s; energy balance closes to %.1e%n", 100 * p.computeAvailableFraction(),
                100 * p.powerThrottledFraction(), 100 * p.minStateOfChargeFraction(),
                p.unservedEnergyJ() > 0 ? String.format(Locale.ROOT, "%.1f kWh of bus load NOT carried", p.unservedEnergyJ() / 3.6e6)
                        : "bus always carried", p.energyBalanceErrorFraction());
        out.printf(Locale.ROOT, "  heat     deck up to %.1f degC, held at its limit %.1f %% of the time%n",
                s.thermal().maxDeckTemperatureK() - 273.15, 100 * s.thermal().thermalThrottledFraction());
        for (RadiationSummary.GroupDose d : s.radiation().groups()) {
            out.printf(Locale.ROOT, "  dose     %-10s %.0f rad(Si)/yr behind %.1f mm Al; accelerators reach their limit in %.1f yr%n",
                    d.name(), d.doseRadPerYear(), d.shieldingMm(), d.acceleratorLifeYears());
        }
        RadiationSummary.ExpectedFaults ef = s.radiation().expectedFaults();
        out.printf(Locale.ROOT, "  faults   expected over the run: %.0f silent data corruptions, %.0f uncorrectable HBM errors, "
                + "%.1f accelerator crashes, %.1f host faults%n", ef.silentDataCorruptions(), ef.hbmUncorrectableErrors(),
                ef.acceleratorCrashes(), ef.hostCpuFaults() + ef.hostRamFaults());
        WorkloadSummary w = s.workload();
        for (WorkloadSummary.Job j : w.jobs()) {
            out.printf(Locale.ROOT, "  training %-10s %s%s on %d satellites (%d accelerators), step %.2f s; %.1f %% kept, "
                            + "%.1f %% of its work redone after %d fault restarts%s%n", j.name(),
                    j.datasetUploadedS() == null ? "" : String.format(Locale.ROOT, "dataset up after %.1f h, ",
                            j.datasetUploadedS() / 3600),
                    j.finishedS() != null ? String.format(Locale.ROOT, "finished after %.1f d", j.finishedS() / 86400)
                            : j.startedS() != null ? "running" : "never placed",
                    j.satellites(), j.accelerators(), j.stepS(), 100 * j.doneFraction(),
                    j.goodputFlop() + j.lostFlop() > 0 ? 100 * j.lostFlop() / (j.goodputFlop() + j.lostFlop()) : 0.0,
                    j.restarts(), j.resultsDeliveredS() == null ? "" : String.format(Locale.ROOT,
                            "; results down at %.1f d", j.resultsDeliveredS() / 86400));
        }
        if (!w.jobs().isEmpty()) {
            out.printf(Locale.ROOT, "  work     %.3g FLOP kept, %.3g FLOP lost, accelerators allocated %.1f %% of the time, "
                    + "%.3g J per useful FLOP%n", w.goodputFlop(), w.lostFlop(), 100 * w.utilizationFraction(),
                    w.energyPerUsefulFlopJ());
        }
        for (WorkloadSummary.Service v : w.services()) {
            out.printf(Locale.ROOT, "  requests %-10s %.3g offered, %.1f %% served, %.1f %% late or unserved (objective %.0f ms)%s%n",
                    v.name(), v.requestsOffered(), v.requestsOffered() > 0 ? 100 * v.requestsServed() / v.requestsOffered() : 0.0,
                    v.requestsOffered() > 0 ? 100 * v.requestsViolatingSlo() / v.requestsOffered() : 0.0,
                    v.latencyObjectiveMs(), v.latencyMs() == null ? "" : String.format(Locale.ROOT,
                            "; time to first token p50 %.0f, p95 %.0f, p99 %.0f ms", v.latencyMs().p50(),
                            v.latencyMs().p95(), v.latencyMs().p99()));
        }
        NetworkSummary n = s.network();
        out.printf(Locale.ROOT, "  network  %.3g bytes up and %.3g down over ground links, %.3g between satellites; "
                        + "%d station and %d link outages, %d satellites failed for good%n", n.groundUpBytes(),
                n.groundDownBytes(), n.interSatelliteBytes(), n.stationOutages(), n.linkOutages(),
                w.satelliteFailures());
        LaunchSummary l = s.launch();
        if (l.error() != null) {
            out.printf(Locale.ROOT, "  launch   no campaign: %s%n", l.error());
        } else {
            out.printf(Locale.ROOT, "  launch   %d launches (%d failed, %d replenishing), deployment complete %s, "
                    + "%.1f MUSD at %.0f USD/kg%n", l.launches(), l.failedLaunches(), l.replenishmentLaunches(),
                    l.deploymentCompleteUtc() == null ? "never" : l.deploymentCompleteUtc(), l.totalPriceUsd() / 1e6,
                    l.meanPricePerKgUsd());
        }
        EconomicsSummary e = s.economics();
        if (e != null) {
            out.printf(Locale.ROOT, "  cost     %.0f USD per kW-year in orbit vs %.0f on the ground (%.2fx), launch %.1f %% "
                    + "of orbit's cost; break-even launch price %s%n", e.totalUsdPerKwYear(), e.terrestrialUsdPerKwYear(),
                    e.orbitOverTerrestrial(), 100 * e.launchShareFraction(), e.breakEvenLaunchUsdPerKg() == null ? "none"
                            : String.format(Locale.ROOT, "%.0f USD/kg", e.breakEvenLaunchUsdPerKg()));
        }
        ConstellationSummary.Fleet f = s.fleet();
        out.printf(Locale.ROOT, "  fleet: %d satellites, %d accelerators, %.1f PFLOP/s BF16 peak, %.1f kW array (BOL), "
                + "%.1f t launch mass%n", f.satellites(), f.accelerators(), f.peakBf16PflopPerS(), f.arrayPowerBolKw(),
                f.launchMassKg() / 1000);
        if (java.nio.file.Files.exists(folder.resolve(RunReport.FILE_NAME))) {
            out.printf("  wrote %s, %s and %s%n", folder.resolve("summary.json"), folder.resolve(ResultsDatabase.FILE),
                    folder.resolve(RunReport.FILE_NAME));
        } else {
            out.printf("  wrote %s and %s%n", folder.resolve("summary.json"), folder.resolve(ResultsDatabase.FILE));
        }
        out.flush();
    }

    private static String days(double s) {
        return s % 86_400 == 0 ? (long) (s / 86_400) + " d" : String.format(Locale.ROOT, "%.0f s", s);
    }
}
