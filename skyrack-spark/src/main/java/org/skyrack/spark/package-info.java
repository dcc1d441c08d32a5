/**
 * The skyrack sweep as an Apache Spark job: the driver expands the sweep file with skyrack-core
 * ({@link org.skyrack.sweep.SweepPlan}), ships each pending point to an executor as one task,
 * the task runs it with {@link org.skyrack.sweep.PointRunner} (the very code the local engine
 * runs) and returns its row, and the driver hands each row on as its task finishes. Depends on
 * skyrack-core and Spark only; the sweep's outputs (sweep.duckdb, points.csv, sweep.html) are
 * written by {@code skyrack sweep --engine spark} in skyrack-app, which runs this job's main
 * ({@link org.skyrack.spark.SparkSweep}) as a child process and reads its rows from stdout.
 */
package org.skyrack.spark;
