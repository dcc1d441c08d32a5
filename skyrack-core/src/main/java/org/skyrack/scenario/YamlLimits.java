package org.skyrack.scenario;

/** Size limits applied to every YAML input before and while it is parsed. */
public final class YamlLimits {

    /** Largest input file accepted, bytes. Real scenarios are a few kilobytes. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Largest number of aliases to collections in one file (defeats "billion laughs"). */
    public static final int MAX_COLLECTION_ALIASES = 64;
    /** Largest number of nodes after aliases are expanded. */
    public static final int MAX_EXPANDED_NODES = 200_000;
    /** Deepest nesting of mappings and lists. */
    public static final int MAX_DEPTH = 48;

    private YamlLimits() {
    }
}
