package org.skyrack.sweep;

/** How the ranges of a sweep are sampled. */
public enum SampleMethod {
    /** Independent uniform draws per range. */
    RANDOM,
    /**
     * Latin hypercube (McKay, Beckman &amp; Conover 1979): each range cut into {@code count} equal
     * strata, one draw in each, strata paired at random across ranges.
     */
    LATIN_HYPERCUBE
}
