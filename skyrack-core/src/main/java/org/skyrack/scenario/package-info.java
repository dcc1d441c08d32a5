/**
 * The scenario language: one YAML file describing a whole orbital data center, read into
 * immutable records in SI units by {@link org.skyrack.scenario.ScenarioReader}. Every physical
 * quantity is written with its unit; every problem is reported with file, line, field path,
 * the value seen and what was expected, under an {@link org.skyrack.scenario.ErrorCode}.
 * Defaults come with sources where one exists (see {@code docs/scenario.md}): Starcloud's
 * radiator figures (white paper v1.03, 2024), Saft VES180 depth of discharge (ESA ARTES),
 * Suncatcher's 15 krad(Si) TPU dose tolerance (arXiv 2511.19468), 6 FLOP per parameter per
 * token for training compute (Kaplan et al. 2020, arXiv 2001.08361).
 */
package org.skyrack.scenario;
