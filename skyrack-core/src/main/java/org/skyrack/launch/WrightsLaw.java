package org.skyrack.launch;

/**
 * Wright's law: price falls by {@code learningRate} with every doubling of cumulative mass
 * launched, {@code price = p0 · (cumulative / reference)^log2(1 − learningRate)}. Suncatcher
 * (arXiv 2511.19468) uses ~20 % per doubling of the world's cumulative launched mass and finds
 * ≲ $200/kg by the mid-2030s.
 *
 * @param learningRate price drop per doubling, fraction in [0, 1)
 */
public record WrightsLaw(double learningRate) {

    public WrightsLaw {
        if (!(learningRate >= 0 && learningRate < 1)) {
            throw new IllegalArgumentException("learningRate must be in [0, 1), got " + learningRate);
        }
    }

    /** The exponent log2(1 − learningRate), ≤ 0. */
    public double exponent() {
        return StrictMath.log1p(-learningRate) / StrictMath.log(2);
    }

    /** Price multiplier at {@code cumulativeKg} relative to {@code referenceKg} (1 at the reference), dimensionless. */
    public double factor(double cumulativeKg, double referenceKg) {
        if (!(cumulativeKg > 0) || !(referenceKg > 0)) {
            throw new IllegalArgumentException("cumulative and reference masses must be > 0 kg, got " + cumulativeKg + ", "
                    + referenceKg);
        }
        return StrictMath.pow(cumulativeKg / referenceKg, exponent());
    }

    /** Doublings of cumulative mass needed to bring a price from {@code fromUsd} down to {@code toUsd}. */
    public double doublingsToReach(double fromUsd, double toUsd) {
        return StrictMath.log(toUsd / fromUsd) / StrictMath.log1p(-learningRate);
    }
}
