/**
 * Design-space sweeps: a sweep file names a base scenario and the fields to vary (grids of
 * values, random or Latin-hypercube samples over ranges with units); each combination is a
 * point whose scenario is the base with those fields replaced. What both sweep engines (the
 * app's local thread pool and the Spark job) share lives here, so a point gives the same row
 * whichever engine, machine, thread or order ran it:
 * <ul>
 *   <li>{@link org.skyrack.sweep.SweepReader} reads and checks the sweep file;</li>
 *   <li>{@link org.skyrack.sweep.SweepPlan} expands it into points, each with a stable id (a
 *       SHA-256 of its resolved scenario text) and its own seed (a SHA-256 of the sweep seed and
 *       the id), and validates every point's scenario before anything runs;</li>
 *   <li>{@link org.skyrack.sweep.PointRunner} runs one point with
 *       {@link org.skyrack.run.ScenarioRun} and returns its {@link org.skyrack.sweep.PointResult}
 *       row ({@link org.skyrack.sweep.SweepColumns} lists the figures kept);</li>
 *   <li>{@link org.skyrack.sweep.PointsCsv}, {@link org.skyrack.sweep.Pareto} and
 *       {@link org.skyrack.sweep.Sensitivity} turn the rows into the sweep's outputs.</li>
 * </ul>
 * Sensitivity is Spearman's rank correlation coefficient between each swept input and each
 * objective over the points that ran (Saltelli et al., "Global Sensitivity Analysis: The
 * Primer", 2008, §1.2.5): robust to monotone non-linear responses, blind to non-monotone ones.
 * The Latin-hypercube design is McKay, Beckman &amp; Conover (1979), Technometrics 21(2).
 */
package org.skyrack.sweep;
