/**
 * {@code skyrack sweep}: runs a sweep file's points on a local thread pool or as a Spark job,
 * stores every row in {@code sweep.duckdb} as its point finishes (one transaction per point, so a
 * killed sweep resumes with {@code --resume} and ends with every point exactly once), and at the
 * end writes {@code points.csv} (sorted by point id), the best points, the Pareto front, the
 * Spearman sensitivities and the {@code sweep.html} page. The points themselves are run by
 * skyrack-core's {@link org.skyrack.sweep.PointRunner}, whichever engine runs them.
 */
package org.skyrack.app.sweep;
