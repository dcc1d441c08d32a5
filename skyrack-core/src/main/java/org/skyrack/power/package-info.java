/**
 * Electrical power of each satellite — solar array, battery, loads — and how much compute it can
 * run, integrated exactly between geometry events together with the deck temperature
 * ({@link org.skyrack.thermal}).
 *
 * <p>Models and sources:
 * <ul>
 * <li>Array output = area × packing factor × cell efficiency × S × f × cos i × (1 + γ·(T − 28 °C)) ×
 *     (1 − d)^years, with S the total solar irradiance, 1360.8 W/m² at 1 AU (Kopp &amp; Lean 2011,
 *     GRL 38, L01706) scaled by the inverse square of the Sun's distance; f the visible part of the
 *     Sun's disc from the conical shadow model of {@link org.skyrack.geometry.ShadowGeometry} (so a
 *     penumbra contributes partially); i the Sun's incidence (0 for a Sun-tracking array; for a
 *     body-fixed array the normal is given in the orbit frame: radial, along-track, orbit
 *     normal); γ the cells' temperature coefficient, rated at AM0 and 28 °C (Spectrolab XTJ, Fetzer
 *     et al., IEEE PVSC); d the yearly degradation, compounding, as GEO telemetry fits it
 *     (Lohmeyer et al., Int. J. Space Sci. Eng. 2018: 0.44–1.03 %/yr for GaAs). Degradation per
 *     unit dose is not modelled: the sources give cell retention against 1 MeV electron fluence
 *     (XTJ: 0.89 at 5e14 e/cm²), not against the ionising dose the radiation model computes.</li>
 * <li>Battery: an energy store with one-way charge and discharge efficiencies (default 0.975 each,
 *     ~95 % round trip, from the &gt;99 % coulombic efficiency of Li-ion, Battery University
 *     BU-808c), a floor at the allowed depth of discharge (30 % for 5 LEO years with &lt;20 %
 *     fade, Saft VES180, ESA ARTES) and charge/discharge power limits. Between events power is
 *     constant, so stored energy is linear in time and the times it reaches its floor or top are
 *     solved exactly.</li>
 * <li>Loads: the bus baseline and the inter-satellite terminals are always on; accelerators draw
 *     idle + u·(TDP − idle) for a compute fraction u. Throttling moves along that line, so
 *     delivered compute is proportional to dynamic power — a first-order DVFS assumption, optimistic
 *     at deep throttling where real chips lose efficiency. The ground radio's power is not yet
 *     counted (it is drawn only in contacts, which the operations model will schedule).</li>
 * <li>Policy: compute runs as asked unless power (array plus allowed discharge) or the deck's
 *     maximum temperature forbids it; the always-on loads come first; surplus charges the battery
 *     up to its limit and the rest is curtailed. Every joule is accounted for in an
 *     {@link org.skyrack.power.EnergyLedger}: solar = load + Δbattery + losses + curtailed, closed
 *     to rounding (tests hold it to 1e-9 relative).</li>
 * <li>Sizing ({@link org.skyrack.power.Sizing}): the array, battery and radiator one satellite needs
 *     for a compute power on an orbit, for the year's longest eclipse (found by propagating the orbit
 *     for the year): the battery carries the whole load through the whole penumbra within its depth
 *     of discharge; the end-of-life array at aphelion carries the load and refills the battery in the
 *     sunlit rest of that orbit; the radiator rejects the load at its maximum temperature in the hot
 *     case (perihelion Sun on one face, sub-solar albedo, Earth infrared). Masses from array specific
 *     power (100 W/kg, JPL, Turyshev), battery specific energy (160 Wh/kg, Saft VES180) and radiator
 *     areal density (5 kg/m², JPL, Turyshev). A design built from the sizing runs its worst week at
 *     full compute in {@link org.skyrack.power.FleetEnergyRun}, and 5 % less array or battery does not.</li>
 * </ul>
 *
 * <p>The environment of each piece of the run (between eclipse edges, and at most
 * {@link org.skyrack.power.FleetEnergyRun#MAX_INTERVAL_S} long) is its three-point Gauss–Legendre
 * mean, which makes the piecewise-constant power exact for the integrator and within the
 * quadrature's error of the continuously varying truth (penumbra lasts ~10 s in LEO).
 */
package org.skyrack.power;
