package org.skyrack.geometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a per-item geometry job on several threads and delivers each item's events to one sink
 * in item order, each item's events sorted by start time: the output is the same, byte for
 * byte, whatever the thread count. Items go in blocks, so at most one block of events is
 * held in memory at a time.
 */
public final class OrderedEvents implements AutoCloseable {

    /** A job over one item (a satellite, or a link) that emits into the given sink. */
    public interface Job {
        void run(int item, EventSink sink);
    }

    private final ExecutorService pool;
    private final int threads;
    /** Buffers already replayed, for the next items: a satellite-year of eclipses is ~10,000 rows. */
    private final ConcurrentLinkedQueue<Buffer> spare = new ConcurrentLinkedQueue<>();

    /** @param threads worker threads, ≥ 1 */
    public OrderedEvents(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "skyrack-geometry");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code job} for items 0..count-1 and replays their events into {@code sink}. */
    public void run(int count, Job job, EventSink sink) {
        int block = Math.max(1, threads * 8);
        for (int first = 0; first < count; first += block) {
            int last = Math.min(count, first + block);
            List<Future<Buffer>> futures = new ArrayList<>();
            for (int i = first; i < last; i++) {
                int item = i;
                Callable<Buffer> task = () -> {
                    Buffer b = spare.poll();
                    if (b == null) {
                        b = new Buffer();
                    }
                    b.clear();
                    job.run(item, b);
                    b.sort();
                    return b;
                };
                futures.add(pool.submit(task));
            }
            for (Future<Buffer> f : futures) {
                try {
                    Buffer b = f.get();
                    b.replay(sink);
                    spare.add(b);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The events of one item, kept as primitive rows and sorted by start time, then kind. */
    static final class Buffer implements EventSink {
        private static final int WIDTH = 8;
        private static final int ECLIPSE = 0;
        private static final int CONTACT = 1;
        private static final int LINK = 2;
        private double[] rows = new double[WIDTH * 16];
        private int n;

        private void add(double kind, double a, double b, double c, double d, double e, double f, double g) {
            if ((n + 1) * WIDTH > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            int o = n * WIDTH;
            rows[o] = a;
            rows[o + 1] = kind;
            rows[o + 2] = b;
            rows[o + 3] = c;
            rows[o + 4] = d;
            rows[o + 5] = e;
            rows[o + 6] = f;
            rows[o + 7] = g;
            n++;
        }

        @Override
        public void eclipse(int satellite, boolean umbra, double startS, double endS) {
            add(ECLIPSE, startS, satellite, umbra ? 1 : 0, endS, 0, 0, 0);
        }

        @Override
        public void contact(int satellite, int station, double aosS, double losS, double maxElevationRad,
                            double maxElevationS, double minRangeM) {
            add(CONTACT, aosS, satellite, station, losS, maxElevationRad, maxElevationS, minRangeM);
        }

        @Override
        public void link(int satelliteA, int satelliteB, double startS, double endS, double minRangeM) {
            add(LINK, startS, satelliteA, satelliteB, endS, minRangeM, 0, 0);
        }

        /**
         * Sorts the rows by start time, then kind, then the third column (umbra after penumbra,
         * station index). The finders emit nearly in order, so an ordered buffer is left as it
         * is and the rest are merge-sorted on primitive indices (stable, no boxing).
         */
        void sort() {
            boolean ordered = true;
            for (int i = 1; i < n && ordered; i++) {
                ordered = compare(i - 1, i) <= 0;
            }
            if (ordered) {
                return;
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            mergeSort(order, new int[n], 0, n);
            double[] sorted = new double[rows.length];
            for (int i = 0; i < n; i++) {
                System.arraycopy(rows, order[i] * WIDTH, sorted, i * WIDTH, WIDTH);
            }
            rows = sorted;
        }

        private int compare(int x, int y) {
            int c = Double.compare(rows[x * WIDTH], rows[y * WIDTH]);
            if (c == 0) {
                c = Double.compare(rows[x * WIDTH + 1], rows[y * WIDTH + 1]);
            }
            if (c == 0) {
                c = Double.compare(rows[x * WIDTH + 3], rows[y * WIDTH + 3]);
            }
            return c;
        }

        private void mergeSort(int[] a, int[] scratch, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(a, scratch, from, mid);
            mergeSort(a, scratch, mid, to);
            if (compare(a[mid - 1], a[mid]) <= 0) {
                return;
            }
            System.arraycopy(a, from, scratch, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                if (j >= to || (i < mid && compare(scratch[i], scratch[j]) <= 0)) {
                    a[k] = scratch[i++];
                } else {
                    a[k] = scratch[j++];
                }
            }
        }

        /** Empties the buffer for reuse, keeping its storage. */
        void clear() {
            n = 0;
        }

        void replay(EventSink sink) {
            for (int i = 0; i < n; i++) {
                int o = i * WIDTH;
                int kind = (int) rows[o + 1];
                int item = (int) rows[o + 2];
                if (kind == ECLIPSE) {
                    sink.eclipse(item, rows[o + 3] == 1, rows[o], rows[o + 4]);
                } else if (kind == CONTACT) {
                    sink.contact(item, (int) rows[o + 3], rows[o], rows[o + 4], rows[o + 5], rows[o + 6], rows[o + 7]);
                } else {
                    sink.link(item, (int) rows[o + 3], rows[o], rows[o + 4], rows[o + 5]);
                }
            }
        }
    }
}
