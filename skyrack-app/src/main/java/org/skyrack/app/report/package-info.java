/**
 * The run report: {@code report.html}, one self-contained page built from a run folder's
 * {@code summary.json} and {@code results.duckdb}.
 *
 * <p>The page opens offline and makes no network request: Apache ECharts
 * ({@code dist/echarts.min.js} from the {@code org.webjars.npm:echarts} WebJar, Apache-2.0) and the
 * Natural Earth 1:110m land outlines (public domain, via the world-atlas package; see
 * {@code README.md} beside the resource) are embedded, and a Content-Security-Policy meta tag forbids
 * every network load, so a stray one shows as a console error. Tables that can hold millions of rows
 * are reduced in SQL before they are embedded (time bins sized so a chart holds about
 * {@value org.skyrack.app.report.ResultsTables#TARGET_POINTS} points, satellites sampled evenly).
 * Every string that came from a user (scenario, group, station, job names) is escaped: as HTML text in
 * the page, and with {@code <} written as {@code \u003c} in the JSON data block so it cannot close
 * its {@code <script>} element.
 *
 * <p>Without {@code results.duckdb} (runs made before it existed) the report keeps the sections
 * {@code summary.json} can fill and says which ones need the database.
 */
package org.skyrack.app.report;
