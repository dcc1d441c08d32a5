/**
 * The network: which links are up, how fast they run, and the shortest paths by latency over
 * them. Physics-level: it reads positions and link parameters and never the simulator.
 *
 * <p>Models and sources:
 * <ul>
 * <li>Ground links ({@link org.skyrack.network.GroundLinkBudget}): the standard clear-sky link
 * budget — free-space path loss 20·log10(4πdf/c), C/N0 = EIRP + G/T − L_FS − L_other + 228.6
 * dB·Hz, and the rate R with Eb/N0 = C/N0 − 10·log10 R at the required value (Maral &amp;
 * Bousquet, <i>Satellite Communications Systems</i>, 5th ed., Wiley 2009, §5.2–5.6; Sklar,
 * <i>Digital Communications</i>, 2nd ed., 2001, §5.5). Rain and gaseous attenuation are inside
 * the scenario's single {@code losses} figure; the rate is continuous (Shannon-like in the
 * exponent), not stepped by a modulation table. A link is up only while the satellite is above
 * the station's mask (the contacts of {@code geometry}) and the budget gives at least the
 * minimum rate.</li>
 * <li>Inter-satellite links ({@link org.skyrack.network.ConstellationLinks}): optical terminals
 * at a fixed rate each way (e.g. 100 Gbps per Starlink laser; the Suncatcher bench pair 1.6 Tbps
 * in total, 800 Gbps each way), up when the pair is a topology candidate, within the terminal's
 * range, in line of sight above an 80 km grazing altitude, and both ends have a free terminal.
 * Acquisition time and pointing outages are not modelled.</li>
 * <li>Routing ({@link org.skyrack.network.Router}): Dijkstra's algorithm (Dijkstra 1959; Cormen
 * et al., <i>Introduction to Algorithms</i>, 3rd ed., §24.3) by delay = Σ range/c + Σ per-hop
 * switching, over a compressed-sparse-row graph ({@link org.skyrack.network.LinkGraph}); ground
 * stations are end points, not relays (as in Hypatia, Kassing et al., IMC 2020). The priority
 * queue is Dial's bucket queue (Dial, CACM 12(11), 1969; with buckets narrower than the lightest
 * link every node of the current bucket is final, Ahuja et al., <i>Network Flows</i>, 1993,
 * §4.6) when the heaviest link weighs at most 64 times the lightest, else a binary heap; both
 * give the same delays bit for bit (tested). Routes are cached per graph version and recomputed
 * only after the links change; many sources may be split over threads.</li>
 * <li>Latency of a message ({@link org.skyrack.network.ShortestPaths#latencyS}): store and
 * forward, Σ propagation + switching + serialization (8·B/rate) + queueing per hop; queueing is
 * a hook ({@link org.skyrack.network.QueueingModel}), zero by default, or the M/M/1 mean wait
 * ρ/(1−ρ)·S at a given utilisation (Kleinrock 1975).</li>
 * </ul>
 *
 * <p>Units: m, s, bit/s, Hz; decibel quantities end in {@code Db}, {@code Dbw}, {@code DbPerK}
 * or {@code DbHz}.
 */
package org.skyrack.network;
