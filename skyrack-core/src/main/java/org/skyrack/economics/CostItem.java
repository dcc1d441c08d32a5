package org.skyrack.economics;

/**
 * One line of a cost table. Capital items are paid once (at launch in orbit, at the start of
 * construction on the ground); operating items accrue over time.
 */
public enum CostItem {
    /** Satellite bus, by its mass. */
    BUS("satellite bus", true),
    /** Solar arrays, by their beginning-of-life power. */
    SOLAR_ARRAYS("solar arrays", true),
    /** Radiator panels, by their area. */
    RADIATORS("radiators", true),
    /** Batteries, by their capacity. */
    BATTERIES("batteries", true),
    /** Accelerators, by unit price. */
    ACCELERATORS("accelerators", true),
    /** Integration and test, a fraction of the hardware. */
    INTEGRATION("integration and test", true),
    /** Launch prices from the launch plan. */
    LAUNCH("launch", true),
    /** Radiation shielding material not in the satellites' design mass, by mass per accelerator watt. */
    SHIELDING("shielding material", true),
    /** Launch of that shielding, at the price per kg of the launch that carries it. */
    SHIELDING_LAUNCH("shielding launch", true),
    /** Launch and first-year insurance, a fraction of hardware plus launch. */
    INSURANCE("insurance", true),
    /** Operations staff and mission control. */
    OPERATIONS("operations", false),
    /** Ground stations. */
    GROUND_STATIONS("ground stations", false),
    /** Spectrum, regulatory fees and licences. */
    SPECTRUM_AND_LICENCES("spectrum and licences", false),
    /** Failed accelerators bought again. */
    ACCELERATOR_REPLACEMENT("accelerator replacement", false),
    /** Terrestrial building, power and cooling plant. */
    BUILDING("building", true),
    /** Terrestrial backup generators and UPS. */
    BACKUP_POWER("backup power", true),
    /** Terrestrial electricity, IT energy times PUE. */
    ELECTRICITY("electricity", false),
    /** Terrestrial cooling water. */
    WATER("water", false);

    private final String label;
    private final boolean capital;

    CostItem(String label, boolean capital) {
        this.label = label;
        this.capital = capital;
    }

    /** Human name for tables. */
    public String label() {
        return label;
    }

    /** True for capital (one-off) items, false for operating items. */
    public boolean capital() {
        return capital;
    }
}
