package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.attitudes.Attitude;
import org.orekit.errors.OrekitException;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.CenterName;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.ndm.WriterBuilder;
import org.orekit.files.ccsds.ndm.odm.OdmHeader;
import org.orekit.files.ccsds.ndm.odm.oem.InterpolationMethod;
import org.orekit.files.ccsds.ndm.odm.oem.OemMetadata;
import org.orekit.files.ccsds.ndm.odm.oem.OemWriter;
import org.orekit.files.ccsds.ndm.odm.oem.StreamingOemWriter;
import org.orekit.files.ccsds.utils.generation.KvnGenerator;
import org.orekit.frames.Frame;
import org.orekit.propagation.SpacecraftState;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.AbsolutePVCoordinates;
import org.orekit.utils.Constants;
import org.skyrack.orbit.SatelliteOrbit;

/**
 * Ephemerides as a CCSDS OEM 2.0 in KVN, written by Orekit's {@link StreamingOemWriter} as
 * the states arrive: one header, then one segment per satellite (OBJECT_NAME the sat_id,
 * OBJECT_ID the COSPAR designator for TLE satellites, else the name; CENTER_NAME EARTH; UTC).
 *
 * <p>Orekit's streaming writer keeps one metadata block for all its segments, so each
 * satellite gets its own writer; those after the first write their (identical) header into
 * a filter that drops everything before {@code META_START}.
 */
final class OemOutput implements EphemerisStream.Sink {

    /** The OEM version written (CCSDS 502.0-B-2). */
    static final double OEM_VERSION = 2.0;
    private static final int INTERPOLATION_DEGREE = 7;
    /** Two-digit TLE years below this are 20xx (the first satellite flew in 1957). */
    private static final int TLE_CENTURY_PIVOT = 57;
    /** Column at which KVN units would be aligned; 0 leaves units out, as the OEM data lines have none. */
    private static final int NO_UNITS_COLUMN = 0;

    private final OrbitInput in;
    private final Frame frame;
    private final AbsoluteDate stop;
    private final double stepS;
    private final OemWriter writer;
    private final OdmHeader header;
    private final HeaderFilter out;
    private StreamingOemWriter streaming;
    private StreamingOemWriter.SegmentWriter segment;
    private SpacecraftState last;

    /**
     * @param stop the last sample's date (STOP_TIME of every segment)
     */
    OemOutput(Writer out, OrbitInput in, Frame frame, AbsoluteDate stop, double stepS) {
        this.in = in;
        this.frame = frame;
        this.stop = stop;
        this.stepS = stepS;
        this.out = new HeaderFilter(out);
        this.writer = new WriterBuilder(in.fdc().dataContext()).buildOemWriter();
        this.header = new OdmHeader();
        header.setFormatVersion(OEM_VERSION);
        header.setOriginator("SKYRACK");
        header.setCreationDate(new AbsoluteDate(Instant.now().truncatedTo(ChronoUnit.SECONDS), in.fdc().utc()));
    }

    @Override
    public void begin(int satellite) {
        OemMetadata template = new OemMetadata(INTERPOLATION_DEGREE);
        template.setObjectName(in.ids().get(satellite));
        template.setObjectID(objectId(in.satellites().get(satellite), in.ids().get(satellite)));
        template.setCenter(BodyFacade.create(CenterName.EARTH, in.fdc().dataContext()));
        template.setReferenceFrame(FrameFacade.map(frame));
        template.setTimeSystem(TimeSystem.UTC);
        template.setInterpolationMethod(InterpolationMethod.LAGRANGE);
        template.setInterpolationDegree(INTERPOLATION_DEGREE);
        out.dropUntilMetadata(satellite > 0);
        KvnGenerator generator = new KvnGenerator(out, OemWriter.KVN_PADDING_WIDTH, "OEM", Constants.JULIAN_DAY,
                NO_UNITS_COLUMN);
        streaming = new StreamingOemWriter(generator, writer, header, template, false, false);
        segment = streaming.newSegment();
        last = null;
    }

    @Override
    public void state(int satellite, AbsoluteDate date, double t, double[] pv) {
        SpacecraftState s = new SpacecraftState(new AbsolutePVCoordinates(frame, date,
                new Vector3D(pv[0], pv[1], pv[2]), new Vector3D(pv[3], pv[4], pv[5])),
                new Attitude(date, frame, Rotation.IDENTITY, Vector3D.ZERO, Vector3D.ZERO));
        try {
            if (last == null) {
                segment.init(s, stop, stepS);
            }
            segment.handleStep(s);
        } catch (OrekitException e) {
            throw unwrap(e);
        }
        last = s;
    }

    @Override
    public void end(int satellite) throws IOException {
        try {
            segment.finish(last);
            streaming.close();
        } catch (OrekitException e) {
            throw unwrap(e);
        }
    }

    /** Orekit wraps the writer's IOExceptions; give them back as I/O errors. */
    private static RuntimeException unwrap(OrekitException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return e;
    }

    /** The COSPAR designator (1998-067A) of a TLE satellite when its TLE has one, else {@code id}. */
    static String objectId(SatelliteOrbit s, String id) {
        if (s.tleLines().isEmpty()) {
            return id;
        }
        String l1 = s.tleLines().get(0);
        // Columns 10-17 of line 1: launch year (2 digits), launch number (3), piece (up to 3).
        String designator = l1.length() >= 17 ? l1.substring(9, 17).strip() : "";
        if (designator.length() < 6 || !designator.substring(0, 5).chars().allMatch(Character::isDigit)) {
            return id;
        }
        int yy = Integer.parseInt(designator.substring(0, 2));
        int year = yy < TLE_CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
        return String.format(Locale.ROOT, "%d-%s%s", year, designator.substring(2, 5), designator.substring(5));
    }

    /** Passes text through, except that it can drop whole lines until one starts with META_START. */
    private static final class HeaderFilter implements Appendable {
        private final Writer out;
        private final StringBuilder line = new StringBuilder();
        private boolean dropping;

        HeaderFilter(Writer out) {
            this.out = out;
        }

        void dropUntilMetadata(boolean drop) {
            dropping = drop;
            line.setLength(0);
        }

        @Override
        public Appendable append(CharSequence csq) throws IOException {
            CharSequence s = csq == null ? "null" : csq;
            return append(s, 0, s.length());
        }

        @Override
        public Appendable append(CharSequence csq, int start, int end) throws IOException {
            CharSequence s = csq == null ? "null" : csq;
            if (!dropping) {
                out.append(s, start, end);
                return this;
            }
            for (int i = start; i < end; i++) {
                append(s.charAt(i));
            }
            return this;
        }

        @Override
        public Appendable append(char c) throws IOException {
            if (!dropping) {
                out.append(c);
                return this;
            }
            line.append(c);
            if (line.toString().startsWith("META_START")) {
                dropping = false;
                out.append(line);
                line.setLength(0);
            } else if (c == '\n') {
                line.setLength(0);
            }
            return this;
        }
    }
}
