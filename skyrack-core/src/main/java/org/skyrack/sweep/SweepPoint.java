package org.skyrack.sweep;

import java.util.List;

/**
 * One point of a sweep: the base scenario with some fields set.
 *
 * @param id       stable id: the first 16 hex digits of the SHA-256 of {@code scenarioYaml}
 * @param seed     the point's random seed, from the sweep seed and {@code id} (replaces scenario.seed)
 * @param inputs   the swept values as written in the sweep file, in {@link SweepSpec#inputColumns()} order
 * @param scenarioYaml the resolved scenario, as YAML text
 */
public record SweepPoint(String id, long seed, List<String> inputs, String scenarioYaml) {

    public SweepPoint {
        inputs = List.copyOf(inputs);
    }

    /** One line of tab-separated, escaped fields, how engines ship a point to a worker; see {@link #decode}. */
    public String encode() {
        StringBuilder b = new StringBuilder(PointResult.escape(id)).append('\t').append(seed).append('\t')
                .append(inputs.size());
        for (String in : inputs) {
            b.append('\t').append(PointResult.escape(in));
        }
        return b.append('\t').append(PointResult.escape(scenarioYaml)).toString();
    }

    /** Reads a line written by {@link #encode}. */
    public static SweepPoint decode(String line) {
        String[] f = line.split("\t", -1);
        int n = Integer.parseInt(f[2]);
        List<String> inputs = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(PointResult.unescape(f[3 + i]));
        }
        return new SweepPoint(PointResult.unescape(f[0]), Long.parseLong(f[1]), inputs,
                PointResult.unescape(f[3 + n]));
    }
}
