/**
 * Quantities with units at the edge of skyrack: scenario text such as {@code 650 km} or
 * {@code 200 USD/kg} is converted here to SI doubles (m, kg, s, K, rad, W, J, bit, USD, FLOP),
 * the only units used inside. Unit factors: SI brochure (BIPM, 9th edition, 2019) for SI
 * prefixes and derived units; the Julian year (365.25 d, IAU) for {@code yr}; 1 rad (dose) =
 * 0.01 Gy; 1 lb = 0.45359237 kg and 1 ft = 0.3048 m (international yard and pound, 1959);
 * 1 au = 149,597,870,700 m (IAU 2012 Resolution B2). Data sizes use decimal prefixes
 * (1 GB = 8e9 bit), as memory and link data sheets do.
 */
package org.skyrack.units;
