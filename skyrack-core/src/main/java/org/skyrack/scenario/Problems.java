package org.skyrack.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the problems found while reading one file, so all of them are reported together.
 * Also records the field paths the reader asked for, with list indices folded to {@code []},
 * so tests can hold the documentation to the language the reader really accepts.
 */
final class Problems {

    private static final int MAX_VALUE_CHARS = 60;

    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private final Set<String> fieldsRead = new TreeSet<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String path, ErrorCode code, String message) {
        list.add(new Problem(file, line, path, code, message));
    }

    /** Adds "what (got VALUE; expected EXPECTED)". */
    void add(int line, String path, ErrorCode code, String what, String got, String expected) {
        add(line, path, code, what + " (got " + quote(got) + "; expected " + expected + ")");
    }

    int count() {
        return list.size();
    }

    /** Records that field {@code path} was absent and took {@code yamlText} (a YAML scalar). */
    void defaulted(String path, String yamlText) {
        defaults.putIfAbsent(path, yamlText);
    }

    /** Every field that took its default, by path, in reading order. */
    Map<String, String> defaults() {
        return Collections.unmodifiableMap(defaults);
    }

    void recordField(String path) {
        fieldsRead.add(path.replaceAll("\\[\\d+]", "[]"));
    }

    Set<String> fieldsRead() {
        return fieldsRead;
    }

    List<Problem> sorted() {
        List<Problem> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Problem::line));
        return out;
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ScenarioException(sorted());
        }
    }

    static String quote(String value) {
        if (value == null) {
            return "nothing";
        }
        StringBuilder b = new StringBuilder("'");
        int n = 0;
        for (int i = 0; i < value.length() && n < MAX_VALUE_CHARS; i++, n++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (value.length() > MAX_VALUE_CHARS) {
            b.append("...");
        }
        return b.append('\'').toString();
    }
}
