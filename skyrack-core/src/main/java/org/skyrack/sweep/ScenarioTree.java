package org.skyrack.sweep;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A scenario's YAML node tree, edited field by field and written back as text. Each sweep point
 * parses the base scenario afresh, sets its fields and serialises the tree: the text is what the
 * point runs and what its id hashes. Comments are dropped and the layout is SnakeYAML's, so the
 * same edits give the same text on every machine.
 *
 * <p>A key written in a mapping wins over one merged in with {@code <<}, so setting a field of a
 * mapping that inherits it adds the key to that mapping. A path through an alias edits the
 * anchored node itself, as YAML shares it (every mapping merging or aliasing it sees the change).
 */
public final class ScenarioTree {

    /** Wide enough that SnakeYAML never folds a long value over two lines. */
    private static final int LINE_WIDTH = 100_000;

    /** Read-only once built, so shared; building one compiles its patterns. */
    private static final Resolver RESOLVER = new Resolver();
    /** SnakeYAML front ends are not thread-safe and cost a few hundred microseconds to build: one per thread. */
    private static final ThreadLocal<Yaml> LOADER = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        return new Yaml(options);
    });
    private static final ThreadLocal<Yaml> DUMPER = ThreadLocal.withInitial(() -> {
        DumperOptions d = new DumperOptions();
        d.setWidth(LINE_WIDTH);
        d.setSplitLines(false);
        d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(d);
    });

    private final MappingNode root;

    private ScenarioTree(MappingNode root) {
        this.root = root;
    }

    /**
     * Parses scenario text. The caller has already read it with the scenario reader, so only its
     * shape is checked here.
     *
     * @throws IllegalArgumentException when the text is not a YAML mapping
     */
    public static ScenarioTree parse(String text) {
        Node n = LOADER.get().compose(new StringReader(text));
        if (!(n instanceof MappingNode m)) {
            throw new IllegalArgumentException("the scenario is not a YAML mapping");
        }
        return new ScenarioTree(m);
    }

    /** A YAML value node for a value written as text in a sweep file (a plain scalar, a flow list or mapping). */
    public static Node valueNode(String yamlText) {
        Node n = new Yaml(new LoaderOptions()).compose(new StringReader(yamlText));
        return n == null ? scalar("") : n;
    }

    /** A plain scalar whose tag is what a YAML reader would give it, so it is written unquoted. */
    public static ScalarNode scalar(String value) {
        Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
        return new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    /**
     * Sets the field at {@code path} to {@code value}, creating missing mappings on the way.
     *
     * @throws IllegalArgumentException saying which step of the path does not exist
     */
    public void set(SweepPath path, Node value) {
        Node at = root;
        List<Object> seg = path.segments();
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < seg.size(); i++) {
            Object s = seg.get(i);
            boolean last = i == seg.size() - 1;
            if (s instanceof Integer index) {
                if (!(at instanceof SequenceNode list)) {
                    throw new IllegalArgumentException(walked + " is not a list in the base scenario");
                }
                if (index >= list.getValue().size()) {
                    throw new IllegalArgumentException(walked + " has " + list.getValue().size()
                            + " item(s) in the base scenario; there is no item [" + index + "]");
                }
                if (last) {
                    list.getValue().set(index, value);
                    return;
                }
                walked.append('[').append(index).append(']');
                at = list.getValue().get(index);
            } else {
                String key = (String) s;
                if (!(at instanceof MappingNode map)) {
                    throw new IllegalArgumentException((walked.length() == 0 ? "the top level" : walked)
                            + " is not a mapping in the base scenario, so it has no field '" + key + "'");
                }
                walked.append(walked.length() == 0 ? "" : ".").append(key);
                NodeTuple own = ownTuple(map, key);
                if (last) {
                    replace(map, own, key, value);
                    return;
                }
                Node child = own != null ? own.getValueNode() : null;
                if (child == null || isNull(child)) {
                    Node inherited = merged(map, key);
                    child = inherited != null ? copy(inherited) : emptyFor(seg.get(i + 1), walked);
                    replace(map, own, key, child);
                }
                at = child;
            }
        }
    }

    /** The scenario as YAML text, block style, keys in file order. */
    public String text() {
        StringWriter w = new StringWriter();
        DUMPER.get().serialize(root, w);
        return w.toString();
    }

    private static Node emptyFor(Object next, CharSequence walked) {
        if (next instanceof Integer) {
            throw new IllegalArgumentException(walked + " is not in the base scenario, so it has no item [" + next + "]");
        }
        return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static NodeTuple ownTuple(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (!t.getKeyNode().getTag().equals(Tag.MERGE) && t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** The value {@code key} gets through the mapping's merge keys, first merge first. */
    private static Node merged(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode().getTag().equals(Tag.MERGE) && t.getValueNode() instanceof MappingNode m) {
                NodeTuple own = ownTuple(m, key);
                if (own != null) {
                    return own.getValueNode();
                }
                Node deeper = merged(m, key);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }

    private static void replace(MappingNode map, NodeTuple own, String key, Node value) {
        NodeTuple t = new NodeTuple(scalar(key), value);
        List<NodeTuple> tuples = map.getValue();
        if (own == null) {
            tuples.add(t);
        } else {
            tuples.set(tuples.indexOf(own), t);
        }
    }

    /** A deep copy, so editing an inherited mapping leaves its anchor alone. */
    private static Node copy(Node n) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> out = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                out.add(new NodeTuple(t.getKeyNode(), copy(t.getValueNode())));
            }
            return new MappingNode(m.getTag(), out, m.getFlowStyle());
        }
        if (n instanceof SequenceNode s) {
            List<Node> out = new ArrayList<>();
            for (Node i : s.getValue()) {
                out.add(copy(i));
            }
            return new SequenceNode(s.getTag(), out, s.getFlowStyle());
        }
        return n;
    }
}
