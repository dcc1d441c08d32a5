package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Frame;
import org.orekit.frames.KinematicTransform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;
import org.skyrack.orbit.EphemerisSource;

/**
 * Samples every satellite's state at {@code start + k·step} and hands the states to a sink
 * in satellite order, then time order, while they are computed: satellites are propagated on
 * several threads, each into a small bounded queue of chunks, and the caller's thread drains
 * the queues one satellite after the other. At most {@value #QUEUE_CHUNKS} chunks of
 * {@value #CHUNK_ROWS} states per running satellite are held, whatever the window; the output
 * does not depend on the thread count.
 */
final class EphemerisStream {

    /** Receives the states, from the caller's thread only. */
    interface Sink {
        void begin(int satellite) throws IOException;

        /**
         * One state: position (m) and velocity (m/s) in {@code pv[0..5]}, in the requested frame.
         *
         * @param t seconds from the start
         */
        void state(int satellite, AbsoluteDate date, double t, double[] pv) throws IOException;

        void end(int satellite) throws IOException;
    }

    static final int CHUNK_ROWS = 1024;
    static final int QUEUE_CHUNKS = 16;

    private final EphemerisSource source;
    private final AbsoluteDate start;
    private final double stepS;
    private final long samples;
    private final Frame teme;
    private final Frame frame;
    private final int threads;

    /**
     * @param teme    the frame of {@code source}
     * @param frame   the frame to write states in
     * @param samples states per satellite, at 0, step, 2·step...
     */
    EphemerisStream(EphemerisSource source, AbsoluteDate start, double stepS, long samples, Frame teme, Frame frame,
                    int threads) {
        this.source = source;
        this.start = start;
        this.stepS = stepS;
        this.samples = samples;
        this.teme = teme;
        this.frame = frame;
        this.threads = threads;
    }

    /** Sample times are {@code k·step} for k = 0 .. n−1: every step from the start up to and including the end. */
    static long samples(double spanS, double stepS) {
        return (long) Math.floor(spanS / stepS + 1e-9) + 1;
    }

    /** A chunk of consecutive states of one satellite, or the failure that ended it. */
    private record Chunk(long firstK, int count, double[] pv, Throwable failure, boolean last) {
    }

    void run(Sink sink) {
        int n = source.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "skyrack-ephemeris");
            t.setDaemon(true);
            return t;
        });
        try {
            List<BlockingQueue<Chunk>> queues = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                BlockingQueue<Chunk> q = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
                queues.add(q);
                int satellite = i;
                // The pool starts tasks in submission order, so the satellite being drained is always running.
                pool.execute(() -> produce(satellite, q));
            }
            for (int i = 0; i < n; i++) {
                BlockingQueue<Chunk> q = queues.get(i);
                sink.begin(i);
                while (true) {
                    Chunk c = q.take();
                    if (c.failure() instanceof RuntimeException e) {
                        throw e;
                    } else if (c.failure() instanceof Error e) {
                        throw e;
                    } else if (c.failure() != null) {
                        throw new IllegalStateException(c.failure());
                    }
                    double[] row = new double[6];
                    for (int j = 0; j < c.count(); j++) {
                        long k = c.firstK() + j;
                        double t = k * stepS;
                        System.arraycopy(c.pv(), 6 * j, row, 0, 6);
                        sink.state(i, start.shiftedBy(t), t, row);
                    }
                    if (c.last()) {
                        break;
                    }
                }
                sink.end(i);
                queues.set(i, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void produce(int satellite, BlockingQueue<Chunk> q) {
        try {
            double[] state = new double[6];
            for (long first = 0; first < samples; first += CHUNK_ROWS) {
                int count = (int) Math.min(CHUNK_ROWS, samples - first);
                double[] pv = new double[6 * count];
                for (int j = 0; j < count; j++) {
                    double t = (first + j) * stepS;
                    try {
                        source.state(satellite, t, state, 0);
                        toFrame(t, state, pv, 6 * j);
                    } catch (RuntimeException | Error e) {
                        // The states before the failure still go out, then the failure (the drain never waits forever).
                        q.put(new Chunk(first, j, pv, null, false));
                        q.put(new Chunk(0, 0, null, e, true));
                        return;
                    }
                }
                q.put(new Chunk(first, count, pv, null, first + count >= samples));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void toFrame(double t, double[] s, double[] out, int o) {
        if (frame == teme) {
            System.arraycopy(s, 0, out, o, 6);
            return;
        }
        KinematicTransform tr = teme.getKinematicTransformTo(frame, start.shiftedBy(t));
        PVCoordinates pv = tr.transformOnlyPV(new PVCoordinates(new Vector3D(s[0], s[1], s[2]),
                new Vector3D(s[3], s[4], s[5])));
        Vector3D p = pv.getPosition();
        Vector3D v = pv.getVelocity();
        out[o] = p.getX();
        out[o + 1] = p.getY();
        out[o + 2] = p.getZ();
        out[o + 3] = v.getX();
        out[o + 4] = v.getY();
        out[o + 5] = v.getZ();
    }
}
