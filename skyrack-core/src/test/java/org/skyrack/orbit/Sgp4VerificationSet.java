package org.skyrack.orbit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.TimeScale;

/**
 * Vallado's SGP4 verification set (Vallado, Crawford, Hujsak &amp; Kelso, AIAA 2006-6753):
 * {@code SGP4-VER.TLE} (TLEs followed by start, stop and step in minutes) and
 * {@code tcppver.out} (reference TEME states in km and km/s), from
 * {@code src/test/resources/sgp4-kernel/}.
 */
final class Sgp4VerificationSet {

    /** One TLE of the set with its run: start, stop, step in min from the TLE epoch. */
    record Case(String line1, String line2, int norad, double startMin, double stopMin, double stepMin) {
        TLE tle(TimeScale utc) {
            return new TLE(line1, line2, utc);
        }
    }

    /** One reference state: t in min from the TLE epoch, position km, velocity km/s. */
    record Row(double tMin, double[] state) {
    }

    /**
     * The error codes that Vallado's reference run ends with, for the cases that end in one
     * (from the set's documentation; tcppver.out only shows the missing states).
     */
    static final Map<Integer, Integer> ERROR_CODES = Map.of(22312, 1, 28350, 1, 28872, 6, 29141, 6,
            33333, 4, 33334, 3, 20413, 6);

    private Sgp4VerificationSet() {
    }

    static List<Case> cases() {
        List<String> lines = lines("SGP4-VER.TLE");
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.startsWith("1 ")) {
                String line2 = lines.get(k + 1);
                String[] run = line2.substring(69).trim().split("\\s+");
                cases.add(new Case(line.substring(0, 69), line2.substring(0, 69),
                        Integer.parseInt(line.substring(2, 7).trim()), Double.parseDouble(run[0]),
                        Double.parseDouble(run[1]), Double.parseDouble(run[2])));
                k++;
            }
        }
        return cases;
    }

    /**
     * The reference states by NORAD number, in file order; a number that appears twice
     * (20413) keeps its first block only. The first row of 33334 repeats the previous
     * satellite's last state, so it is dropped.
     */
    static Map<Integer, List<Row>> reference() {
        Map<Integer, List<Row>> rows = new LinkedHashMap<>();
        List<Row> current = null;
        int currentNorad = -1;
        for (String line : lines("tcppver.out")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("xx")) {
                currentNorad = Integer.parseInt(trimmed.split("\\s+")[0]);
                current = rows.containsKey(currentNorad) ? null : new ArrayList<>();
                if (current != null) {
                    rows.put(currentNorad, current);
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            double[] state = new double[6];
            for (int j = 0; j < 6; j++) {
                state[j] = Double.parseDouble(f[j + 1]);
            }
            if (currentNorad == 33334 && current.isEmpty()) {
                current.add(null);
                continue;
            }
            current.add(new Row(Double.parseDouble(f[0]), state));
        }
        rows.replaceAll((norad, list) -> list.stream().filter(r -> r != null).toList());
        return rows;
    }

    private static List<String> lines(String name) {
        try (InputStream in = Sgp4VerificationSet.class.getResourceAsStream("/sgp4-kernel/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /sgp4-kernel/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
