/**
 * Formation layouts: where the members of a tight cluster sit relative to its reference orbit,
 * from the Hill–Clohessy–Wiltshire equations (Clohessy &amp; Wiltshire 1960; Vallado, 4th ed.,
 * §6.8). Dependency-free, so the scenario reader can check a layout's spacing at validation
 * and the orbit builder can place the members from the same code. A station-kept cluster
 * ({@code org.skyrack.orbit.KeptFormationSource}) holds its members on these HCW slots around
 * the propagated reference orbit for the whole run.
 */
package org.skyrack.formation;
