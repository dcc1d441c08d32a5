package org.skyrack.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writes the rows of a geometry command as they arrive, as CSV (a header line, then one line
 * per row; text quoted only when it holds a comma, quote or line break) or as JSON (an array
 * of objects, one per line, keyed by the CSV column names). Numbers are handed over already
 * formatted ({@link #fixed}), so CSV and JSON carry the same digits.
 */
final class TableWriter {

    /** How a column is written in JSON. */
    enum Type {
        /** A JSON string. */
        TEXT,
        /** A JSON number, written with the given digits. */
        NUMBER
    }

    /** One column: its name (the CSV header and the JSON key) and type. */
    record Column(String name, Type type) {
        static Column text(String name) {
            return new Column(name, Type.TEXT);
        }

        static Column number(String name) {
            return new Column(name, Type.NUMBER);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final List<Column> columns;
    private final Writer out;
    private final JsonGenerator json;
    private long rows;

    private TableWriter(List<Column> columns, Writer out, boolean asJson) throws IOException {
        this.columns = List.copyOf(columns);
        this.out = out;
        if (asJson) {
            json = jsonGenerator(out);
            json.writeStartArray();
        } else {
            json = null;
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(columns.get(i).name());
            }
            out.write('\n');
        }
    }

    /** A table in CSV ({@code asJson} false) or JSON on {@code out}. */
    static TableWriter open(Writer out, boolean asJson, List<Column> columns) {
        try {
            return new TableWriter(columns, out, asJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one row: one value per column, numbers already formatted. */
    void row(String... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        try {
            if (json != null) {
                json.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    json.writeFieldName(columns.get(i).name());
                    if (columns.get(i).type() == Type.NUMBER) {
                        json.writeNumber(values[i]);
                    } else {
                        json.writeString(values[i]);
                    }
                }
                json.writeEndObject();
            } else {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(columns.get(i).type() == Type.TEXT ? csv(values[i]) : values[i]);
                }
                out.write('\n');
            }
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written so far. */
    long rows() {
        return rows;
    }

    /** Ends the table (closes the JSON array) and flushes; the writer stays open. */
    void finish() {
        try {
            if (json != null) {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON generator on {@code out} that leaves it open and puts each element of the top array on its own line. */
    static JsonGenerator jsonGenerator(Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new LinePerElement());
        return g;
    }

    /** RFC 4180 quoting, only where needed. */
    static String csv(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12};
    /** Largest scaled magnitude handled in long arithmetic (exact integers in a double). */
    private static final double LONG_PATH_LIMIT = 9.0e15;

    /** {@code x} with exactly {@code decimals} digits after the point, rounded half up; never "-0.000". */
    static String fixed(double x, int decimals) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        double scaled = x * POW10[decimals];
        if (Math.abs(scaled) >= LONG_PATH_LIMIT) {
            return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        long r = Math.round(scaled);
        StringBuilder b = new StringBuilder(24);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        String digits = Long.toString(r);
        for (int i = digits.length(); i <= decimals; i++) {
            b.append('0');
        }
        b.append(digits);
        if (decimals > 0) {
            b.insert(b.length() - decimals, '.');
        }
        return b.toString();
    }

    /** Top-level array elements one per line; everything inside them on that line. */
    private static final class LinePerElement implements PrettyPrinter {

        private static boolean topArray(JsonGenerator g) {
            return g.getOutputContext().inArray() && g.getOutputContext().getParent().inRoot();
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (topArray(g) && nrOfValues > 0) {
                g.writeRaw('\n');
            }
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(topArray(g) ? ",\n" : ",");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (topArray(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            // entries follow the brace directly
        }
    }
}
