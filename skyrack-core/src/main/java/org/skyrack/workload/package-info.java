/**
 * The AI work the constellation runs, as models of its speed: training steps (compute per step
 * from Kaplan et al., "Scaling Laws for Neural Language Models", arXiv 2001.08361: 6 FLOP per
 * parameter per token; model FLOP utilization as defined by Chowdhery et al., PaLM, arXiv
 * 2204.02311; ring all-reduce bandwidth term of Patarasuk &amp; Yuan, J. Parallel Distrib. Comput.
 * 69 (2009)). Pure functions of the scenario and of what the resources and links allow; the
 * simulator ({@code org.skyrack.sim}) decides when they run.
 */
package org.skyrack.workload;
