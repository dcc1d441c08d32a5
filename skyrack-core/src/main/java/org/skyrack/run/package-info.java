/**
 * One whole run of a scenario: build the constellation, find its geometry, integrate every
 * satellite's power and heat, run the work, plan the launch campaign and cost it. The models
 * and their sources are named in the packages this one calls ({@code geometry}, {@code power},
 * {@code thermal}, {@code radiation}, {@code sim}, {@code launch}, {@code economics}); this
 * package only wires them in the order the data flows (ARCHITECTURE.md, "Data flow") and hands
 * the rows of the run's tables to a {@link org.skyrack.run.RunRecorder}. It is shared by the
 * command line, the local sweep and the Spark sweep, so a point gives the same summary
 * wherever it runs.
 */
package org.skyrack.run;
