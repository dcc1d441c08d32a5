package org.skyrack.network;

import java.util.Arrays;

/**
 * A binary min-heap of node indices with their keys stored alongside (no indirection through a
 * distance array while sifting) and decrease-key through a position index: no boxing, no
 * allocation per run.
 */
final class NodeHeap {

    private final int[] node;
    private final double[] key;
    private final int[] position;
    private int size;

    NodeHeap(int capacity) {
        node = new int[capacity];
        key = new double[capacity];
        position = new int[capacity];
        Arrays.fill(position, -1);
    }

    /** Empties the heap. */
    void clear() {
        for (int i = 0; i < size; i++) {
            position[node[i]] = -1;
        }
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts {@code v} with key {@code k}, or lowers its key to {@code k} (k never rises). */
    void offer(int v, double k) {
        int i = position[v];
        if (i < 0) {
            i = size++;
        }
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            double pk = key[parent];
            if (pk <= k) {
                break;
            }
            int p = node[parent];
            node[i] = p;
            key[i] = pk;
            position[p] = i;
            i = parent;
        }
        node[i] = v;
        key[i] = k;
        position[v] = i;
    }

    /** Removes and returns the node with the smallest key. */
    int poll() {
        int top = node[0];
        position[top] = -1;
        int n = --size;
        if (n > 0) {
            int v = node[n];
            double k = key[n];
            int i = 0;
            int half = n >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                double ck = key[child];
                int right = child + 1;
                if (right < n && key[right] < ck) {
                    child = right;
                    ck = key[right];
                }
                if (k <= ck) {
                    break;
                }
                int c = node[child];
                node[i] = c;
                key[i] = ck;
                position[c] = i;
                i = child;
            }
            node[i] = v;
            key[i] = k;
            position[v] = i;
        }
        return top;
    }
}
