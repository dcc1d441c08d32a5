package org.skyrack.launch;

/**
 * The price of one launch before learning, USD. Two rules: the vehicle's list price (a
 * rideshare: its base price plus a price per kg beyond the base slot), or one price per kg of
 * satellites carried for every vehicle ({@code launch.price_per_kg}).
 */
@FunctionalInterface
public interface LaunchPricing {

    /** Price of a launch of {@code vehicle} carrying {@code payloadMassKg} of satellites, USD. */
    double priceUsd(LaunchVehicle vehicle, double payloadMassKg);

    /** Every vehicle at {@code usdPerKg} per kg of satellites carried. */
    static LaunchPricing perKg(double usdPerKg) {
        if (!(usdPerKg >= 0) || Double.isInfinite(usdPerKg)) {
            throw new IllegalArgumentException("price per kg must be finite and >= 0, got " + usdPerKg);
        }
        return (vehicle, massKg) -> usdPerKg * massKg;
    }

    /**
     * List prices; a vehicle without one is an input error naming it.
     *
     * @throws LaunchInputException when the vehicle has no price
     */
    static LaunchPricing listPrice() {
        return (vehicle, massKg) -> {
            if (vehicle.priceUsd().isEmpty()) {
                throw noPrice(vehicle.id());
            }
            double base = vehicle.priceUsd().getAsDouble();
            if (vehicle.rideshare()) {
                if (vehicle.extraPricePerKgUsd().isEmpty()) {
                    throw new LaunchInputException(vehicle.id() + " has no published price per extra kg: give "
                            + "launch.price_per_kg");
                }
                return base + vehicle.extraPricePerKgUsd().getAsDouble() * Math.max(0, massKg - vehicle.leoPayloadKg());
            }
            return base;
        };
    }

    /** The error for a vehicle with no price. */
    static LaunchInputException noPrice(String vehicleId) {
        return new LaunchInputException(vehicleId + " has no published price: give launch.price_per_kg or a custom vehicle "
                + "price");
    }
}
