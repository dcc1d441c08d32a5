package org.skyrack.economics;

/**
 * An input of the orbital cost model that the sensitivity (tornado) table scales. Each driver
 * multiplies one group of inputs of a {@link SpaceCase}; availability is capped at 1.
 */
public enum CostDriver {
    /** Every launch price. */
    LAUNCH_PRICE("launch price"),
    /** Bus cost per kg. */
    BUS_COST("bus cost"),
    /** Solar array cost per W. */
    SOLAR_ARRAY_COST("solar array cost"),
    /** Radiator cost per m². */
    RADIATOR_COST("radiator cost"),
    /** Battery cost per J. */
    BATTERY_COST("battery cost"),
    /** Accelerator unit price. */
    ACCELERATOR_PRICE("accelerator price"),
    /** Integration fraction. */
    INTEGRATION("integration"),
    /** Insurance fraction. */
    INSURANCE("insurance"),
    /** Operations, ground stations, spectrum and licences together. */
    OPERATIONS("operations and ground"),
    /** Accelerator replacement rate. */
    ACCELERATOR_REPLACEMENT("accelerator replacement"),
    /** Availability of the accelerators (simulated or nameplate), capped at 1. */
    AVAILABILITY("availability"),
    /** Design life of every satellite. */
    DESIGN_LIFE("design life"),
    /** Discount rate. */
    DISCOUNT_RATE("discount rate");

    private final String label;

    CostDriver(String label) {
        this.label = label;
    }

    /** Human name for tables. */
    public String label() {
        return label;
    }
}
