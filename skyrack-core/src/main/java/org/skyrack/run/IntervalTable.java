package org.skyrack.run;

import java.util.Arrays;

/** A growable table of intervals with two integer keys and one value, in primitive arrays. */
final class IntervalTable {

    private int[] first = new int[64];
    private int[] second = new int[64];
    private double[] startS = new double[64];
    private double[] endS = new double[64];
    private double[] value = new double[64];
    private int size;

    void add(int a, int b, double start, double end, double v) {
        if (size == first.length) {
            int n = 2 * size;
            first = Arrays.copyOf(first, n);
            second = Arrays.copyOf(second, n);
            startS = Arrays.copyOf(startS, n);
            endS = Arrays.copyOf(endS, n);
            value = Arrays.copyOf(value, n);
        }
        first[size] = a;
        second[size] = b;
        startS[size] = start;
        endS[size] = end;
        value[size++] = v;
    }

    /** Writes a row's replacement (none, itself, or parts of it) into {@code out}. */
    interface Clip {
        void rows(int a, int b, double startS, double endS, double value, IntervalTable out);
    }

    /** The table with every row passed through {@code clip}, in row order. */
    IntervalTable clipped(Clip clip) {
        IntervalTable out = new IntervalTable();
        for (int i = 0; i < size; i++) {
            clip.rows(first[i], second[i], startS[i], endS[i], value[i], out);
        }
        return out;
    }

    int[] first() {
        return Arrays.copyOf(first, size);
    }

    int[] second() {
        return Arrays.copyOf(second, size);
    }

    double[] startS() {
        return Arrays.copyOf(startS, size);
    }

    double[] endS() {
        return Arrays.copyOf(endS, size);
    }

    double[] value() {
        return Arrays.copyOf(value, size);
    }
}
