package org.skyrack.app.sweep;

import java.util.List;
import java.util.function.Consumer;
import org.skyrack.sweep.PointResult;
import org.skyrack.sweep.SweepPlan;
import org.skyrack.sweep.SweepPoint;

/** Runs sweep points somewhere and hands each row back, on the calling thread, as it finishes. */
interface PointEngine {

    /**
     * Runs {@code points} of {@code plan}; {@code sink} gets every row. Returns after the last
     * row, or after {@code stopAfter} rows (abandoning the rest, as a kill would).
     */
    void run(SweepPlan plan, List<SweepPoint> points, int stopAfter, Consumer<PointResult> sink) throws Exception;

    /** What the summary line calls this engine ("local, 2 threads"). */
    String describe();
}
