/**
 * Launch vehicles, manifests, deployment campaigns with failures and replenishment, and launch
 * prices on a learning curve.
 *
 * <p><b>Catalog.</b> {@code vehicles.csv} copies the reference table (providers' price lists and
 * press, each row naming its source): payload to LEO and SSO, list price and year (not inflated),
 * fairing diameter, reuse, 2025 launch count. Figures not published stay empty and must come from
 * the scenario: a vehicle without price needs {@code launch.price_per_kg} or a custom price;
 * one that did not fly in 2025 needs a custom {@code launches_per_year}. No row publishes a usable
 * fairing volume or a failure record.
 *
 * <p><b>Manifest</b> ({@link org.skyrack.launch.Manifest}): satellites per launch =
 * min(floor(payload / mass), floor(fairing volume / stowed volume)), mass only when the volume
 * is unknown; the payload is the SSO figure for sun-synchronous planes when published, else the
 * LEO figure (the altitude of the target orbit is not modelled). One plane per launch unless the
 * vehicle can change planes. A rideshare carries at most {@code launch.rideshare_max_mass}.
 *
 * <p><b>Campaign</b> ({@link org.skyrack.launch.Campaign}): day-resolution slots at each
 * vehicle's cadence (a catalog vehicle gets {@code launch.cadence_share} of its 2025 count);
 * Bernoulli launch failures from one {@link java.util.SplittableRandom} per run, payloads rebuilt
 * and re-flown; end-of-life replacement and disposal at launch + design life, within
 * {@code launch.horizon}; the FCC 22-74 rule (disposal within 5 years of mission end) gives each
 * disposal a deadline. Not modelled: stand-downs after a failure, in-orbit failures, orbit raising,
 * launch-site or inclination limits, assembly of a satellite larger than any one launch.
 *
 * <p><b>Prices.</b> Wright's law {@code p = p0 · (C / C0)^log2(1 − learning rate)}
 * ({@link org.skyrack.launch.WrightsLaw}); Suncatcher (arXiv 2511.19468) uses ~20 % per doubling
 * of the world's cumulative mass and finds ≲ $200/kg by the mid-2030s. {@code C} is this
 * campaign's launched mass (first launch as reference, at list price) or, with
 * {@code learning_basis: industry}, the world's (user-given mass before the start and rate).
 * {@link org.skyrack.launch.ReusableCostModel} gives an operator's marginal cost per flight from
 * booster share, refurbishment fraction, flights per booster and recovery rate (Falcon 9: 162 of
 * 165 boosters recovered in 2025; Neutron 10–20 flights; New Glenn ≥ 25). Launch cost per kW-year
 * ({@link org.skyrack.launch.LaunchCostMetrics}) is Suncatcher's mass × $/kg ÷ (power × life).
 * {@code launch-price-history.csv}-style $/kg figures come from the CSIS Aerospace Security Project.
 */
package org.skyrack.launch;
