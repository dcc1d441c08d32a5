package org.skyrack.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.skyrack.units.Dimension;
import org.skyrack.units.UnitException;
import org.skyrack.units.Units;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping being read field by field. Each accessor records the key as known, converts
 * and range-checks the value, and on failure records a {@link Problem} and returns a
 * placeholder so reading goes on and every problem in the file is found in one pass.
 * {@link #finish()} then reports the keys nobody asked for, with the closest known key.
 */
final class MapView {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private final Problems problems;
    private final String path;
    private final Node node;
    private final int ownLine;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> known = new LinkedHashSet<>();

    MapView(Problems problems, String path, MappingNode node) {
        this(problems, path, node, YamlLoader.line(node));
    }

    /**
     * @param ownLine line that introduces this mapping (its key's line for a nested section), where
     *                missing fields of the mapping are reported
     */
    MapView(Problems problems, String path, MappingNode node, int ownLine) {
        this.problems = problems;
        this.path = path;
        this.node = node;
        this.ownLine = ownLine;
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode().getTag().equals(Tag.MERGE) && isMergeable(t.getValueNode())) {
                merge(merged, t.getValueNode());
                continue;
            }
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(YamlLoader.line(t.getKeyNode()), path, ErrorCode.WRONG_TYPE,
                        "a key must be a plain word, not a " + YamlLoader.kind(t.getKeyNode()));
                continue;
            }
            String key = k.getValue();
            if (entries.containsKey(key)) {
                problems.add(YamlLoader.line(k), child(key), ErrorCode.DUPLICATE_KEY, "key '" + key
                        + "' appears twice in this mapping (first on line "
                        + YamlLoader.line(entries.get(key).getKeyNode()) + ")");
                continue;
            }
            entries.put(key, t);
        }
        merged.forEach(entries::putIfAbsent);
    }

    /** A YAML merge value: a mapping, or a list of mappings. */
    private static boolean isMergeable(Node n) {
        return n instanceof MappingNode
                || n instanceof SequenceNode s && s.getValue().stream().allMatch(i -> i instanceof MappingNode);
    }

    /**
     * Adds the keys a merge value brings, without replacing keys already there: earlier mappings of
     * a list win over later ones, and a merged mapping's own keys win over what it merges in turn
     * (YAML merge key type, yaml.org/type/merge.html). Alias cycles were rejected by the loader.
     */
    private static void merge(Map<String, NodeTuple> into, Node value) {
        if (value instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                merge(into, item);
            }
            return;
        }
        List<Node> nested = new ArrayList<>();
        for (NodeTuple b : ((MappingNode) value).getValue()) {
            if (b.getKeyNode().getTag().equals(Tag.MERGE) && isMergeable(b.getValueNode())) {
                nested.add(b.getValueNode());
            } else if (b.getKeyNode() instanceof ScalarNode k) {
                into.putIfAbsent(k.getValue(), b);
            }
        }
        for (Node n : nested) {
            merge(into, n);
        }
    }

    String path() {
        return path;
    }

    int line() {
        return ownLine;
    }

    Problems problems() {
        return problems;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Records that absent (or empty) {@code key} took the default {@code yamlText}. */
    private void defaulted(String key, String yamlText) {
        problems.defaulted(child(key), yamlText);
    }

    boolean has(String key) {
        known.add(key);
        return entries.containsKey(key);
    }

    /** The raw node, marking the key known; null when absent. */
    Node node(String key) {
        known.add(key);
        problems.recordField(child(key));
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line() : YamlLoader.line(t.getValueNode());
    }

    private String scalar(String key, boolean required, String expected) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                problems.add(line(), child(key), ErrorCode.MISSING_FIELD, "required field is missing (expected "
                        + expected + ")");
            }
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problems.add(YamlLoader.line(n), child(key), ErrorCode.WRONG_TYPE, "expected a single value, found a "
                    + YamlLoader.kind(n), YamlLoader.kind(n), expected);
            return null;
        }
        if (s.getTag().equals(Tag.NULL)) {
            if (required) {
                problems.add(YamlLoader.line(n), child(key), ErrorCode.MISSING_FIELD, "required field is empty (expected "
                        + expected + ")");
            }
            return null;
        }
        return s.getValue();
    }

    /** A required text value. */
    String string(String key) {
        String v = scalar(key, true, "text");
        return v == null ? "" : v;
    }

    /** An optional text value. */
    Optional<String> optionalString(String key) {
        return Optional.ofNullable(scalar(key, false, "text"));
    }

    /** A name: letters, digits, '-', '_', '.', ' ', 1 to 64 characters. */
    String name(String key) {
        String v = scalar(key, true, "a name");
        if (v == null) {
            return "";
        }
        if (!v.matches("[A-Za-z0-9][A-Za-z0-9 ._\\-+()]{0,63}")) {
            problems.add(lineOf(key), child(key), ErrorCode.INVALID_CHOICE, "not a valid name", v,
                    "1 to 64 letters, digits, spaces or . _ - + ( ), starting with a letter or digit");
            return "";
        }
        return v;
    }

    /** A required physical quantity in SI units, or NaN after a problem was recorded. */
    double quantity(String key, Dimension dimension, Range range) {
        return quantity(key, dimension, range, null);
    }

    /**
     * A physical quantity in SI units; {@code defaultText} (written with units, e.g. "10 deg")
     * is used when the key is absent, or the field is required when it is null.
     */
    double quantity(String key, Dimension dimension, Range range, String defaultText) {
        String expected = Units.expectation(dimension) + (range.isAll() ? "" : ", " + range.text());
        String v = scalar(key, defaultText == null, expected);
        if (v == null) {
            if (defaultText == null) {
                return Double.NaN;
            }
            defaulted(key, defaultText);
            try {
                return Units.parse(defaultText, dimension);
            } catch (UnitException e) {
                throw new IllegalStateException("bad default '" + defaultText + "' for " + child(key), e);
            }
        }
        double si;
        try {
            si = Units.parse(v, dimension);
        } catch (UnitException e) {
            ErrorCode code = switch (e.kind()) {
                case NOT_A_NUMBER -> ErrorCode.NOT_A_NUMBER;
                case NOT_FINITE -> ErrorCode.NOT_FINITE;
                case MISSING_UNIT -> ErrorCode.MISSING_UNIT;
                case UNKNOWN_UNIT -> ErrorCode.UNKNOWN_UNIT;
                case WRONG_DIMENSION -> ErrorCode.WRONG_UNIT;
            };
            problems.add(lineOf(key), child(key), code, e.getMessage(), v, expected);
            return Double.NaN;
        }
        if (!range.contains(si)) {
            problems.add(lineOf(key), child(key), ErrorCode.OUT_OF_RANGE, "value out of range", v, range.text());
            return Double.NaN;
        }
        return si;
    }

    /** An optional quantity; empty when absent (or after a problem was recorded). */
    Optional<Double> optionalQuantity(String key, Dimension dimension, Range range) {
        if (!has(key)) {
            node(key);
            return Optional.empty();
        }
        double v = quantity(key, dimension, range, null);
        return Double.isNaN(v) ? Optional.empty() : Optional.of(v);
    }

    /** An integer count; {@code defaultValue} null makes it required. Returns min after a problem. */
    long integer(String key, long min, long max, Long defaultValue) {
        String expected = "an integer from " + min + " to " + max;
        String v = scalar(key, defaultValue == null, expected);
        if (v == null) {
            if (defaultValue != null) {
                defaulted(key, Long.toString(defaultValue));
            }
            return defaultValue == null ? min : defaultValue;
        }
        String t = v.strip().replace("_", "");
        if (!INTEGER.matcher(t).matches()) {
            ErrorCode code = t.matches("(?i)[+-]?\\.?(nan|inf(inity)?)") ? ErrorCode.NOT_FINITE : ErrorCode.NOT_A_NUMBER;
            problems.add(lineOf(key), child(key), code, "not an integer", v, expected);
            return min;
        }
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            problems.add(lineOf(key), child(key), ErrorCode.OUT_OF_RANGE, "value out of range", v, expected);
            return min;
        }
        if (n < min || n > max) {
            problems.add(lineOf(key), child(key), ErrorCode.OUT_OF_RANGE, "value out of range", v, expected);
            return min;
        }
        return n;
    }

    /** A plain dimensionless number (counts like parameters or tokens), required when {@code defaultValue} is null. */
    double number(String key, Range range, Double defaultValue) {
        String expected = "a number" + (range.isAll() ? "" : ", " + range.text());
        String v = scalar(key, defaultValue == null, expected);
        if (v == null) {
            if (defaultValue != null) {
                defaulted(key, Double.toString(defaultValue));
            }
            return defaultValue == null ? Double.NaN : defaultValue;
        }
        double d;
        try {
            d = Units.parse(v, Dimension.DIMENSIONLESS);
        } catch (UnitException e) {
            ErrorCode code = switch (e.kind()) {
                case NOT_FINITE -> ErrorCode.NOT_FINITE;
                case NOT_A_NUMBER -> ErrorCode.NOT_A_NUMBER;
                case UNKNOWN_UNIT -> ErrorCode.UNKNOWN_UNIT;
                case MISSING_UNIT, WRONG_DIMENSION -> ErrorCode.WRONG_UNIT;
            };
            problems.add(lineOf(key), child(key), code, e.getMessage(), v, expected);
            return Double.NaN;
        }
        if (!range.contains(d)) {
            problems.add(lineOf(key), child(key), ErrorCode.OUT_OF_RANGE, "value out of range", v, range.text());
            return Double.NaN;
        }
        return d;
    }

    /** A boolean, {@code true}/{@code false}. */
    boolean bool(String key, boolean defaultValue) {
        String v = scalar(key, false, "true or false");
        if (v == null) {
            defaulted(key, Boolean.toString(defaultValue));
            return defaultValue;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> {
                problems.add(lineOf(key), child(key), ErrorCode.INVALID_CHOICE, "not a boolean", v, "true or false");
                yield defaultValue;
            }
        };
    }

    /**
     * One of a fixed set of words (case-insensitive). {@code defaultValue} null makes it required;
     * returns null after a problem.
     */
    <E> E choice(String key, Map<String, E> choices, E defaultValue) {
        String expected = "one of " + String.join(", ", choices.keySet());
        String v = scalar(key, defaultValue == null, expected);
        if (v == null) {
            if (defaultValue != null) {
                choices.entrySet().stream().filter(c -> c.getValue().equals(defaultValue)).findFirst()
                        .ifPresent(c -> defaulted(key, c.getKey()));
            }
            return defaultValue;
        }
        E e = choices.get(v.toLowerCase(Locale.ROOT));
        if (e == null) {
            String hint = Suggest.closest(v, choices.keySet()).map(s -> "did you mean '" + s + "'? ").orElse("");
            problems.add(lineOf(key), child(key), ErrorCode.INVALID_CHOICE, "not an allowed value", v, hint + expected);
        }
        return e;
    }

    /** A nested mapping; empty when absent (a problem is recorded if required). */
    Optional<MapView> map(String key, boolean required) {
        Node n = node(key);
        if (n == null || (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
            if (required) {
                problems.add(line(), child(key), ErrorCode.MISSING_FIELD, "required section is missing");
            }
            return Optional.empty();
        }
        if (!(n instanceof MappingNode m)) {
            problems.add(YamlLoader.line(n), child(key), ErrorCode.WRONG_TYPE, "expected a mapping (key: value lines), found a "
                    + YamlLoader.kind(n), n instanceof ScalarNode s ? s.getValue() : YamlLoader.kind(n), "a mapping");
            return Optional.empty();
        }
        return Optional.of(new MapView(problems, child(key), m, YamlLoader.line(entries.get(key).getKeyNode())));
    }

    /** A list of mappings; empty when absent (a problem is recorded if required, or if the list is empty). */
    List<MapView> maps(String key, boolean required) {
        Node n = node(key);
        List<MapView> out = new ArrayList<>();
        if (n == null || (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL))) {
            if (required) {
                problems.add(line(), child(key), ErrorCode.MISSING_FIELD, "required list is missing");
            }
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problems.add(YamlLoader.line(n), child(key), ErrorCode.WRONG_TYPE, "expected a list ('- ' items), found a "
                    + YamlLoader.kind(n), n instanceof ScalarNode s ? s.getValue() : YamlLoader.kind(n), "a list");
            return out;
        }
        if (required && seq.getValue().isEmpty()) {
            problems.add(YamlLoader.line(n), child(key), ErrorCode.MISSING_FIELD, "list is empty (expected at least one item)");
        }
        int i = 0;
        for (Node item : seq.getValue()) {
            String p = child(key) + "[" + i++ + "]";
            if (item instanceof MappingNode m) {
                out.add(new MapView(problems, p, m));
            } else {
                problems.add(YamlLoader.line(item), p, ErrorCode.WRONG_TYPE, "expected a mapping, found a "
                        + YamlLoader.kind(item), item instanceof ScalarNode s ? s.getValue() : YamlLoader.kind(item), "a mapping");
            }
        }
        return out;
    }

    /** A list of single values (or one value, read as a list of one). */
    List<String> strings(String key) {
        Node n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof ScalarNode s) {
            if (!s.getTag().equals(Tag.NULL)) {
                out.add(s.getValue());
            }
            return out;
        }
        if (!(n instanceof SequenceNode seq)) {
            problems.add(YamlLoader.line(n), child(key), ErrorCode.WRONG_TYPE, "expected a list of values, found a mapping");
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                out.add(s.getValue());
            } else {
                problems.add(YamlLoader.line(item), child(key), ErrorCode.WRONG_TYPE, "expected a single value in the list, found a "
                        + YamlLoader.kind(item));
            }
        }
        return out;
    }

    /** Records a problem located at {@code key}'s value. */
    void problem(String key, ErrorCode code, String what, String got, String expected) {
        problems.add(lineOf(key), key.isEmpty() ? path : child(key), code, what, got, expected);
    }

    /** Reports keys present but never asked for, each with the closest known key. */
    void finish() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String key = e.getKey();
                Optional<String> close = Suggest.closest(key, known);
                problems.add(YamlLoader.line(e.getValue().getKeyNode()), child(key), ErrorCode.UNKNOWN_KEY,
                        "unknown key" + close.map(s -> "; did you mean '" + s + "'?").orElse("")
                                + " (allowed here: " + String.join(", ", known) + ")");
            }
        }
    }
}
