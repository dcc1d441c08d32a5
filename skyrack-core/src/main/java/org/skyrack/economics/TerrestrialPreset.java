package org.skyrack.economics;

import org.skyrack.units.Units;

/**
 * Terrestrial data-center baselines with a source for each figure, in SI units (USD/W,
 * USD/J, m³/J, s, USD/m³). A scenario names a preset and may override any field. Both presets
 * share backup power at 0.5 USD/W (Starcloud white paper v1.03, Sept 2024: $20M of backup
 * power for a 40 MW campus) and water at 2 USD/m³ (assumption: US commercial water-and-sewer
 * rates run a few dollars per m³).
 *
 * @see <a href="https://www.cushmanwakefield.com/en/united-states/insights/data-center-development-cost-guide">
 *      Cushman &amp; Wakefield, Data Center Development Cost Guide 2025</a>
 */
public enum TerrestrialPreset {

    /**
     * A US hyperscale campus: $11.7M/MW build cost (Cushman &amp; Wakefield 2025, average of 19
     * US markets), 8.06 ¢/kWh industrial electricity (EIA, 2023), PUE 1.2 (Uptime Institute:
     * hyperscale 1.1–1.2), 0.38 L/kWh water (LBNL 2024), 2-year build (assumption).
     */
    US_HYPERSCALE("us-hyperscale", 11.7, 0.0806, 1.2, 0.38, 2.0, 0.5, 2.0),

    /**
     * A Stargate-class campus (Abilene, ~1.2 GW): ~$15B facility financing over 1.2 GW
     * ($12.5/W, FT via DCD), Texas industrial electricity 6.60 ¢/kWh (EIA Electric Power
     * Annual 2023), PUE 1.2, 0.38 L/kWh water (LBNL 2024), 1-year build of the first phase
     * (press reports).
     */
    STARGATE("stargate", 12.5, 0.066, 1.2, 0.38, 1.0, 0.5, 2.0);

    private final String id;
    private final double capexPerWUsd;
    private final double electricityPerJUsd;
    private final double pue;
    private final double waterPerJM3;
    private final double buildTimeS;
    private final double backupPowerPerWUsd;
    private final double waterPricePerM3Usd;

    TerrestrialPreset(String id, double capexUsdPerW, double usdPerKwh, double pue, double litresPerKwh,
                      double buildYears, double backupUsdPerW, double waterUsdPerM3) {
        this.id = id;
        this.capexPerWUsd = capexUsdPerW;
        this.electricityPerJUsd = usdPerKwh / (1000 * Units.WH_J);
        this.pue = pue;
        this.waterPerJM3 = litresPerKwh * 1e-3 / (1000 * Units.WH_J);
        this.buildTimeS = buildYears * Units.YEAR_S;
        this.backupPowerPerWUsd = backupUsdPerW;
        this.waterPricePerM3Usd = waterUsdPerM3;
    }

    /** The name used in scenario files. */
    public String id() {
        return id;
    }

    /** Build cost per watt of IT power, USD/W. */
    public double capexPerWUsd() {
        return capexPerWUsd;
    }

    /** Electricity price, USD/J. */
    public double electricityPerJUsd() {
        return electricityPerJUsd;
    }

    /** Power usage effectiveness. */
    public double pue() {
        return pue;
    }

    /** Water per joule of IT energy, m³/J. */
    public double waterPerJM3() {
        return waterPerJM3;
    }

    /** Time to build, s. */
    public double buildTimeS() {
        return buildTimeS;
    }

    /** Backup generators and UPS per watt of IT power, USD/W. */
    public double backupPowerPerWUsd() {
        return backupPowerPerWUsd;
    }

    /** Price of water, USD/m³. */
    public double waterPricePerM3Usd() {
        return waterPricePerM3Usd;
    }
}
