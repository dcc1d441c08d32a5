package org.skyrack.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep file, read and checked.
 *
 * @param file        the sweep file as the user named it
 * @param name        the sweep's name
 * @param scenario    the base scenario file, resolved against the sweep file's folder
 * @param seed        the sweep seed; each point's seed derives from it and the point's id
 * @param grid        the grid variables, file order; the points are their Cartesian product
 * @param ranges      the sampled variables, file order
 * @param method      how ranges are sampled
 * @param samples     draws over the ranges (0 without ranges); each grid combination is run with every draw
 * @param objective   the objective the best-points table ranks by
 * @param pareto      two or three objectives for the Pareto front
 */
public record SweepSpec(Path file, String name, Path scenario, long seed, List<SweepVariable.Grid> grid,
                        List<SweepVariable.Range> ranges, SampleMethod method, int samples, Objective objective,
                        List<Objective> pareto) {

    public SweepSpec {
        grid = List.copyOf(grid);
        ranges = List.copyOf(ranges);
        pareto = List.copyOf(pareto);
    }

    /** Every swept path, grid first, in file order: the input columns of the results. */
    public List<String> inputColumns() {
        return java.util.stream.Stream.concat(grid.stream(), ranges.stream()).map(v -> v.path().text()).toList();
    }

    /** The same sweep ranked by another objective. */
    public SweepSpec withObjective(Objective o) {
        return new SweepSpec(file, name, scenario, seed, grid, ranges, method, samples, o, pareto);
    }

    /** The same sweep with another Pareto front. */
    public SweepSpec withPareto(List<Objective> p) {
        return new SweepSpec(file, name, scenario, seed, grid, ranges, method, samples, objective, p);
    }
}
