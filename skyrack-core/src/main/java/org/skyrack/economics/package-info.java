/**
 * Cost model inputs and (in later issues) the TCO, $/kW-year and make-or-buy models.
 *
 * <p>Sources: Cushman &amp; Wakefield Data Center Development Cost Guide 2025 (build cost per
 * MW), EIA Electric Power Annual 2023 (electricity prices), Uptime Institute Global Data
 * Center Survey 2024 (PUE), LBNL 2024 United States Data Center Energy Usage Report (water).
 */
package org.skyrack.economics;
