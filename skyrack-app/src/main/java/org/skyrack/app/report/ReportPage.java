package org.skyrack.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The HTML of one report: headline figures, tables and lists written here (every string escaped),
 * chart containers that {@code report.js} fills from the embedded JSON data. A chart whose data the
 * run lacks is left out with a line saying why, so every container on the page has something to draw.
 */
final class ReportPage {

    /** Kelvin to degrees Celsius offset. */
    private static final double KELVIN_OFFSET = 273.15;
    /** Seconds per day. */
    private static final double DAY_S = 86_400;

    private final JsonNode summary;
    private final ObjectNode tables;
    private final StringBuilder b = new StringBuilder(1 << 16);

    /**
     * @param summary the run's summary.json
     * @param tables  what {@link ResultsTables} read from results.duckdb; null without the database
     */
    ReportPage(JsonNode summary, ObjectNode tables) {
        this.summary = summary;
        this.tables = tables;
    }

    String html(String echartsJs, String landJson) {
        String name = summary.path("scenario").asText("");
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(Html.text(RunReport.CONTENT_SECURITY_POLICY)).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>skyrack report: ").append(Html.text(name)).append("</title>\n<style>\n")
                .append(RunReport.pageResource("report.css")).append("</style>\n</head>\n<body>\n");
        header(name);
        headline();
        constellation();
        sunlight();
        powerAndHeat();
        links();
        work();
        launch();
        cost();
        licensing();
        optionalSection("network", "Network");
        b.append("<footer>Built by skyrack report from summary.json").append(tables != null ? " and results.duckdb" : "")
                .append(". Charts: Apache ECharts 5.3.1 (Apache-2.0). Map: Natural Earth 1:110m land (public domain)."
                        + " This page loads nothing from the network.</footer>\n");
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("summary", summary);
        if (tables != null) {
            data.set("tables", tables);
        }
        b.append("<script type=\"application/json\" id=\"skyrack-data\">")
                .append(Html.jsonInScript(RunReport.json(data))).append("</script>\n")
                .append("<script type=\"application/json\" id=\"skyrack-land\">")
                .append(Html.jsonInScript(landJson.strip())).append("</script>\n")
                .append("<script>\n").append(Html.inlineScript(echartsJs)).append("\n</script>\n")
                .append("<script>\n").append(Html.inlineScript(RunReport.pageResource("report.js")))
                .append("\n</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private void header(String name) {
        b.append("<header><h1>").append(Html.text(name)).append("</h1><p>Epoch ")
                .append(Html.text(summary.path("epoch_utc").asText("?"))).append(", ")
                .append(RunReport.fmt("%.3g", summary.path("duration_s").asDouble() / DAY_S)).append(" days, seed ")
                .append(Html.text(summary.path("seed").asText("?"))).append(". ")
                .append(tables == null ? "<strong>No results.duckdb in this run folder:</strong> the sections below "
                        + "show what summary.json holds; the charts of tracks, eclipses, power over time, contacts, "
                        + "links, jobs and launches need the database (re-run the scenario with this version)." : "")
                .append("</p>\n<nav>");
        for (String[] s : new String[][] {{"headline", "Headline"}, {"constellation", "Constellation"},
                {"sunlight", "Sunlight"}, {"power", "Power and heat"}, {"links", "Links"}, {"work", "Work"},
                {"launch", "Launch"}, {"cost", "Cost"}, {"licensing", "Licensing"}}) {
            b.append("<a href=\"#").append(s[0]).append("\">").append(s[1]).append("</a> ");
        }
        b.append("</nav></header>\n");
    }

    private void headline() {
        JsonNode power = summary.path("power");
        JsonNode fleet = summary.path("fleet");
        JsonNode econ = summary.path("economics");
        JsonNode launch = summary.path("launch");
        double availability = power.path("compute_available_fraction").asDouble(Double.NaN);
        section("headline", "Headline figures");
        b.append("<div class=\"cards\">\n");
        card("Delivered compute", RunReport.fmt("%.1f PFLOP/s", fleet.path("peak_bf16_pflop_per_s").asDouble()
                * availability), RunReport.fmt("BF16, mean over the run, of %.1f peak; %.3g FLOP of training kept",
                fleet.path("peak_bf16_pflop_per_s").asDouble(), summary.path("workload").path("goodput_flop").asDouble()));
        card("Availability", RunReport.fmt("%.1f %%", 100 * availability),
                RunReport.fmt("compute delivered over asked; held back by power %.1f %% of the time",
                        100 * power.path("power_throttled_fraction").asDouble()));
        if (econ.isObject()) {
            card("Cost in orbit", RunReport.fmt("%,.0f $/kW-yr", econ.path("total_usd_per_kw_year").asDouble()),
                    RunReport.fmt("%.2f× the ground's %,.0f $/kW-yr", econ.path("orbit_over_terrestrial").asDouble(),
                            econ.path("terrestrial_usd_per_kw_year").asDouble()));
        } else {
            card("Cost in orbit", "n/a", "the scenario has no economics section or no launch campaign");
        }
        String deployed = launch.path("deployment_complete_utc").isNull() || launch.path("deployment_complete_utc")
                .isMissingNode() ? "never" : launch.path("deployment_complete_utc").asText();
        card("Deployed", deployed, RunReport.fmt("%d launches (%d failed), %.1f M$",
                launch.path("launches").asInt(), launch.path("failed_launches").asInt(),
                launch.path("total_price_usd").asDouble() / 1e6));
        JsonNode latency = summary.path("workload").path("latency_ms");
        if (latency.isObject()) {
            card("Latency", RunReport.fmt("p99 %.0f ms", latency.path("p99").asDouble()),
                    RunReport.fmt("p50 %.0f ms, p95 %.0f ms", latency.path("p50").asDouble(),
                            latency.path("p95").asDouble()));
        }
        card("Fleet", RunReport.fmt("%d satellites", fleet.path("satellites").asInt()),
                RunReport.fmt("%d accelerators, %.1f kW array, %.1f t", fleet.path("accelerators").asInt(),
                        fleet.path("array_power_bol_kw").asDouble(), fleet.path("launch_mass_kg").asDouble() / 1000));
        b.append("</div>\n</section>\n");
    }

    private void card(String title, String figure, String note) {
        b.append("<div class=\"card\"><div class=\"card-title\">").append(Html.text(title))
                .append("</div><div class=\"figure\">").append(Html.text(figure)).append("</div><div class=\"note\">")
                .append(Html.text(note)).append("</div></div>\n");
    }

    private void constellation() {
        section("constellation", "The constellation");
        table(new String[] {"group", "type", "design", "satellites", "altitude km", "inclination deg", "period min"},
                summary.path("groups"), g -> new String[] {g.path("name").asText(), g.path("type").asText(),
                        g.path("design").asText(), g.path("satellites").asText(),
                        RunReport.fmt("%.1f", g.path("mean_altitude_km").asDouble()),
                        RunReport.fmt("%.3f", g.path("mean_inclination_deg").asDouble()),
                        RunReport.fmt("%.2f", g.path("mean_period_min").asDouble())});
        if (has("tracks") || has("stations")) {
            chart("map", "Ground tracks (first two orbits"
                    + (tables.path("satellite_names").size() > ResultsTables.MAX_TRACKS
                    ? ", " + ResultsTables.MAX_TRACKS + " satellites sampled evenly" : "") + ") and ground stations", "wide map");
        } else {
            missing("ground tracks and stations");
        }
        if (has("planes")) {
            chart("planes", "Orbit planes: right ascension of the ascending node against inclination, per satellite", "");
        }
        b.append("</section>\n");
    }

    private void sunlight() {
        section("sunlight", "Sunlight");
        table(new String[] {"group", "eclipses", "mean sunlit", "least-lit satellite", "longest umbra min"},
                summary.path("geometry").path("groups"), g -> new String[] {g.path("name").asText(),
                        g.path("eclipses").asText(), pct(g.path("mean_sunlit_fraction")),
                        pct(g.path("min_sunlit_fraction")), RunReport.fmt("%.1f", g.path("longest_umbra_s").asDouble() / 60)});
        if (has("eclipse_calendar")) {
            chart("eclipses", "Minutes in umbra per day and satellite (an umbra counts on the day it starts)", "tall");
        } else {
            missing("the eclipse calendar");
        }
        b.append("</section>\n");
    }

    private void powerAndHeat() {
        section("power", "Power and heat");
        JsonNode p = summary.path("power");
        b.append("<p>Compute delivered ").append(pct(p.path("compute_available_fraction")))
                .append(" of full; battery down to ").append(pct(p.path("min_state_of_charge_fraction")))
                .append(" charge; deck up to ").append(RunReport.fmt("%.1f °C",
                        summary.path("thermal").path("max_deck_temperature_k").asDouble() - KELVIN_OFFSET))
                .append(", held at its limit ").append(pct(summary.path("thermal").path("thermal_throttled_fraction")))
                .append(" of the time; energy balance closes to ")
                .append(RunReport.fmt("%.1e", p.path("energy_balance_error_fraction").asDouble())).append(".</p>\n");
        if (has("power")) {
            int sat = tables.path("power").path("satellite").asInt();
            String name = tables.path("satellite_names").path(sat).asText("satellite " + sat);
            chart("power", "Satellite " + name + " (lowest state of charge): array output, load and battery charge", "");
            chart("heat", "Satellite " + name + ": deck temperature and share of each bin throttled", "");
        } else {
            missing("power and heat over time");
        }
        if (has("envelope")) {
            chart("envelope", "The fleet's envelope: lowest, mean and highest state of charge and deck temperature", "");
        }
        if (p.path("months").size() > 0) {
            chart("months", "By month: compute available, lowest charge and time throttled by power", "");
        }
        b.append("</section>\n");
    }

    private void links() {
        section("links", "Links");
        table(new String[] {"station", "passes", "hours in contact", "longest pass min"},
                summary.path("geometry").path("stations"), s -> new String[] {s.path("name").asText(),
                        s.path("passes").asText(), RunReport.fmt("%.1f", s.path("contact_time_s").asDouble() / 3600),
                        RunReport.fmt("%.1f", s.path("longest_pass_s").asDouble() / 60)});
        JsonNode l = summary.path("geometry").path("links");
        b.append("<p>").append(l.path("candidate_links").asInt()).append(" candidate inter-satellite links, up ")
                .append(pct(l.path("mean_available_fraction"))).append(" of the time on average, ")
                .append(pct(l.path("min_available_fraction"))).append(" for the least available.</p>\n");
        if (has("contacts")) {
            chart("contacts", "Contact timeline per station over the first two days (any satellite in view)", "");
        } else {
            missing("the contact timeline");
        }
        if (has("isl")) {
            chart("isl", "Inter-satellite link graph (edge width: fraction of the run the link is up)", "tall");
        }
        b.append("</section>\n");
    }

    private void work() {
        section("work", "Work");
        JsonNode w = summary.path("workload");
        b.append("<p>").append(RunReport.fmt("%.3g", w.path("goodput_flop").asDouble())).append(" FLOP kept, ")
                .append(RunReport.fmt("%.3g", w.path("lost_flop").asDouble())).append(" FLOP lost to ")
                .append(w.path("restarts").asInt()).append(" fault restarts; accelerators allocated ")
                .append(pct(w.path("utilization_fraction"))).append(" of the time.</p>\n");
        table(new String[] {"job", "satellites", "accelerators", "started d", "finished d", "done", "restarts",
                "checkpoints", "step s"}, w.path("jobs"), j -> new String[] {j.path("name").asText(),
                j.path("satellites").asText(), j.path("accelerators").asText(), days(j.path("started_s")),
                days(j.path("finished_s")), pct(j.path("done_fraction")), j.path("restarts").asText(),
                j.path("checkpoints").asText(), RunReport.fmt("%.2f", j.path("step_s").asDouble())});
        if (has("jobs")) {
            chart("utilization", "Accelerators allocated to jobs over time (from the jobs' start and finish)", "");
            chart("jobs", "Work per job: kept, lost and in progress (FLOP), and restarts", "");
        } else {
            missing("the jobs over time");
        }
        JsonNode latency = w.path("latency_ms");
        if (latency.isObject()) {
            b.append("<p>Latency of served requests: p50 ").append(RunReport.fmt("%.1f", latency.path("p50").asDouble()))
                    .append(" ms, p95 ").append(RunReport.fmt("%.1f", latency.path("p95").asDouble())).append(" ms, p99 ")
                    .append(RunReport.fmt("%.1f", latency.path("p99").asDouble())).append(" ms.</p>\n");
        }
        if (has("latency")) {
            chart("latency", "Latency of served requests against the objective", "");
        } else {
            b.append("<p class=\"missing\">No inference requests in this run: no latency distribution.</p>\n");
        }
        if (has("faults")) {
            chart("faults", "Faults per day, by kind", "");
        }
        b.append("</section>\n");
    }

    private void launch() {
        section("launch", "Launch campaign");
        JsonNode l = summary.path("launch");
        if (!l.path("error").isNull() && !l.path("error").isMissingNode()) {
            b.append("<p>No campaign: ").append(Html.text(l.path("error").asText())).append("</p>\n");
        } else {
            b.append("<p>").append(l.path("launches").asInt()).append(" launches (")
                    .append(l.path("failed_launches").asInt()).append(" failed, ")
                    .append(l.path("replenishment_launches").asInt()).append(" replenishing), ")
                    .append(RunReport.fmt("%.1f t", l.path("mass_launched_kg").asDouble() / 1000)).append(" launched for ")
                    .append(RunReport.fmt("%.1f M$ (%.0f $/kg)", l.path("total_price_usd").asDouble() / 1e6,
                            l.path("mean_price_per_kg_usd").asDouble()))
                    .append("; deployment complete ").append(Html.text(l.path("deployment_complete_utc").asText("never")))
                    .append(".</p>\n");
        }
        if (has("launches")) {
            chart("launches", "Launches on a timeline (marker size: satellites carried) and satellites launched", "");
        } else {
            missing("the launch timeline");
        }
        b.append("</section>\n");
    }

    private void cost() {
        section("cost", "Cost");
        JsonNode e = summary.path("economics");
        if (!e.isObject()) {
            b.append("<p class=\"missing\">No economics: the scenario has no economics section or no launch "
                    + "campaign.</p>\n</section>\n");
            return;
        }
        b.append("<p>").append(RunReport.fmt("%,.0f", e.path("total_usd_per_kw_year").asDouble()))
                .append(" $ per kW-year in orbit against ")
                .append(RunReport.fmt("%,.0f", e.path("terrestrial_usd_per_kw_year").asDouble()))
                .append(" on the ground at ").append(pct(e.path("availability_fraction")))
                .append(" availability; launch is ").append(pct(e.path("launch_share_fraction")))
                .append(" of orbit's cost; ").append(RunReport.fmt("%.2f", e.path("usd_per_accelerator_hour").asDouble()))
                .append(" $ per accelerator-hour against ")
                .append(RunReport.fmt("%.2f", e.path("terrestrial_usd_per_accelerator_hour").asDouble()))
                .append("; break-even launch price ")
                .append(e.path("break_even_launch_usd_per_kg").isNumber()
                        ? RunReport.fmt("%,.0f $/kg", e.path("break_even_launch_usd_per_kg").asDouble()) : "none")
                .append(".</p>\n");
        if (has("costs")) {
            chart("waterfall", "Orbit's $ per kW-year, item by item", "");
        }
        chart("spaceground", "Space against ground, $ per kW-year", "");
        JsonNode mob = e.path("make_or_buy");
        if (mob.isObject()) {
            b.append("<p>Make or buy launches: buying costs ")
                    .append(RunReport.fmt("%.1f M$", mob.path("buy_npv_usd").asDouble() / 1e6))
                    .append(" (present value), owning a provider ")
                    .append(RunReport.fmt("%.1f M$", mob.path("own_npv_usd").asDouble() / 1e6)).append("; ")
                    .append(Html.text(mob.path("cheaper").asText())).append(" is cheaper.</p>\n");
        }
        b.append("</section>\n");
    }

    private void licensing() {
        section("licensing", "Licensing checks");
        JsonNode checks = summary.path("economics").path("licensing");
        if (!checks.isArray() || checks.isEmpty()) {
            b.append("<p class=\"missing\">No licensing checks in this run (they come with the economics section)."
                    + "</p>\n</section>\n");
            return;
        }
        b.append("<ul class=\"checks\">\n");
        for (JsonNode c : checks) {
            String status = c.path("status").asText();
            String cls = switch (status) {
                case "met" -> "met";
                case "missed", "active_disposal_needed" -> "missed";
                default -> "pending";
            };
            b.append("<li class=\"").append(cls).append("\"><span class=\"status\">").append(Html.text(status.replace('_', ' ')))
                    .append("</span> <strong>").append(Html.text(c.path("rule").asText())).append("</strong>: ")
                    .append(Html.text(c.path("requirement").asText())).append(" (deadline ")
                    .append(Html.text(c.path("deadline_utc").asText("none"))).append(", reached ")
                    .append(Html.text(c.path("reached_utc").isNull() ? "never" : c.path("reached_utc").asText()))
                    .append(")</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    /** A section summary.json may gain later (e.g. network): its scalar fields as a two-column table. */
    private void optionalSection(String field, String title) {
        JsonNode n = summary.path(field);
        if (!n.isObject()) {
            return;
        }
        section(field, title);
        b.append("<table><tbody>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = RunReport.fields(n); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isValueNode()) {
                b.append("<tr><th>").append(Html.text(f.getKey())).append("</th><td>")
                        .append(Html.text(f.getValue().asText())).append("</td></tr>\n");
            }
        }
        b.append("</tbody></table>\n</section>\n");
    }

    private boolean has(String table) {
        return tables != null && tables.has(table);
    }

    private void section(String id, String title) {
        b.append("<section id=\"").append(id).append("\"><h2>").append(Html.text(title)).append("</h2>\n");
    }

    private void chart(String id, String caption, String cssClass) {
        b.append("<figure><figcaption>").append(Html.text(caption)).append("</figcaption><div class=\"chart ")
                .append(cssClass).append("\" id=\"chart-").append(id).append("\" data-chart=\"").append(id)
                .append("\"></div></figure>\n");
    }

    private void missing(String what) {
        b.append("<p class=\"missing\">").append(Html.text(what.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + what.substring(1))).append(tables == null ? ": needs results.duckdb, which this run folder lacks."
                : ": the run's database has no rows for it.").append("</p>\n");
    }

    private interface Row {
        String[] cells(JsonNode n);
    }

    private void table(String[] head, JsonNode rows, Row row) {
        if (!rows.isArray() || rows.isEmpty()) {
            return;
        }
        b.append("<table><thead><tr>");
        for (String h : head) {
            b.append("<th>").append(Html.text(h)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (JsonNode r : rows) {
            b.append("<tr>");
            for (String c : row.cells(r)) {
                b.append("<td>").append(Html.text(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private static String pct(JsonNode fraction) {
        return fraction.isNumber() ? RunReport.fmt("%.1f %%", 100 * fraction.asDouble()) : "n/a";
    }

    private static String days(JsonNode seconds) {
        return seconds.isNumber() ? RunReport.fmt("%.2f", seconds.asDouble() / DAY_S) : "—";
    }
}
