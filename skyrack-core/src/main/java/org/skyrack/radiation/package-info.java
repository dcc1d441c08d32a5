/**
 * Radiation: orbit-averaged total ionising dose behind aluminium shielding
 * ({@link org.skyrack.radiation.TotalDoseModel}), single-event faults of accelerators and hosts
 * as a seeded Poisson process ({@link org.skyrack.radiation.FaultProcess},
 * {@link org.skyrack.radiation.FaultRates}) and chip life against total dose
 * ({@link org.skyrack.radiation.ChipLife}). SI inside: Gy(Si), Gy/s, s, m; 1 rad = 0.01 Gy.
 *
 * <p>Sources, copied into {@code src/main/resources/org/skyrack/radiation/} with the source in
 * each file's header:
 * <ul>
 * <li>Dose at 550 km by inclination (0–105°, 5° steps) and aluminium thickness (1–20 mm), trapped
 * protons and electrons separately: SPENVIS SHIELDOSE-2, centre of Al spheres, Si target, AP-8
 * solar minimum and AE-8, 5-year mission from 2023, trapped particles only. Pfandzelter &amp;
 * Bermbach, LEO-NET'23 (arXiv 2302.08952), runs published at
 * github.com/pfandzelter/leo-edge-failure-models ({@code compute-failure/results}).</li>
 * <li>Dose growth with altitude (500–2000 km) for dawn–dusk SSO and 30° orbits behind 2, 5 and
 * 10 mm: SHIELDOSE-2 spheres, the worse of AP-8/AE-8 MIN and MAX, plus SAPPHIRE solar protons at
 * 95 % confidence. rMcDonald17/Orbital-Datacenters, {@code docs/radiation_altitude_trade.md}.</li>
 * <li>Fault rates per dose and the mission-dose check (~150 rad(Si)/yr at 650 km dawn–dusk SSO,
 * shielding depth unconfirmed, ~10 mm Al in secondary summaries): Google Project Suncatcher,
 * arXiv 2511.19468 (Trillium TPU under 67 MeV protons).</li>
 * </ul>
 *
 * <p>The model and its limits. The dose is the 550 km table's electron and proton parts, each
 * scaled by its own growth with altitude, the pair fitted so the altitude table's 2 mm and
 * 10 mm growth is reproduced (see {@link org.skyrack.radiation.TotalDoseModel}). So the 550 km
 * values are trapped-only (AP-8 MIN / AE-8 at the "solar maximum" setting), while the altitude
 * growth also carries solar protons and a MIN/MAX envelope: the result is neither a pure
 * trapped dose nor a full envelope. At 650 km SSO behind 10 mm it gives ~180 rad/yr against
 * Suncatcher's ~150. Altitude growth is known only for 30° and SSO; between them it is
 * interpolated, which at mid inclinations (~45–60°) above ~1000 km applies the 30° orbits' steep
 * electron growth to the high-latitude electrons that dominate there, and may overstate the
 * dose behind thin shields by up to a few times: treat such results as uncertain. Not modelled:
 * the solar cycle (one fixed environment), solar particle events as events, galactic cosmic
 * rays, the South Atlantic Anomaly as a place (faults are spread uniformly over the orbit),
 * spacecraft geometry other than a solid sphere, materials other than aluminium, displacement
 * damage, and dose-dependent fault rates. AP-8/AE-8 are legacy models, conservative for
 * electrons. No extrapolation: altitudes outside 500–2000 km and shields outside 1–20 mm are
 * rejected.
 *
 * <p>Faults are independent Poisson events at rate (faults per Gy) × (chips or hosts) × (Gy/s);
 * each satellite draws from its own {@link java.util.SplittableRandom} seeded from the run seed
 * and the satellite index, so results do not depend on thread count or on other satellites.
 */
package org.skyrack.radiation;
