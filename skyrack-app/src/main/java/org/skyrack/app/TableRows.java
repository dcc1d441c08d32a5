package org.skyrack.app;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBDataChunkWriter;
import org.duckdb.DuckDBWritableVector;

/**
 * Rows of one {@code results.duckdb} table held column by column in primitive arrays until
 * {@link ResultsDatabase} inserts them in one statement. A row is written left to right, one
 * {@code put} per column in the table's order, then {@link #endRow()}. {@code TIMESTAMP} values
 * are held as microseconds since 1970 and {@code DATE} values as days since 1970; the insert
 * turns them back into their SQL types ({@link #selectList()}), so nothing is boxed on the way.
 * Not thread-safe: one thread fills the rows, and they are handed on whole.
 */
final class TableRows {

    /** The SQL types the tables use, and how each is held here. */
    enum Kind {
        /** {@code INTEGER}, in {@link #longs}. */
        INTEGER(DuckDBColumnType.INTEGER),
        /** {@code BIGINT}, in {@link #longs}. */
        BIGINT(DuckDBColumnType.BIGINT),
        /** {@code DOUBLE}, in {@link #doubles}. */
        DOUBLE(DuckDBColumnType.DOUBLE),
        /** {@code BOOLEAN}, 0 or 1 in {@link #longs}. */
        BOOLEAN(DuckDBColumnType.BOOLEAN),
        /** {@code VARCHAR}, in {@link #strings}. */
        VARCHAR(DuckDBColumnType.VARCHAR),
        /** {@code TIMESTAMP}, microseconds since 1970 (UTC) in {@link #longs}; handed over as {@code BIGINT}. */
        TIMESTAMP(DuckDBColumnType.BIGINT),
        /** {@code DATE}, days since 1970 in {@link #longs}; handed over as {@code INTEGER}. */
        DATE(DuckDBColumnType.INTEGER);

        /** The type the rows are handed to DuckDB as. */
        final DuckDBColumnType handedOver;

        Kind(DuckDBColumnType handedOver) {
            this.handedOver = handedOver;
        }
    }

    /** Rows held at first; the arrays double as rows come, up to the capacity. */
    private static final int INITIAL_ROWS = 1024;

    private final List<String> names;
    private final Kind[] kinds;
    private final int capacity;
    private long[][] longs;
    private double[][] doubles;
    private String[][] strings;
    /** Per column, which rows are NULL; null for a column with no NULL yet. */
    private boolean[][] nulls;
    /** Rows the arrays have room for. */
    private int size;
    private int rows;
    private int column;

    /**
     * @param names    column names, in order
     * @param kinds    their types, in the same order
     * @param capacity most rows held before the table must be inserted
     */
    TableRows(List<String> names, List<Kind> kinds, int capacity) {
        if (names.size() != kinds.size()) {
            throw new IllegalArgumentException("columns: " + names.size() + " names for " + kinds.size() + " types");
        }
        this.names = List.copyOf(names);
        this.kinds = kinds.toArray(new Kind[0]);
        this.capacity = capacity;
        int n = this.kinds.length;
        longs = new long[n][];
        doubles = new double[n][];
        strings = new String[n][];
        nulls = new boolean[n][];
        allocate(Math.min(INITIAL_ROWS, capacity));
    }

    private void allocate(int size) {
        this.size = size;
        for (int c = 0; c < kinds.length; c++) {
            switch (kinds[c]) {
                case DOUBLE -> doubles[c] = doubles[c] == null ? new double[size] : Arrays.copyOf(doubles[c], size);
                case VARCHAR -> strings[c] = strings[c] == null ? new String[size] : Arrays.copyOf(strings[c], size);
                default -> longs[c] = longs[c] == null ? new long[size] : Arrays.copyOf(longs[c], size);
            }
            if (nulls[c] != null) {
                nulls[c] = Arrays.copyOf(nulls[c], size);
            }
        }
    }

    /** Rows held. */
    int rows() {
        return rows;
    }

    /** Whether no further row fits. */
    boolean full() {
        return rows >= capacity;
    }

    /** Forgets every row, keeping the arrays for the next ones. */
    void clear() {
        for (int c = 0; c < kinds.length; c++) {
            if (strings[c] != null) {
                Arrays.fill(strings[c], 0, rows, null);
            }
            if (nulls[c] != null) {
                Arrays.fill(nulls[c], 0, rows, false);
            }
        }
        rows = 0;
        column = 0;
    }

    private int next(Kind expected) {
        if (column >= kinds.length || kinds[column] != expected) {
            throw new IllegalStateException("column " + column + " of " + names + ": a " + expected + " put where "
                    + (column < kinds.length ? "a " + kinds[column] : "the row's end") + " was due");
        }
        if (rows == size) {
            if (rows >= capacity) {
                throw new IllegalStateException("rows of " + names + " full at " + capacity + "; insert them first");
            }
            allocate((int) Math.min(capacity, 2L * rows));
        }
        return column++;
    }

    /** An {@code INTEGER}. */
    TableRows put(int v) {
        longs[next(Kind.INTEGER)][rows] = v;
        return this;
    }

    /** A {@code BIGINT}. */
    TableRows put(long v) {
        longs[next(Kind.BIGINT)][rows] = v;
        return this;
    }

    /** A {@code DOUBLE} (NaN and infinities are stored as such). */
    TableRows put(double v) {
        doubles[next(Kind.DOUBLE)][rows] = v;
        return this;
    }

    /** A {@code DOUBLE}, or NULL when {@code v} is NaN ("never happened"). */
    TableRows putOrNull(double v) {
        if (Double.isNaN(v)) {
            return putNull(Kind.DOUBLE);
        }
        return put(v);
    }

    /** A {@code BOOLEAN}. */
    TableRows put(boolean v) {
        longs[next(Kind.BOOLEAN)][rows] = v ? 1 : 0;
        return this;
    }

    /** A {@code VARCHAR} (not null). */
    TableRows put(String v) {
        strings[next(Kind.VARCHAR)][rows] = java.util.Objects.requireNonNull(v, "string value");
        return this;
    }

    /** A {@code TIMESTAMP}, as microseconds since 1970-01-01T00:00Z. */
    TableRows putMicros(long epochMicros) {
        longs[next(Kind.TIMESTAMP)][rows] = epochMicros;
        return this;
    }

    /** A {@code DATE}. */
    TableRows put(LocalDate v) {
        longs[next(Kind.DATE)][rows] = v.toEpochDay();
        return this;
    }

    /** NULL in the next column, which must be of {@code kind}. */
    TableRows putNull(Kind kind) {
        int c = next(kind);
        if (nulls[c] == null) {
            nulls[c] = new boolean[size];
        }
        nulls[c][rows] = true;
        return this;
    }

    /** Ends the row; every column must have had its value. */
    void endRow() {
        if (column != kinds.length) {
            throw new IllegalStateException("row of " + names + " ended after " + column + " of " + kinds.length
                    + " columns");
        }
        column = 0;
        rows++;
    }

    /** Column names, in order. */
    List<String> names() {
        return names;
    }

    /** The type each column is handed to DuckDB as, in order. */
    DuckDBColumnType handedOver(int c) {
        return kinds[c].handedOver;
    }

    /**
     * The select list that turns the handed-over columns into the table's types:
     * {@code TIMESTAMP} from microseconds, {@code DATE} from days, every other column as it is.
     */
    String selectList() {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < kinds.length; c++) {
            if (c > 0) {
                sb.append(", ");
            }
            String n = names.get(c);
            switch (kinds[c]) {
                case TIMESTAMP -> sb.append("make_timestamp(").append(n).append(") AS ").append(n);
                case DATE -> sb.append("DATE '1970-01-01' + ").append(n).append(" AS ").append(n);
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }

    /** Writes rows {@code from} … {@code from + count − 1} into the first {@code count} rows of {@code out}. */
    void write(int from, int count, DuckDBDataChunkWriter out) {
        for (int c = 0; c < kinds.length; c++) {
            DuckDBWritableVector v = out.vector(c);
            switch (kinds[c]) {
                case INTEGER, DATE -> writeInts(longs[c], from, count, v);
                case BIGINT, TIMESTAMP -> writeLongs(longs[c], from, count, v);
                case BOOLEAN -> writeBooleans(longs[c], from, count, v);
                case DOUBLE -> writeDoubles(doubles[c], from, count, v);
                case VARCHAR -> v.setStrings(0, Arrays.copyOfRange(strings[c], from, from + count));
                default -> throw new IllegalStateException(kinds[c].toString());
            }
            if (nulls[c] != null) {
                writeNulls(nulls[c], from, count, v);
            }
        }
    }

    // One small loop per type, so each compiles on its own.

    private static void writeInts(long[] col, int from, int count, DuckDBWritableVector v) {
        for (int r = 0; r < count; r++) {
            v.setInt(r, (int) col[from + r]);
        }
    }

    private static void writeLongs(long[] col, int from, int count, DuckDBWritableVector v) {
        for (int r = 0; r < count; r++) {
            v.setLong(r, col[from + r]);
        }
    }

    private static void writeBooleans(long[] col, int from, int count, DuckDBWritableVector v) {
        for (int r = 0; r < count; r++) {
            v.setBoolean(r, col[from + r] != 0);
        }
    }

    private static void writeDoubles(double[] col, int from, int count, DuckDBWritableVector v) {
        for (int r = 0; r < count; r++) {
            v.setDouble(r, col[from + r]);
        }
    }

    private static void writeNulls(boolean[] isNull, int from, int count, DuckDBWritableVector v) {
        for (int r = 0; r < count; r++) {
            if (isNull[from + r]) {
                v.setNull(r);
            }
        }
    }
}
