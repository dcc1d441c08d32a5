package org.skyrack.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.MathContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.skyrack.scenario.ErrorCode;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioException;
import org.skyrack.scenario.ScenarioReader;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A sweep expanded into its points, each validated. Expansion is deterministic: the grid's
 * Cartesian product in file order (last variable fastest), each combination with every sample
 * draw; draws come from a {@link SplittableRandom} seeded with the sweep seed, so the same
 * sweep file gives the same points, ids and seeds on every machine.
 *
 * <p>Validation reads every point's scenario up front. A problem at a swept field (a unit of the
 * wrong kind, a value out of its range, a key the language does not have) is a problem of the
 * sweep file, reported at the variable's line, and nothing runs. A problem elsewhere (values
 * that are each fine but do not fit together, such as a Walker total not divisible by its
 * planes) makes that point invalid: it is recorded as failed with the problem and the others run.
 */
public final class SweepPlan {

    /** Hex digits of a point id (64 bits of the SHA-256). */
    public static final int ID_HEX_DIGITS = 16;
    /** Significant digits of sampled values, so they read as written values. */
    private static final MathContext SAMPLE_DIGITS = new MathContext(9);

    private final SweepSpec spec;
    private final List<SweepPoint> points;
    private final Map<String, String> invalid;

    private SweepPlan(SweepSpec spec, List<SweepPoint> points, Map<String, String> invalid) {
        this.spec = spec;
        this.points = points;
        this.invalid = invalid;
    }

    /**
     * Expands and validates a sweep.
     *
     * @param validate whether to read every point's scenario (engines that received an already
     *                 validated plan skip it)
     * @throws ScenarioException for problems of the base scenario or the sweep file
     */
    public static SweepPlan of(SweepSpec spec, boolean validate) {
        String baseText;
        try {
            baseText = Files.readString(spec.scenario(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ScenarioException(List.of(new Problem(spec.file().toString(), 0, "sweep.scenario",
                    ErrorCode.FILE_UNREADABLE, "cannot read " + spec.scenario() + ": " + e.getMessage())));
        }
        if (validate) {
            ScenarioReader.read(spec.scenario()); // the base's own problems, with its own lines
        }
        if (validate) {
            checkRangeEnds(spec, baseText);
        }
        List<List<String>> combos = combinations(spec);
        List<String> columns = spec.inputColumns();
        List<SweepVariable> vars = new ArrayList<>(spec.grid());
        vars.addAll(spec.ranges());
        List<SweepPoint> out = new ArrayList<>(combos.size());
        Map<String, String> invalid = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        List<Problem> sweepProblems = new ArrayList<>();
        for (List<String> values : combos) {
            ScenarioTree tree = ScenarioTree.parse(baseText);
            for (int i = 0; i < vars.size(); i++) {
                try {
                    tree.set(vars.get(i).path(), node(values.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(List.of(new Problem(spec.file().toString(), vars.get(i).line(),
                            prefix(vars.get(i)) + columns.get(i), ErrorCode.UNKNOWN_KEY, e.getMessage())));
                }
            }
            String text = tree.text();
            String id = id(text);
            if (!ids.add(id)) {
                continue; // two combinations giving the same scenario are one point
            }
            SweepPoint p = new SweepPoint(id, pointSeed(spec.seed(), id), values, text);
            out.add(p);
            if (validate) {
                String error = validate(spec, vars, p, sweepProblems);
                if (error != null) {
                    invalid.put(id, error);
                }
            }
            if (!sweepProblems.isEmpty()) {
                throw new ScenarioException(sweepProblems);
            }
        }
        return new SweepPlan(spec, List.copyOf(out), Collections.unmodifiableMap(invalid));
    }

    /** The sweep. */
    public SweepSpec spec() {
        return spec;
    }

    /** Every point, in expansion order. */
    public List<SweepPoint> points() {
        return points;
    }

    /** Points whose scenario is invalid, by id, with the first problem as one line. */
    public Map<String, String> invalid() {
        return invalid;
    }

    /** The label a point's scenario problems name: the base file, with the point id. */
    public static Path pointFile(SweepSpec spec, String id) {
        return pointFile(spec.scenario(), id);
    }

    /** The label a point's scenario problems name: {@code BASE@ID} beside the base scenario file. */
    public static Path pointFile(Path baseScenario, String id) {
        return baseScenario.resolveSibling(baseScenario.getFileName() + "@" + id);
    }

    /** The stable id of a resolved scenario text. */
    public static String id(String scenarioYaml) {
        return HexFormat.of().formatHex(sha256(scenarioYaml)).substring(0, ID_HEX_DIGITS);
    }

    /** A point's seed: 63 bits of the SHA-256 of the sweep seed and the point id, so never negative. */
    public static long pointSeed(long sweepSeed, String id) {
        byte[] h = sha256(sweepSeed + "/" + id);
        long v = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            v = (v << 8) | (h[i] & 0xff);
        }
        return v & Long.MAX_VALUE;
    }

    private static String validate(SweepSpec spec, List<SweepVariable> vars, SweepPoint p, List<Problem> sweepProblems) {
        try {
            ScenarioReader.read(pointFile(spec, p.id()), p.scenarioYaml());
            return null;
        } catch (ScenarioException e) {
            for (Problem q : e.problems()) {
                for (SweepVariable v : vars) {
                    if (atSweptField(q, v) && isValueProblem(q.code())) {
                        sweepProblems.add(new Problem(spec.file().toString(), v.line(), prefix(v) + v.path().text(),
                                q.code(), q.message()));
                        return null;
                    }
                }
            }
            return e.problems().get(0).toString();
        }
    }

    private static boolean atSweptField(Problem q, SweepVariable v) {
        String swept = v.path().text();
        boolean ancestor = !q.path().isEmpty() && (swept.startsWith(q.path() + ".") || swept.startsWith(q.path() + "["));
        return q.path().equals(swept) || q.path().startsWith(swept + ".") || q.path().startsWith(swept + "[")
                || ancestor && q.code() == ErrorCode.UNKNOWN_KEY;
    }

    /**
     * Both ends of every range, each set alone in the base scenario, must be valid values of the
     * field, so a range reaching outside the field's allowed values fails before any draw.
     */
    private static void checkRangeEnds(SweepSpec spec, String baseText) {
        List<Problem> problems = new ArrayList<>();
        for (SweepVariable.Range r : spec.ranges()) {
            for (double end : new double[] {r.low(), r.high()}) {
                String number = r.integer() ? Long.toString((long) end)
                        : new BigDecimal(end).round(SAMPLE_DIGITS).stripTrailingZeros().toPlainString();
                String value = r.unit().isEmpty() ? number : number + " " + r.unit();
                ScenarioTree tree = ScenarioTree.parse(baseText);
                try {
                    tree.set(r.path(), ScenarioTree.scalar(value));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(List.of(new Problem(spec.file().toString(), r.line(),
                            prefix(r) + r.path().text(), ErrorCode.UNKNOWN_KEY, e.getMessage())));
                }
                String text = tree.text();
                SweepPoint probe = new SweepPoint(id(text), 0, List.of(value), text);
                validate(spec, List.of(r), probe, problems);
                if (!problems.isEmpty()) {
                    throw new ScenarioException(problems);
                }
            }
        }
    }

    private static boolean isValueProblem(ErrorCode c) {
        return c != ErrorCode.INCONSISTENT && c != ErrorCode.DUPLICATE_NAME && c != ErrorCode.UNDEFINED_REFERENCE;
    }

    private static String prefix(SweepVariable v) {
        return v instanceof SweepVariable.Grid ? "grid." : "samples.ranges.";
    }

    private static Node node(String value) {
        String t = value.strip();
        return t.startsWith("[") || t.startsWith("{") ? ScenarioTree.valueNode(t) : ScenarioTree.scalar(value);
    }

    /** Every combination of values, grid product first, then the draws. */
    static List<List<String>> combinations(SweepSpec spec) {
        List<List<String>> grid = new ArrayList<>();
        grid.add(List.of());
        for (SweepVariable.Grid g : spec.grid()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : grid) {
                for (String v : g.values()) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(c);
                }
            }
            grid = next;
        }
        if (spec.ranges().isEmpty()) {
            return grid;
        }
        List<List<String>> draws = draws(spec);
        List<List<String>> out = new ArrayList<>(grid.size() * draws.size());
        for (List<String> g : grid) {
            for (List<String> d : draws) {
                List<String> c = new ArrayList<>(g);
                c.addAll(d);
                out.add(c);
            }
        }
        return out;
    }

    private static List<List<String>> draws(SweepSpec spec) {
        int n = spec.samples();
        int k = spec.ranges().size();
        double[][] u = new double[n][k];
        SplittableRandom random = new SplittableRandom(spec.seed());
        for (int j = 0; j < k; j++) {
            SplittableRandom r = random.split();
            if (spec.method() == SampleMethod.LATIN_HYPERCUBE) {
                int[] strata = new int[n];
                for (int i = 0; i < n; i++) {
                    strata[i] = i;
                }
                for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                    int s = r.nextInt(i + 1);
                    int tmp = strata[i];
                    strata[i] = strata[s];
                    strata[s] = tmp;
                }
                for (int i = 0; i < n; i++) {
                    u[i][j] = (strata[i] + r.nextDouble()) / n;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    u[i][j] = r.nextDouble();
                }
            }
        }
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> d = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                d.add(value(spec.ranges().get(j), u[i][j]));
            }
            out.add(d);
        }
        return out;
    }

    /** The value at fraction {@code u} in [0, 1) of a range, written as number and unit. */
    static String value(SweepVariable.Range r, double u) {
        String number;
        if (r.integer()) {
            long lo = (long) r.low();
            long span = (long) r.high() - lo + 1;
            number = Long.toString(lo + Math.min(span - 1, (long) Math.floor(u * span)));
        } else {
            double x = r.low() + u * (r.high() - r.low());
            number = new BigDecimal(x).round(SAMPLE_DIGITS).stripTrailingZeros().toPlainString();
        }
        return r.unit().isEmpty() ? number : number + " " + r.unit();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Reads a point's scenario with its own seed. */
    public static Scenario scenario(Path baseScenario, SweepPoint p) {
        Scenario s = ScenarioReader.read(pointFile(baseScenario, p.id()), p.scenarioYaml());
        return s.withInfo(new org.skyrack.scenario.ScenarioInfo(s.info().name(), s.info().description(),
                s.info().epoch(), s.info().durationS(), p.seed()));
    }
}
