package org.skyrack.network;

import java.util.Arrays;

/**
 * A binary min-heap of node indices keyed by a caller-owned {@code double[]} (the tentative
 * distances), with decrease-key through a position index: no boxing, no allocation per run.
 */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private double[] key;
    private int size;

    NodeHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        Arrays.fill(position, -1);
    }

    /** Empties the heap and keys it by {@code keys} (read when nodes move). */
    void reset(double[] keys) {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
        key = keys;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts {@code v}, or moves it up after its key decreased. */
    void offer(int v) {
        int i = position[v];
        if (i < 0) {
            i = size++;
        }
        siftUp(v, i);
    }

    /** Removes and returns the node with the smallest key. */
    int poll() {
        int top = heap[0];
        position[top] = -1;
        int last = heap[--size];
        if (size > 0) {
            siftDown(last, 0);
        }
        return top;
    }

    private void siftUp(int v, int i) {
        double k = key[v];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (key[p] <= k) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void siftDown(int v, int i) {
        double k = key[v];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            double ck = key[c];
            int right = child + 1;
            if (right < size) {
                int r = heap[right];
                double rk = key[r];
                if (rk < ck) {
                    child = right;
                    c = r;
                    ck = rk;
                }
            }
            if (k <= ck) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
