/**
 * The deterministic event loop of the data-center simulation: events as records of a sealed
 * interface ({@link org.skyrack.sim.SimEvent}), time as a {@code long} count of milliseconds from
 * the scenario epoch, an agenda ordered by time, then event kind, then scheduling order
 * ({@link org.skyrack.sim.EventQueue}; events in the past are refused), and one seeded random
 * source per run split per component ({@link org.skyrack.sim.RandomStreams}). The ordering
 * follows discrete-event practice (a serial number breaks ties, as in CloudSim Plus's
 * {@code CloudSimEvent.compareTo}); the seeds are SplitMix64 mixes (Steele, Lea &amp; Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014), never the clock.
 */
package org.skyrack.sim;
