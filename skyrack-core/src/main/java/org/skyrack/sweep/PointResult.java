package org.skyrack.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The row a sweep keeps for one point: its id and seed, the swept values as written, and either
 * the {@link SweepColumns} figures of its run or the one-line error that stopped it.
 *
 * @param id      the point id
 * @param seed    the point's seed
 * @param inputs  swept values, in {@link SweepSpec#inputColumns()} order
 * @param error   why the point has no figures (invalid scenario, model error), or null when it ran
 * @param figures the figures, in {@link SweepColumns#FIGURES} order; NaN where absent; all NaN when failed
 */
public record PointResult(String id, long seed, List<String> inputs, String error, double[] figures) {

    public PointResult {
        Objects.requireNonNull(id, "id");
        inputs = List.copyOf(inputs);
        figures = figures.clone();
        if (figures.length != SweepColumns.FIGURES.size()) {
            throw new IllegalArgumentException("expected " + SweepColumns.FIGURES.size() + " figures, got "
                    + figures.length);
        }
        if (error != null) {
            error = error.replace('\n', ' ').replace('\r', ' ');
        }
    }

    /** A failed point: no figures. */
    public static PointResult failed(SweepPoint p, String error) {
        double[] none = new double[SweepColumns.FIGURES.size()];
        Arrays.fill(none, Double.NaN);
        return new PointResult(p.id(), p.seed(), p.inputs(), error, none);
    }

    /** {@code ok} or {@code failed}. */
    public String status() {
        return error == null ? "ok" : "failed";
    }

    /** A figure by name. */
    public double figure(String name) {
        int i = SweepColumns.index(name);
        if (i < 0) {
            throw new IllegalArgumentException("no figure " + name);
        }
        return figures[i];
    }

    @Override
    public double[] figures() {
        return figures.clone();
    }

    /**
     * One line of tab-separated fields (tab, newline, carriage return and backslash escaped),
     * how the Spark job hands rows back; {@link #decode} reads it back exactly.
     */
    public String encode() {
        StringBuilder b = new StringBuilder();
        b.append(escape(id)).append('\t').append(seed).append('\t').append(error == null ? "\\0" : escape(error));
        b.append('\t').append(inputs.size());
        for (String in : inputs) {
            b.append('\t').append(escape(in));
        }
        for (double f : figures) {
            b.append('\t').append(Double.isNaN(f) ? "" : Double.toString(f));
        }
        return b.toString();
    }

    /** Reads a line written by {@link #encode}. */
    public static PointResult decode(String line) {
        String[] f = line.split("\t", -1);
        int n = Integer.parseInt(f[3]);
        List<String> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(unescape(f[4 + i]));
        }
        double[] figures = new double[SweepColumns.FIGURES.size()];
        if (f.length != 4 + n + figures.length) {
            throw new IllegalArgumentException("a point row has " + f.length + " fields, expected " + (4 + n
                    + figures.length));
        }
        for (int i = 0; i < figures.length; i++) {
            String v = f[4 + n + i];
            figures[i] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        }
        return new PointResult(unescape(f[0]), Long.parseLong(f[1]), inputs, f[2].equals("\\0") ? null
                : unescape(f[2]), figures);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointResult r && r.encode().equals(encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
