package org.skyrack.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@code report.html} for a run folder from its {@code summary.json} and, when present, its
 * {@code results.duckdb}: one self-contained page (ECharts, the map and the data embedded, no
 * network request) with the headline figures, the constellation, sunlight, power and heat, links,
 * work, the launch campaign, cost and licensing. The file is written to a temporary sibling and
 * moved into place, so a reader never sees half a report.
 */
public final class RunReport {

    /** The report's file name in the run folder. */
    public static final String FILE_NAME = "report.html";
    /** The run summary the report needs. */
    public static final String SUMMARY = "summary.json";
    /** The run's tables; optional (summary-only sections without it). */
    public static final String DATABASE = "results.duckdb";

    /** ECharts inside its WebJar (org.webjars.npm:echarts, Apache-2.0). */
    static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";
    /** Natural Earth 1:110m land outlines as [[lon, lat], ...] rings, degrees (public domain; see README.md beside it). */
    static final String LAND_RESOURCE = "ne_110m_land.json";

    /**
     * Forbids every load from anywhere (network, other files); inline scripts and styles and data:
     * images (the canvas's own) are allowed. A stray request shows as a console error.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";

    /** Permissions of the written report: owner read-write, everyone read, like the run's other files. */
    private static final String READABLE_BY_ALL = "rw-r--r--";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunReport() {
    }

    /**
     * Builds the report of {@code runDir} and writes it to {@code runDir/report.html}.
     *
     * @return the file written
     * @throws ReportInputException when the folder or its summary cannot be read
     */
    public static Path write(Path runDir) {
        Path target = runDir.resolve(FILE_NAME);
        String html = build(runDir);
        try {
            Path tmp = Files.createTempFile(runDir, "." + FILE_NAME + ".", ".partial");
            try {
                Files.writeString(tmp, html, StandardCharsets.UTF_8);
                if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                    // createTempFile makes it owner-only; a report is as readable as the run's other files.
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(READABLE_BY_ALL));
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The report of {@code runDir} as HTML text. */
    static String build(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new ReportInputException("skyrack: report: " + runDir + ": not a folder (expected a run folder "
                    + "written by 'skyrack simulate' or 'skyrack demo')");
        }
        Path summaryFile = runDir.resolve(SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new ReportInputException("skyrack: report: " + summaryFile + ": missing (expected the run's "
                    + SUMMARY + "; is " + runDir + " a run folder?)");
        }
        JsonNode summary;
        try {
            summary = JSON.readTree(summaryFile.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ReportInputException("skyrack: report: " + summaryFile + ": not valid JSON ("
                    + e.getOriginalMessage() + "; expected the summary a run writes)");
        } catch (IOException e) {
            throw new ReportInputException("skyrack: report: " + summaryFile + ": cannot read it (" + e.getMessage()
                    + ")");
        }
        if (summary == null || !summary.isObject() || !summary.has("scenario")) {
            throw new ReportInputException("skyrack: report: " + summaryFile + ": not a run summary (no 'scenario' "
                    + "field; expected the summary a run writes)");
        }
        Path database = runDir.resolve(DATABASE);
        ObjectNode tables = Files.isRegularFile(database)
                ? ResultsTables.read(database, summary.path("duration_s").asDouble(0)) : null;
        return new ReportPage(summary, tables).html(resource(ECHARTS_RESOURCE), landJson());
    }

    private static String landJson() {
        return resource(LAND_RESOURCE);
    }

    private static String resource(String name) {
        try (InputStream in = RunReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as JSON text. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field of an object node, for the generic tables of optional sections. */
    static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        return n.fields();
    }

    static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** The page's script, template and styles, from resources beside this class. */
    static String pageResource(String name) {
        return resource(name);
    }
}
