package org.skyrack.sweep;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skyrack.scenario.ErrorCode;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.ScenarioException;
import org.skyrack.units.Units;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a sweep file ({@code docs/sweep.md}) into a {@link SweepSpec}. Every problem is collected
 * and thrown together as a {@link ScenarioException} of {@link Problem}s naming the sweep file,
 * line and field, like the scenario reader's. Whether a path exists in the scenario language and
 * whether its values have the right unit and range is checked by {@link SweepPlan}, which reads
 * every point's scenario.
 */
public final class SweepReader {

    /** Most points one sweep may hold. */
    public static final int MAX_POINTS = 1_000_000;
    /** Largest sweep file read, bytes. */
    private static final long MAX_FILE_BYTES = 1 << 20;
    private static final Pattern NUMBER_UNIT =
            Pattern.compile("([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Set<String> TOP = Set.of("sweep", "grid", "samples");
    private static final Set<String> SWEEP_KEYS = Set.of("name", "scenario", "seed", "objective", "pareto");
    private static final Set<String> SAMPLE_KEYS = Set.of("method", "count", "ranges");
    private static final String DEFAULT_OBJECTIVE = "economics.total_usd_per_kw_year min";
    private static final List<String> DEFAULT_PARETO = List.of("economics.total_usd_per_kw_year min",
            "power.compute_available_fraction max");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    private SweepReader(String file) {
        this.file = file;
    }

    /**
     * Reads and checks a sweep file.
     *
     * @throws ScenarioException listing every problem found
     */
    public static SweepSpec read(Path file) {
        SweepReader r = new SweepReader(file.toString());
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw r.fail(0, "", ErrorCode.FILE_TOO_LARGE, "file is larger than " + MAX_FILE_BYTES + " bytes");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw r.fail(0, "", ErrorCode.FILE_UNREADABLE, "cannot read the sweep file ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")");
        }
        SweepSpec s = r.read(file, text);
        if (!r.problems.isEmpty()) {
            throw new ScenarioException(r.problems);
        }
        return s;
    }

    private SweepSpec read(Path path, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw fail(e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1, "", ErrorCode.YAML_SYNTAX,
                    "malformed YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw fail(0, "", ErrorCode.YAML_SYNTAX, "malformed YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof MappingNode top)) {
            throw fail(0, "", ErrorCode.WRONG_TYPE, "a sweep file is a mapping with sections sweep:, grid: and samples:");
        }
        Map<String, NodeTuple> sections = keys(top, "", TOP);
        MappingNode sweep = mapping(sections.get("sweep"), "sweep", true);
        Map<String, NodeTuple> sk = sweep == null ? Map.of() : keys(sweep, "sweep", SWEEP_KEYS);
        String name = scalar(sk.get("name"), "sweep.name", false);
        if (name == null) {
            String f = path.getFileName().toString();
            name = f.replaceFirst("\\.ya?ml$", "");
        }
        String scenario = scalar(sk.get("scenario"), "sweep.scenario", sweep != null);
        Path base = scenario == null ? null : path.toAbsolutePath().getParent().resolve(scenario).normalize();
        if (base != null && !Files.isRegularFile(base)) {
            add(line(sk.get("scenario")), "sweep.scenario", ErrorCode.FILE_UNREADABLE,
                    "no such scenario file (got '" + scenario + "'; expected a path relative to the sweep file)");
        }
        long seed = 1;
        String seedText = scalar(sk.get("seed"), "sweep.seed", false);
        if (seedText != null) {
            if (!INTEGER.matcher(seedText.replace("_", "")).matches() || seedText.startsWith("-")) {
                add(line(sk.get("seed")), "sweep.seed", ErrorCode.NOT_A_NUMBER, "not a seed (got '" + seedText
                        + "'; expected an integer from 0 to " + Long.MAX_VALUE + ")");
            } else {
                try {
                    seed = Long.parseLong(seedText.replace("_", "").replace("+", ""));
                } catch (NumberFormatException e) {
                    add(line(sk.get("seed")), "sweep.seed", ErrorCode.OUT_OF_RANGE, "seed too large (got '"
                            + seedText + "'; expected 0 to " + Long.MAX_VALUE + ")");
                }
            }
        }
        Objective objective = objective(sk.get("objective"), "sweep.objective",
                scalarOr(sk.get("objective"), DEFAULT_OBJECTIVE));
        List<Objective> pareto = pareto(sk.get("pareto"));

        Set<String> seen = new HashSet<>();
        List<SweepVariable.Grid> grid = new ArrayList<>();
        MappingNode g = mapping(sections.get("grid"), "grid", false);
        long combinations = 1;
        if (g != null) {
            for (NodeTuple t : g.getValue()) {
                String key = keyText(t);
                String fieldPath = "grid." + key;
                SweepPath p = path(t, fieldPath, seen);
                List<String> values = new ArrayList<>();
                if (t.getValueNode() instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                    for (Node v : seq.getValue()) {
                        values.add(yamlText(v));
                    }
                } else {
                    add(line(t), fieldPath, ErrorCode.WRONG_TYPE, "expected a list of one or more values, e.g. "
                            + "[80 m^2, 120 m^2, 160 m^2]");
                }
                if (p != null && !values.isEmpty()) {
                    grid.add(new SweepVariable.Grid(p, line(t), values));
                    combinations *= values.size();
                    combinations = Math.min(combinations, (long) MAX_POINTS + 1);
                }
            }
        }
        List<SweepVariable.Range> ranges = new ArrayList<>();
        SampleMethod method = SampleMethod.LATIN_HYPERCUBE;
        int samples = 0;
        MappingNode smp = mapping(sections.get("samples"), "samples", false);
        if (smp != null) {
            Map<String, NodeTuple> k = keys(smp, "samples", SAMPLE_KEYS);
            String m = scalarOr(k.get("method"), "latin-hypercube").toLowerCase(Locale.ROOT);
            switch (m) {
                case "latin-hypercube", "lhs" -> method = SampleMethod.LATIN_HYPERCUBE;
                case "random" -> method = SampleMethod.RANDOM;
                default -> add(line(k.get("method")), "samples.method", ErrorCode.INVALID_CHOICE,
                        "not a sampling method (got '" + m + "'; expected latin-hypercube or random)");
            }
            String count = scalar(k.get("count"), "samples.count", true);
            if (count != null) {
                if (!INTEGER.matcher(count).matches() || Long.parseLong(count) < 1 || Long.parseLong(count) > MAX_POINTS) {
                    add(line(k.get("count")), "samples.count", ErrorCode.OUT_OF_RANGE, "not a sample count (got '"
                            + count + "'; expected an integer from 1 to " + MAX_POINTS + ")");
                } else {
                    samples = Integer.parseInt(count);
                }
            }
            MappingNode r = mapping(k.get("ranges"), "samples.ranges", true);
            if (r != null) {
                for (NodeTuple t : r.getValue()) {
                    String fieldPath = "samples.ranges." + keyText(t);
                    SweepPath p = path(t, fieldPath, seen);
                    SweepVariable.Range range = range(t, fieldPath, p);
                    if (range != null) {
                        ranges.add(range);
                    }
                }
            }
        }
        if (grid.isEmpty() && ranges.isEmpty() && problems.isEmpty()) {
            add(0, "", ErrorCode.MISSING_FIELD, "the sweep varies nothing (expected a grid: section, a samples: "
                    + "section with ranges:, or both)");
        }
        long points = combinations * Math.max(1, ranges.isEmpty() ? 1 : samples);
        if (points > MAX_POINTS) {
            add(0, "", ErrorCode.OUT_OF_RANGE, "the sweep has more than " + MAX_POINTS + " points (grid combinations "
                    + "times samples); expected at most " + MAX_POINTS);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new SweepSpec(path, name, base, seed, grid, ranges, method, ranges.isEmpty() ? 0 : samples, objective,
                pareto);
    }

    private SweepVariable.Range range(NodeTuple t, String fieldPath, SweepPath p) {
        if (!(t.getValueNode() instanceof SequenceNode seq) || seq.getValue().size() != 2
                || !(seq.getValue().get(0) instanceof ScalarNode lo) || !(seq.getValue().get(1) instanceof ScalarNode hi)) {
            add(line(t), fieldPath, ErrorCode.WRONG_TYPE, "expected [low, high] with units, e.g. [500 km, 900 km]");
            return null;
        }
        Matcher a = NUMBER_UNIT.matcher(lo.getValue().strip());
        Matcher b = NUMBER_UNIT.matcher(hi.getValue().strip());
        if (!a.matches() || !b.matches()) {
            add(line(t), fieldPath, ErrorCode.NOT_A_NUMBER, "not a range of numbers (got [" + lo.getValue() + ", "
                    + hi.getValue() + "]; expected [low, high] with units, e.g. [500 km, 900 km])");
            return null;
        }
        String unit = a.group(2).strip();
        if (!unit.equals(b.group(2).strip())) {
            add(line(t), fieldPath, ErrorCode.WRONG_UNIT, "both ends need the same unit (got [" + lo.getValue() + ", "
                    + hi.getValue() + "]; expected e.g. [500 km, 900 km])");
            return null;
        }
        if (!unit.isEmpty() && !Units.isKnownUnit(unit)) {
            add(line(t), fieldPath, ErrorCode.UNKNOWN_UNIT, "unknown unit '" + unit + "' (got [" + lo.getValue()
                    + ", " + hi.getValue() + "]; expected a unit of the scenario language, docs/scenario.md §2)");
            return null;
        }
        double low = Double.parseDouble(a.group(1));
        double high = Double.parseDouble(b.group(1));
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            add(line(t), fieldPath, ErrorCode.OUT_OF_RANGE, "not a range (got [" + lo.getValue() + ", "
                    + hi.getValue() + "]; expected low below high)");
            return null;
        }
        boolean integer = unit.isEmpty() && INTEGER.matcher(a.group(1)).matches()
                && INTEGER.matcher(b.group(1)).matches();
        return p == null ? null : new SweepVariable.Range(p, line(t), low, high, unit, integer);
    }

    private SweepPath path(NodeTuple t, String fieldPath, Set<String> seen) {
        String key = keyText(t);
        try {
            SweepPath p = SweepPath.parse(key);
            if (!seen.add(p.text())) {
                add(line(t), fieldPath, ErrorCode.DUPLICATE_KEY, "this field is already swept (expected each field "
                        + "once, in grid: or in samples.ranges:)");
                return null;
            }
            if (p.text().startsWith("scenario.seed")) {
                add(line(t), fieldPath, ErrorCode.INCONSISTENT, "the seed is not swept (got '" + key + "'; expected "
                        + "another field: each point's seed derives from sweep.seed and the point's id)");
                return null;
            }
            return p;
        } catch (IllegalArgumentException e) {
            add(line(t), fieldPath, ErrorCode.UNKNOWN_KEY, e.getMessage() + " (got '" + key + "')");
            return null;
        }
    }

    private Objective objective(NodeTuple t, String fieldPath, String text) {
        try {
            return Objective.parse(text);
        } catch (IllegalArgumentException e) {
            add(line(t), fieldPath, ErrorCode.INVALID_CHOICE, e.getMessage() + " (got '" + text + "')");
            return null;
        }
    }

    private List<Objective> pareto(NodeTuple t) {
        if (t == null) {
            return DEFAULT_PARETO.stream().map(Objective::parse).toList();
        }
        List<Objective> out = new ArrayList<>();
        if (!(t.getValueNode() instanceof SequenceNode seq) || seq.getValue().size() < 2 || seq.getValue().size() > 3) {
            add(line(t), "sweep.pareto", ErrorCode.WRONG_TYPE, "expected a list of two or three objectives, e.g. "
                    + "[economics.total_usd_per_kw_year min, power.compute_available_fraction max]");
            return List.of();
        }
        for (Node n : seq.getValue()) {
            Objective o = objective(t, "sweep.pareto", n instanceof ScalarNode s ? s.getValue() : yamlText(n));
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private Map<String, NodeTuple> keys(MappingNode m, String at, Set<String> allowed) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String k = keyText(t);
            String p = at.isEmpty() ? k : at + "." + k;
            if (!allowed.contains(k)) {
                add(line(t), p, ErrorCode.UNKNOWN_KEY, "unknown key (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            } else if (out.put(k, t) != null) {
                add(line(t), p, ErrorCode.DUPLICATE_KEY, "key '" + k + "' appears twice");
            }
        }
        return out;
    }

    private MappingNode mapping(NodeTuple t, String at, boolean required) {
        if (t == null || t.getValueNode() instanceof ScalarNode s && s.getValue().isEmpty()) {
            if (required) {
                add(t == null ? 0 : line(t), at, ErrorCode.MISSING_FIELD, "required section is missing");
            }
            return null;
        }
        if (t.getValueNode() instanceof MappingNode m) {
            return m;
        }
        add(line(t), at, ErrorCode.WRONG_TYPE, "expected a mapping (key: value lines)");
        return null;
    }

    private String scalar(NodeTuple t, String at, boolean required) {
        if (t == null) {
            if (required) {
                add(0, at, ErrorCode.MISSING_FIELD, "required field is missing");
            }
            return null;
        }
        if (t.getValueNode() instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        add(line(t), at, ErrorCode.WRONG_TYPE, "expected a single value");
        return null;
    }

    private String scalarOr(NodeTuple t, String fallback) {
        return t != null && t.getValueNode() instanceof ScalarNode s && !s.getValue().isBlank() ? s.getValue().strip()
                : fallback;
    }

    private static String keyText(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
    }

    private static int line(NodeTuple t) {
        return t == null ? 0 : t.getKeyNode().getStartMark().getLine() + 1;
    }

    /** A value node as one line of YAML: scalars as written, lists and mappings in flow style. */
    static String yamlText(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        org.yaml.snakeyaml.DumperOptions d = new org.yaml.snakeyaml.DumperOptions();
        d.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
        d.setWidth(100_000);
        d.setSplitLines(false);
        java.io.StringWriter w = new java.io.StringWriter();
        Node flow = flow(n);
        new Yaml(d).serialize(flow, w);
        return w.toString().strip();
    }

    private static Node flow(Node n) {
        if (n instanceof SequenceNode s) {
            return new SequenceNode(s.getTag(), s.getValue().stream().map(SweepReader::flow).toList(),
                    org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
        }
        if (n instanceof MappingNode m) {
            return new MappingNode(m.getTag(), m.getValue().stream()
                    .map(t -> new NodeTuple(t.getKeyNode(), flow(t.getValueNode()))).toList(),
                    org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW);
        }
        return n;
    }

    private void add(int line, String path, ErrorCode code, String message) {
        problems.add(new Problem(file, line, path, code, message));
    }

    private ScenarioException fail(int line, String path, ErrorCode code, String message) {
        add(line, path, code, message);
        return new ScenarioException(problems);
    }

}
