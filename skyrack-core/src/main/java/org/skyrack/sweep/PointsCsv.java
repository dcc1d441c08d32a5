package org.skyrack.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code points.csv}: one row per point sorted by point id, so two runs of one sweep compare with
 * {@code cmp} whatever engine ran them and in whatever order the points finished. Columns:
 * {@code point_id, seed, status, error}, the swept fields (values as written), then the
 * {@link SweepColumns} figures ({@link Double#toString}, empty where absent). RFC 4180 quoting.
 */
public final class PointsCsv {

    private PointsCsv() {
    }

    /** The whole file. */
    public static String write(List<String> inputColumns, List<PointResult> rows) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("point_id", "seed", "status", "error"));
        header.addAll(inputColumns);
        header.addAll(SweepColumns.FIGURES);
        line(b, header);
        List<PointResult> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(PointResult::id));
        for (PointResult r : sorted) {
            List<String> f = new ArrayList<>();
            f.add(r.id());
            f.add(Long.toString(r.seed()));
            f.add(r.status());
            f.add(r.error() == null ? "" : r.error());
            f.addAll(r.inputs());
            for (double v : r.figures()) {
                f.add(Double.isNaN(v) ? "" : Double.toString(v));
            }
            line(b, f);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = fields.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
    }
}
