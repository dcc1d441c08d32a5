/**
 * The deterministic event loop of the data-center simulation: events as records of a sealed
 * interface ({@link org.skyrack.sim.SimEvent}), time as a {@code long} count of milliseconds from
 * the scenario epoch, an agenda ordered by time, then event kind, then scheduling order
 * ({@link org.skyrack.sim.EventQueue}; events in the past are refused), and one seeded random
 * source per run split per component ({@link org.skyrack.sim.RandomStreams}). The ordering
 * follows discrete-event practice (a serial number breaks ties, as in CloudSim Plus's
 * {@code CloudSimEvent.compareTo}); the seeds are SplitMix64 mixes (Steele, Lea &amp; Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014), never the clock.
 *
 * <p>Work on the constellation:
 * <ul>
 * <li>Training ({@link org.skyrack.sim.TrainingSimulation}): gangs placed first come first
 * served over inter-satellite links, step time from {@code workload.TrainingStepModel} (6·N·B
 * FLOP, Kaplan et al. 2020; ring all-reduce, Patarasuk &amp; Yuan 2009), checkpoints every
 * interval while a job computes, restarts from the last checkpoint on a radiation fault or a
 * satellite failure (no checkpoint during the reload); work done = kept + lost + in progress.
 * Link outages ({@link org.skyrack.sim.Outages}, {@link org.skyrack.sim.LinkDownTimes}) inside a
 * gang: while the links up still join its members, the ring is laid along a depth-first tour of
 * a spanning tree of them, which crosses each tree link once each way (the full walk of a tree;
 * Cormen, Leiserson, Rivest &amp; Stein, <i>Introduction to Algorithms</i>, 3rd ed., 2009,
 * §35.2.1), so every link carries one ring hop's traffic and the step time is unchanged (all
 * links have one rate; per-hop latency is outside the bandwidth model); when they split the
 * gang, the job pauses without losing work until a link returns (pause and resume, as for a
 * transient outage), and a checkpoint falling due meanwhile is taken when it does.</li>
 * <li>Inference ({@link org.skyrack.sim.InferenceSimulation}): Poisson arrivals with a daily
 * curve, thinned beyond a budget (thinning of a Poisson process, Lewis &amp; Shedler, "Simulation
 * of nonhomogeneous Poisson processes by thinning", Naval Research Logistics Quarterly 26, 1979);
 * the M/M/1 mean wait ρ/(1 − ρ)·S at the serving satellite (Kleinrock, <i>Queueing Systems</i>
 * Vol. 1, 1975, §3.2); 2 FLOP per parameter per token for the compute of a request (Kaplan et
 * al. 2020); light in fibre at c/1.47 (silica's group index) over 1.5× the great circle
 * (assumption, terrestrial routes run 1.3–2×); time to first token as the latency.</li>
 * <li>Serving policies ({@link org.skyrack.sim.ServingPolicy}): greedy, power-aware and
 * latency-aware, as in {@code workload.policy}.</li>
 * </ul>
 */
package org.skyrack.sim;
