package org.skyrack.sweep;

import java.nio.file.Path;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.run.ScenarioRun;
import org.skyrack.scenario.ScenarioException;

/**
 * Runs one sweep point: reads its scenario, replaces the seed with the point's own and runs it
 * with {@link ScenarioRun} on one thread (a sweep's parallelism is across points). The row
 * depends only on the point, so the local engine and the Spark engine give the same rows.
 */
public final class PointRunner {

    private PointRunner() {
    }

    /**
     * Runs {@code p}; never throws for a problem of the point, which is returned as a failed row.
     *
     * @param invalidError the plan's validation error for this point, or null
     */
    public static PointResult run(SweepSpec spec, SweepPoint p, String invalidError, FlightDynamicsContext fdc) {
        return run(spec.scenario(), p, invalidError, fdc);
    }

    /**
     * Runs {@code p}, a point of a sweep over the base scenario file {@code baseScenario} (its
     * folder resolves relative orbit files); for engines that ship points without the sweep.
     */
    public static PointResult run(Path baseScenario, SweepPoint p, String invalidError, FlightDynamicsContext fdc) {
        if (invalidError != null) {
            return PointResult.failed(p, invalidError);
        }
        try {
            ConstellationSummary s = ScenarioRun.run(SweepPlan.scenario(baseScenario, p), fdc, 1);
            return new PointResult(p.id(), p.seed(), p.inputs(), null, SweepColumns.figures(s));
        } catch (ScenarioException e) {
            return PointResult.failed(p, e.problems().get(0).toString());
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage();
            return PointResult.failed(p, "model error: " + e.getClass().getSimpleName() + (m == null ? "" : ": " + m));
        }
    }
}
