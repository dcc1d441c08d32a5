package org.skyrack.sim;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * One seeded random source per run, split per component by name (and optionally per
 * satellite), so that adding a component, or drawing more from one, never shifts another's
 * draws. A stream's seed is a SplitMix64-style mix of the run seed and a 64-bit FNV-1a hash
 * of the component name and index; the same (seed, name, index) always gives the same stream,
 * whatever thread asks for it.
 */
public final class RandomStreams {

    private final long seed;

    /** The streams of a run with this seed. */
    public RandomStreams(long seed) {
        this.seed = seed;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The stream of one component. */
    public SplittableRandom stream(String component) {
        return stream(component, 0);
    }

    /** The stream of one component for one satellite (or any other index). */
    public SplittableRandom stream(String component, long index) {
        return new SplittableRandom(streamSeed(component, index));
    }

    /** The 64-bit seed of a stream. */
    public long streamSeed(String component, long index) {
        long h = 0xcbf29ce484222325L;
        for (byte b : component.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(mix(seed ^ h) + index);
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood, OOPSLA 2014). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
