/**
 * Thermal model of a compute satellite: one lumped node for the compute deck and its radiator,
 * advanced exactly between simulation events.
 *
 * <p>Model. C·dT/dt = Q − k·T⁴ with T the node temperature (K), C the heat capacity (J/K),
 * k = ε·σ·A·faces (W/K⁴) and Q (W) the sum of the internal dissipation (every watt of electrical
 * load ends as heat) and the absorbed environment
 * A·[α·S·f·cos θ + F·(α·S·a·K + α_IR·q_IR)] ({@link org.skyrack.thermal.DeckThermalModel},
 * {@link org.skyrack.thermal.ThermalEnvironment}). With Q constant over an interval the equation
 * is solved in closed form through the antiderivative of 1/(a⁴ − T⁴),
 * (1/(2a³))·[atanh(T/a) + atan(T/a)] below the equilibrium a = (Q/k)^¼ and the arcoth branch above
 * it, inverted by a bracketed Newton iteration; Q = 0 is the pure cooling
 * T₀·(1 + 3k·T₀³·t/C)^(−⅓). Temperatures move monotonically toward the equilibrium and never
 * cross it; a target beyond it is never reached (+∞).
 *
 * <p>Assumptions.
 * <ul>
 *   <li>One node: the deck and the radiator are tied by heat pipes or a pumped loop with no
 *       conduction delay or temperature drop, so the radiator runs at the deck temperature, the
 *       one the throttling limit ({@code SatelliteDesign.Radiator.maxTemperatureK}) applies to.
 *       A real loop runs the radiator some kelvin below the cold plates (not modelled; a
 *       scenario can allow for it in the limit it sets).</li>
 *   <li>The radiator is a flat panel, 1 or 2 faces of area A, each face emitting to deep space
 *       (2.7 K, neglected) with emissivity ε. Default orientation, the usual design attitude:
 *       the panel edge-on to the Sun (cos θ = 0) so only the Earth loads it; sunlight on a face
 *       enters through cos θ and the visible fraction f of the Sun's disc (0 umbra, 1 full Sun,
 *       penumbra between) from the shadow model of {@code org.skyrack.geometry}.</li>
 *   <li>The Earth loads the panel through one view factor F per unit panel area, the sum over
 *       the faces that see the Earth, as Starcloud's 0.25 is used.</li>
 *   <li>Albedo factor K: albedo reaching the panel is S·a·F·K with K the cosine of the Sun's
 *       zenith angle at the sub-satellite point, clamped at 0 (Gilmore). It is exact under a
 *       small lit patch and underestimates within ~25° of the terminator at 650 km, where a
 *       crescent of sunlit Earth is still in view; for the dawn–dusk orbits of interest the whole
 *       albedo load is a few W/m², under 0.5 % of a 20 °C radiator's net rejection.</li>
 *   <li>Earth infrared is absorbed with α_IR = ε (Kirchhoff's law for a surface grey in the
 *       thermal infrared); the parameter exists to reproduce balances that use another
 *       convention.</li>
 *   <li>Optical properties do not degrade in orbit (coatings do: silicate white paint goes from
 *       α 0.12 to 0.14 in 1000 h of UV, Fortescue Table 11.3); a scenario sets end-of-life values.</li>
 * </ul>
 *
 * <p>Sources. Stefan–Boltzmann constant 5.670374419e-8 W/(m²·K⁴), CODATA 2018. Total solar
 * irradiance 1360.8 W/m² at 1 AU: Kopp &amp; Lean, "A new, lower value of total solar
 * irradiance", Geophys. Res. Lett. 38, L01706 (2011); astronomical unit, IAU 2012 Resolution B2.
 * Earth albedo ~0.30 and outgoing infrared 230–240 W/m² (237 used): Fortescue, Swinerd &amp;
 * Stark, <i>Spacecraft Systems Engineering</i>, 4th ed. (Wiley, 2011), ch. 11, with coating
 * properties in Table 11.3. Albedo falling with the cosine of the solar zenith angle and the
 * radiator energy balance: Gilmore (ed.), <i>Spacecraft Thermal Control Handbook</i>, Vol. I,
 * 2nd ed. (Aerospace Press, 2002), ch. 2.
 *
 * <p>Check against a published balance: Starcloud, "Why we should train AI in space", white
 * paper v1.03 (Sept 2024): a two-faced radiator at 20 °C, ε 0.92, α 0.09, F 0.25, albedo 0.3,
 * sunlight 1366 W/m² emits 770.48 W/m², absorbs 122.94 (Sun) + 14.46 (Earth) and nets
 * 633.08 W/m². The 14.46 W/m² is α·F·(a·S + σ·(253.15 K)⁴): sub-solar albedo (K = 1) plus the
 * infrared of a −20 °C black-body Earth, both absorbed with the solar absorptivity α. The model
 * reproduces it with {@code withInfraredAbsorptivity(α)}; absorbing the infrared with ε instead,
 * as Kirchhoff's law requires, the same panel nets 584.8 W/m², 7.6 % less (tests).
 */
package org.skyrack.thermal;
