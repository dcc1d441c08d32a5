package org.skyrack.scenario;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Turns a file into a YAML node tree that keeps line numbers, after the byte-level checks
 * (size, binary content, encoding) and with the expansion limits of {@link YamlLimits}. Uses
 * SnakeYAML's composer (the engine under Jackson's YAML module) because the scenario reader
 * needs a line for every field it reports on.
 */
final class YamlLoader {

    private YamlLoader() {
    }

    /** Returns the root mapping, or null after recording why there is none. */
    static MappingNode load(Path path, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > YamlLimits.MAX_FILE_BYTES) {
                problems.add(0, "", ErrorCode.FILE_TOO_LARGE, "file is " + size + " bytes; the limit is "
                        + YamlLimits.MAX_FILE_BYTES + " bytes");
                return null;
            }
            if (Files.isDirectory(path)) {
                problems.add(0, "", ErrorCode.FILE_UNREADABLE, "is a directory, not a file");
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problems.add(0, "", ErrorCode.FILE_UNREADABLE, "no such file");
            return null;
        } catch (IOException e) {
            problems.add(0, "", ErrorCode.FILE_UNREADABLE, "cannot read the file: " + e.getMessage());
            return null;
        }
        return parse(bytes, problems);
    }

    static MappingNode parse(byte[] bytes, Problems problems) {
        String text = decode(bytes, problems);
        if (text == null) {
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported with their lines by MapView
        options.setMaxAliasesForCollections(YamlLimits.MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(YamlLimits.MAX_DEPTH);
        options.setCodePointLimit(YamlLimits.MAX_FILE_BYTES);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            Iterator<Node> docs = new Yaml(options).composeAll(new java.io.StringReader(text)).iterator();
            if (!docs.hasNext()) {
                problems.add(0, "", ErrorCode.EMPTY_FILE, "the file holds no YAML document (expected a scenario mapping)");
                return null;
            }
            root = docs.next();
            if (docs.hasNext()) {
                Node second = docs.next();
                problems.add(line(second), "", ErrorCode.MULTIPLE_DOCUMENTS,
                        "a second YAML document starts here; a scenario file holds exactly one");
                return null;
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(mark == null ? 0 : mark.getLine() + 1, "", classify(what), "malformed YAML: " + firstLine(what));
            return null;
        } catch (YAMLException e) {
            problems.add(0, "", classify(e.getMessage()), "malformed YAML: " + firstLine(e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            problems.add(0, "", ErrorCode.ALIAS_LIMIT, "YAML nests deeper than " + YamlLimits.MAX_DEPTH + " levels");
            return null;
        }
        if (root == null || (root instanceof ScalarNode s && s.getValue().isBlank())) {
            problems.add(0, "", ErrorCode.EMPTY_FILE, "the file holds no YAML document (expected a scenario mapping)");
            return null;
        }
        if (!checkExpansion(root, problems)) {
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(line(root), "", ErrorCode.WRONG_TYPE, "the top level is a " + kind(root),
                    root instanceof ScalarNode s ? s.getValue() : kind(root), "a mapping of sections (scenario:, constellation:, ...)");
            return null;
        }
        return mapping;
    }

    private static ErrorCode classify(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("alias") || m.contains("nesting depth") || m.contains("recursive")) {
            return ErrorCode.ALIAS_LIMIT;
        }
        if (m.contains("code point") || m.contains("exceeds the limit")) {
            return ErrorCode.FILE_TOO_LARGE;
        }
        return ErrorCode.YAML_SYNTAX;
    }

    private static String decode(byte[] bytes, Problems problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(0, "", ErrorCode.BINARY_CONTENT, "binary content (a NUL byte at offset " + i
                        + "); expected a UTF-8 YAML text file");
                return null;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(0, "", ErrorCode.BINARY_CONTENT, "not UTF-8 text; expected a UTF-8 YAML text file");
            return null;
        }
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
                problems.add(line, "", ErrorCode.BINARY_CONTENT, String.format(
                        "control character U+%04X in the text; expected a UTF-8 YAML text file", (int) c));
                return null;
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    /** Counts nodes with aliases expanded; false (after recording why) when past the limits. */
    private static boolean checkExpansion(Node root, Problems problems) {
        Map<Node, Long> sizes = new IdentityHashMap<>();
        long total;
        try {
            total = expandedSize(root, sizes, 0, new IdentityHashMap<>());
        } catch (IllegalStateException e) {
            problems.add(line(root), "", ErrorCode.ALIAS_LIMIT, e.getMessage());
            return false;
        }
        if (total > YamlLimits.MAX_EXPANDED_NODES) {
            problems.add(line(root), "", ErrorCode.ALIAS_LIMIT, "anchors and aliases expand to " + total
                    + " nodes; the limit is " + YamlLimits.MAX_EXPANDED_NODES);
            return false;
        }
        return true;
    }

    private static long expandedSize(Node node, Map<Node, Long> sizes, int depth, Map<Node, Boolean> onPath) {
        if (depth > YamlLimits.MAX_DEPTH || onPath.containsKey(node)) {
            throw new IllegalStateException("anchors and aliases form a cycle or nest deeper than "
                    + YamlLimits.MAX_DEPTH + " levels");
        }
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        onPath.put(node, Boolean.TRUE);
        long size = 1;
        List<Node> children = new ArrayList<>();
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            }
        } else if (node instanceof SequenceNode s) {
            children.addAll(s.getValue());
        }
        for (Node child : children) {
            size = Math.min(Long.MAX_VALUE / 4, size + expandedSize(child, sizes, depth + 1, onPath));
        }
        onPath.remove(node);
        sizes.put(node, size);
        return size;
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        if (node instanceof SequenceNode) {
            return "list";
        }
        return "single value";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
