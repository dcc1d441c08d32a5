package org.skyrack.launch;

/**
 * What one flight of a partly reusable vehicle costs its operator. A share {@code boosterShare}
 * of the vehicle's build cost is the recovered part; the rest is expended every flight. A
 * booster flies until it is lost (each landing succeeds with probability {@code recoveryRate})
 * or reaches {@code flightsPerBooster}; so it flies on average
 * {@code E[F] = (1 − q^n) / (1 − q)} times ({@code n} when {@code q = 1}). Each reflight costs
 * {@code refurbishmentFraction} of the booster's build cost. Per flight:
 * {@code cost = C·(1 − b) + C·b / E[F] + r·C·b·(E[F] − 1) / E[F]}.
 *
 * <p>Sources for the inputs in the reference: Falcon 9 recovered 162 of 165 boosters in 2025
 * (q ≈ 0.98); Neutron boosters 10–20 flights, New Glenn ≥ 25; Rocket Lab's Neutron internal cost
 * $20–25M against a $50–55M price. Booster share and refurbishment fraction have no published
 * figure there: they are inputs (assumptions) of whoever uses this model.
 *
 * @param vehicleCostUsd        build cost of a whole (expendable) vehicle, USD
 * @param boosterShare          recovered part's share of that cost, fraction
 * @param refurbishmentFraction cost of readying a recovered booster for reflight, fraction of the booster's cost
 * @param flightsPerBooster     flights a booster may fly, ≥ 1
 * @param recoveryRate          probability a booster is recovered after a flight, fraction
 */
public record ReusableCostModel(double vehicleCostUsd, double boosterShare, double refurbishmentFraction,
                                int flightsPerBooster, double recoveryRate) {

    public ReusableCostModel {
        if (!(vehicleCostUsd >= 0) || Double.isInfinite(vehicleCostUsd) || !fraction(boosterShare)
                || !fraction(refurbishmentFraction) || flightsPerBooster < 1 || !fraction(recoveryRate)) {
            throw new IllegalArgumentException("reusable cost model needs cost >= 0 USD, fractions in [0, 1] and >= 1 "
                    + "flight per booster, got " + vehicleCostUsd + ", " + boosterShare + ", " + refurbishmentFraction + ", "
                    + flightsPerBooster + ", " + recoveryRate);
        }
    }

    private static boolean fraction(double x) {
        return x >= 0 && x <= 1;
    }

    /** Expected flights of one booster, E[F] = Σ_{k<n} q^k. */
    public double expectedFlightsPerBooster() {
        if (recoveryRate == 1) {
            return flightsPerBooster;
        }
        return (1 - StrictMath.pow(recoveryRate, flightsPerBooster)) / (1 - recoveryRate);
    }

    /** Expected cost of one flight to the operator, USD. */
    public double costPerFlightUsd() {
        double booster = vehicleCostUsd * boosterShare;
        double f = expectedFlightsPerBooster();
        return vehicleCostUsd - booster + booster / f + refurbishmentFraction * booster * (f - 1) / f;
    }
}
