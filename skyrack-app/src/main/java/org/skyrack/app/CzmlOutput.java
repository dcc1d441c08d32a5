package org.skyrack.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.orekit.time.AbsoluteDate;

/**
 * Ephemerides as CZML for CesiumJS, streamed with Jackson: a document packet (id
 * {@code document}, version 1.0, a clock over the window), then one packet per satellite
 * whose {@code position} holds {@code epoch}, {@code referenceFrame} ({@code FIXED} for ITRF,
 * {@code INERTIAL} for GCRF) and {@code cartesian} as {@code [t, x, y, z, ...]}, t in seconds
 * from the epoch and x, y, z in metres, with Lagrange interpolation between samples.
 */
final class CzmlOutput implements EphemerisStream.Sink {

    /** Cesium's interpolation degree for the positions (Lagrange). */
    private static final int INTERPOLATION_DEGREE = 5;
    /** Clock speed of the document: simulated seconds per real second. */
    private static final int CLOCK_MULTIPLIER = 60;
    private static final int POINT_PIXELS = 6;
    /** Point colours, cycled over the satellites (RGBA). */
    private static final int[][] COLOURS = {{255, 215, 0, 255}, {0, 200, 255, 255}, {255, 99, 71, 255},
        {124, 252, 0, 255}, {238, 130, 238, 255}, {255, 255, 255, 255}};

    private final JsonGenerator g;
    private final OrbitInput in;
    private final String referenceFrame;
    private final AbsoluteDate epoch;
    private final String epochIso;
    private final String interval;

    /**
     * @param referenceFrame {@code FIXED} or {@code INERTIAL}
     * @param stop           date of the last sample
     */
    CzmlOutput(Writer out, OrbitInput in, String referenceFrame, AbsoluteDate stop, String documentName)
            throws IOException {
        this.in = in;
        this.referenceFrame = referenceFrame;
        // The epoch as printed (to the millisecond), so that the offsets are exact against it.
        this.epoch = UtcTimes.roundToMillisecond(in.start());
        this.epochIso = in.times().format(epoch);
        this.interval = epochIso + "/" + in.times().format(stop);
        g = TableWriter.jsonGenerator(out);
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringField("id", "document");
        g.writeStringField("name", documentName);
        g.writeStringField("version", "1.0");
        g.writeObjectFieldStart("clock");
        g.writeStringField("interval", interval);
        g.writeStringField("currentTime", epochIso);
        g.writeNumberField("multiplier", CLOCK_MULTIPLIER);
        g.writeStringField("range", "LOOP_STOP");
        g.writeStringField("step", "SYSTEM_CLOCK_MULTIPLIER");
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void begin(int satellite) throws IOException {
        String id = in.ids().get(satellite);
        int[] c = COLOURS[satellite % COLOURS.length];
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", id);
        g.writeStringField("availability", interval);
        g.writeObjectFieldStart("label");
        g.writeStringField("text", id);
        g.writeObjectFieldStart("font");
        g.writeStringField("string", "11pt sans-serif");
        g.writeEndObject();
        g.writeObjectFieldStart("pixelOffset");
        g.writeArrayFieldStart("cartesian2");
        g.writeNumber(0);
        g.writeNumber(-14);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("point");
        g.writeNumberField("pixelSize", POINT_PIXELS);
        g.writeObjectFieldStart("color");
        g.writeArrayFieldStart("rgba");
        for (int v : c) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("position");
        g.writeStringField("epoch", epochIso);
        g.writeStringField("referenceFrame", referenceFrame);
        g.writeStringField("interpolationAlgorithm", "LAGRANGE");
        g.writeNumberField("interpolationDegree", INTERPOLATION_DEGREE);
        g.writeArrayFieldStart("cartesian");
    }

    @Override
    public void state(int satellite, AbsoluteDate date, double t, double[] pv) throws IOException {
        g.writeNumber(TableWriter.fixed(date.durationFrom(epoch), 3));
        g.writeNumber(TableWriter.fixed(pv[0], 3));
        g.writeNumber(TableWriter.fixed(pv[1], 3));
        g.writeNumber(TableWriter.fixed(pv[2], 3));
    }

    @Override
    public void end(int satellite) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Closes the packet array and flushes; the writer stays open. */
    void finish() throws IOException {
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }
}
