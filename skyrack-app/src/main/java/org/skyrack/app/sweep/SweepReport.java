package org.skyrack.app.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.skyrack.sweep.Objective;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.SweepSpec;

/**
 * {@code sweep.html}: one self-contained page (ECharts 5.3.1 inline from its WebJar, data inline
 * as JSON, a Content-Security-Policy that forbids every network load) with the Pareto scatter of
 * the first two Pareto objectives (front highlighted), the sensitivity bars per objective, and
 * the best points. Every string from the user's files is HTML-escaped in the page and
 * JSON-escaped (with {@code <} as {@code \u003c}) in the data.
 */
final class SweepReport {

    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data:";

    private SweepReport() {
    }

    static String html(SweepSpec spec, List<PointResult> rows, List<PointResult> front, List<PointResult> best,
                       List<Objective> objectives, double[][] rho) {
        StringBuilder data = new StringBuilder("{\"x\":").append(json(spec.pareto().get(0).toString()))
                .append(",\"y\":").append(json(spec.pareto().get(1).toString())).append(",\"all\":[");
        String xCol = spec.pareto().get(0).column();
        String yCol = spec.pareto().get(1).column();
        appendPoints(data, rows, xCol, yCol);
        data.append("],\"front\":[");
        appendPoints(data, front, xCol, yCol);
        data.append("],\"inputs\":[");
        List<String> inputs = spec.inputColumns();
        for (int i = 0; i < inputs.size(); i++) {
            data.append(i > 0 ? "," : "").append(json(inputs.get(i)));
        }
        data.append("],\"objectives\":[");
        for (int j = 0; j < objectives.size(); j++) {
            data.append(j > 0 ? "," : "").append(json(objectives.get(j).toString()));
        }
        data.append("],\"rho\":[");
        for (int i = 0; i < rho.length; i++) {
            data.append(i > 0 ? "," : "").append('[');
            for (int j = 0; j < rho[i].length; j++) {
                data.append(j > 0 ? "," : "").append(number(rho[i][j]));
            }
            data.append(']');
        }
        data.append("]}");

        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<title>sweep ").append(esc(spec.name())).append("</title>\n")
                .append("<style>body{font:14px sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#eee}"
                        + ".chart{width:100%;height:420px}</style>\n</head><body>\n")
                .append("<h1>Sweep ").append(esc(spec.name())).append("</h1>\n<p>")
                .append(rows.size()).append(" points, ").append(rows.stream().filter(r -> r.error() == null).count())
                .append(" ran, base scenario ").append(esc(spec.scenario().getFileName().toString()))
                .append(", seed ").append(spec.seed()).append(".</p>\n")
                .append("<h2>Pareto front</h2><p>").append(front.size()).append(" points on the front over ")
                .append(esc(String.join(", ", spec.pareto().stream().map(Objective::toString).toList())))
                .append("; the chart shows the first two.</p><div id=\"pareto\" class=\"chart\" data-chart=\"pareto\"></div>\n")
                .append("<h2>Sensitivity</h2><p>Spearman rank correlation of each objective with each swept input "
                        + "over the points that ran (−1 to 1; empty: not a quantity, or constant).</p>"
                        + "<div id=\"sens\" class=\"chart\" data-chart=\"sens\"></div>\n")
                .append("<h2>Best points by ").append(esc(spec.objective().toString())).append("</h2>\n<table><tr>"
                        + "<th>point</th>");
        for (String in : inputs) {
            h.append("<th>").append(esc(in)).append("</th>");
        }
        h.append("<th>").append(esc(spec.objective().column())).append("</th></tr>\n");
        for (PointResult r : best) {
            h.append("<tr><td>").append(esc(r.id())).append("</td>");
            for (String v : r.inputs()) {
                h.append("<td>").append(esc(v)).append("</td>");
            }
            h.append("<td>").append(String.format(Locale.ROOT, "%.6g", r.figure(spec.objective().column())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<script type=\"application/json\" id=\"data\">").append(data).append("</script>\n<script>")
                .append(echarts()).append("</script>\n<script>\n")
                .append("var d=JSON.parse(document.getElementById('data').textContent);\n")
                // Instances kept where the browser check looks for them, as in the run report.
                .append("var charts=window.skyrackCharts={pareto:echarts.init(document.getElementById('pareto')),"
                        + "sens:echarts.init(document.getElementById('sens'))};\n")
                .append("charts.pareto.setOption({animation:false,tooltip:{},"
                        + "legend:{},xAxis:{name:d.x,scale:true,nameLocation:'middle',nameGap:30},yAxis:{name:d.y,"
                        + "scale:true},series:[{name:'points',type:'scatter',symbolSize:5,itemStyle:{color:'#bbb'},"
                        + "data:d.all},{name:'Pareto front',type:'scatter',symbolSize:8,itemStyle:{color:'#c23531'},"
                        + "data:d.front}]});\n")
                .append("charts.sens.setOption({animation:false,tooltip:{},"
                        + "legend:{},grid:{left:260},xAxis:{type:'value',min:-1,max:1},yAxis:{type:'category',"
                        + "data:d.inputs},series:d.objectives.map(function(o,j){return {name:o,type:'bar',"
                        + "data:d.rho.map(function(r){return r[j];})};})});\n"
                        + "document.body.setAttribute('data-charts-drawn','2');\n</script>\n</body></html>\n");
        return h.toString();
    }

    private static void appendPoints(StringBuilder b, List<PointResult> rows, String x, String y) {
        boolean first = true;
        for (PointResult r : rows) {
            double a = r.error() == null ? r.figure(x) : Double.NaN;
            double c = r.error() == null ? r.figure(y) : Double.NaN;
            if (Double.isNaN(a) || Double.isNaN(c)) {
                continue;
            }
            b.append(first ? "" : ",").append('[').append(number(a)).append(',').append(number(c)).append(',')
                    .append(json(r.id())).append(']');
            first = false;
        }
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    /** A JSON string that is also safe inside a script element. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String echarts() {
        try (InputStream in = SweepReport.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is missing from the classpath (" + ECHARTS + ")");
            }
            // A script element ends at the first "</script": the minified library has none, but make sure.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
