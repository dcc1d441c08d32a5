/**
 * Economics of orbital compute next to a terrestrial campus: capex by item, opex, yearly cash
 * flows discounted to an NPV, levelized $/kW-year, $/accelerator-hour and $/PFLOP of delivered
 * compute with their launch share, the break-even launch price, a tornado, launch make-or-buy
 * and the licensing milestones.
 *
 * <p>Model ({@link org.skyrack.economics.SpaceCostModel}, {@link org.skyrack.economics.TerrestrialCostModel}):
 * flows are bucketed into Julian years from the base date (first launch; start of construction)
 * and discounted by (1 + r)^-k, costs and delivered compute alike, so a levelized figure is
 * present cost over present delivery. Delivered compute is accelerator power (count × TDP) ×
 * availability × time; availability is the simulated {@code power.compute_available_fraction}
 * when a run is given, else 1 (nameplate).
 *
 * <p>Assumptions: hardware is paid on the launch day (earlier progress payments would raise the
 * present cost); arrays are priced per watt at beginning of life, 1 AU, normal incidence, 28 °C;
 * satellites of a failed launch are paid for and deliver nothing; no residual value at end of
 * life on either side; the ground campus runs the same accelerators at full load with
 * availability 1, pays build and backup power at the base date and buys the accelerators when
 * built (build time is a delay); ground staff, land and taxes are not counted (the build-cost
 * source excludes land and soft costs); make-or-buy is an NPV at the same discount rate, with the
 * owned vehicle's delay as an expectation over two outcomes; the disposal check assumes a circular
 * orbit decaying through an exponential atmosphere at one solar-activity level.
 *
 * <p>Sources: Cushman &amp; Wakefield Data Center Development Cost Guide 2025 (build cost per
 * MW), EIA Electric Power Annual 2023 (electricity prices), Uptime Institute Global Data
 * Center Survey 2024 (PUE), LBNL 2024 United States Data Center Energy Usage Report (water),
 * Starcloud "Why we should train AI in space" v1.03, Sept 2024 (backup power per W; the 40 MW
 * Earth case the tests reproduce), arXiv 2511.19468 (Suncatcher launch $/kW-year method),
 * Andrew McCalip's space-datacenter calculator, andrewmccalip/thoughts e59571e
 * ({@link org.skyrack.economics.McCalipReference}, reproduced by the tests); rules: 47 CFR 25.164
 * (FCC NGSO milestones), WRC-19 Resolution 35 (ITU milestones), 14 CFR 450.7 (FAA licence term),
 * FCC 22-74 (5-year disposal); Vallado, Fundamentals of Astrodynamics and Applications, 4th ed.,
 * Table 8-4 (CIRA-72 exponential atmosphere, for natural decay). The water price (2 USD/m³), ground-station, spectrum and
 * make-or-buy defaults are assumptions, marked as such in docs/scenario.md.
 */
package org.skyrack.economics;
