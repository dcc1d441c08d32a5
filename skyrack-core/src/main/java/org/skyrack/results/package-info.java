/**
 * What a run reports: summaries of the scenario and (in later issues) the simulated metrics,
 * in SI units with the unit in each field name where it is not SI.
 */
package org.skyrack.results;
