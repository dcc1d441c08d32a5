package org.skyrack.app.sweep;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.PointRunner;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;

/** The default engine: a pool of {@code threads} workers in this JVM, one point per task, each point on one thread. */
final class LocalEngine implements PointEngine {

    private final int threads;
    private final FlightDynamicsContext fdc;

    LocalEngine(int threads, FlightDynamicsContext fdc) {
        this.threads = threads;
        this.fdc = fdc;
    }

    @Override
    public void run(SweepPlan plan, List<SweepPoint> points, int stopAfter, Consumer<PointResult> sink)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-point");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<PointResult> done = new ExecutorCompletionService<>(pool);
            for (SweepPoint p : points) {
                done.submit(() -> PointRunner.run(plan.spec(), p, plan.invalid().get(p.id()), fdc));
            }
            int n = Math.min(points.size(), stopAfter);
            for (int i = 0; i < n; i++) {
                sink.accept(done.take().get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
    }
}
