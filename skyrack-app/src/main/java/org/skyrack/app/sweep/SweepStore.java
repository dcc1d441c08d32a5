package org.skyrack.app.sweep;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.SweepColumns;

/**
 * {@code sweep.duckdb}: table {@code points}, one row per point (id, seed, status, error, the
 * swept values as written, the {@link SweepColumns} figures, the resolved scenario), each
 * inserted and committed in its own transaction as the point finishes; table {@code meta} holds
 * the sweep's fingerprint so {@code --resume} refuses a changed sweep file.
 */
final class SweepStore implements AutoCloseable {

    private final Connection db;
    private final List<String> inputColumns;
    private final PreparedStatement insert;

    SweepStore(Path file, List<String> inputColumns) throws SQLException {
        this.db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        this.inputColumns = List.copyOf(inputColumns);
        StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS points (point_id VARCHAR PRIMARY KEY, "
                + "seed BIGINT NOT NULL, status VARCHAR NOT NULL, error VARCHAR");
        for (String in : inputColumns) {
            ddl.append(", ").append(quote(in)).append(" VARCHAR");
        }
        for (String f : SweepColumns.FIGURES) {
            ddl.append(", ").append(quote(f)).append(" DOUBLE");
        }
        ddl.append(", scenario_yaml VARCHAR NOT NULL)");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)");
            s.execute(ddl.toString());
        }
        int n = 4 + inputColumns.size() + SweepColumns.FIGURES.size() + 1;
        insert = db.prepareStatement("INSERT INTO points VALUES (" + "?, ".repeat(n - 1) + "?)");
        db.setAutoCommit(false);
        db.commit();
    }

    /** A meta value, if set. */
    Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            q.setString(1, key);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    void putMeta(String key, String value) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            q.setString(1, key);
            q.setString(2, value);
            q.executeUpdate();
        }
        db.commit();
    }

    /** Ids of the points already stored. */
    Set<String> doneIds() throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT point_id FROM points")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Stores one row and commits it. */
    void insert(PointResult p, String scenarioYaml) throws SQLException {
        int i = 1;
        insert.setString(i++, p.id());
        insert.setLong(i++, p.seed());
        insert.setString(i++, p.status());
        if (p.error() == null) {
            insert.setNull(i++, Types.VARCHAR);
        } else {
            insert.setString(i++, p.error());
        }
        for (String in : p.inputs()) {
            insert.setString(i++, in);
        }
        for (double f : p.figures()) {
            if (Double.isNaN(f)) {
                insert.setNull(i++, Types.DOUBLE);
            } else {
                insert.setDouble(i++, f);
            }
        }
        insert.setString(i, scenarioYaml);
        insert.executeUpdate();
        db.commit();
    }

    /** Every stored row, by point id. */
    List<PointResult> all() throws SQLException {
        List<PointResult> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM points ORDER BY point_id")) {
            while (r.next()) {
                int c = 1;
                String id = r.getString(c++);
                long seed = r.getLong(c++);
                c++; // status follows from error
                String error = r.getString(c++);
                List<String> inputs = new ArrayList<>();
                for (int k = 0; k < inputColumns.size(); k++) {
                    inputs.add(r.getString(c++));
                }
                double[] figures = new double[SweepColumns.FIGURES.size()];
                for (int k = 0; k < figures.length; k++) {
                    double v = r.getDouble(c++);
                    figures[k] = r.wasNull() ? Double.NaN : v;
                }
                out.add(new PointResult(id, seed, inputs, error, figures));
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        db.close();
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
