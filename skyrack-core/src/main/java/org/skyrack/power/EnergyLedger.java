package org.skyrack.power;

/**
 * Every joule of one satellite (or a fleet, by {@link #add}) over a run: what the array made,
 * what the loads took, what the battery kept, lost and what had to be curtailed. The balance
 * {@code solar = load + Δbattery + losses + curtailed} holds by construction of each interval and
 * is reported as {@link #balanceErrorFraction()} so tests and users can see it close. J, s, K.
 */
public final class EnergyLedger {
    double solarJ;
    double loadJ;
    double lossesJ;
    double curtailedJ;
    double unservedJ;
    double dischargedJ;
    double batteryStartJ;
    double batteryEndJ;
    double capacityJ;
    double minStateOfChargeFraction = 1;
    double requestedComputeS;
    double deliveredComputeS;
    double powerThrottledS;
    double thermalThrottledS;
    double maxDeckTemperatureK = Double.NEGATIVE_INFINITY;
    double durationS;

    /** Array output, J. */
    public double solarJ() {
        return solarJ;
    }

    /** Energy delivered to the loads, J. */
    public double loadJ() {
        return loadJ;
    }

    /** Battery charge and discharge losses, J. */
    public double lossesJ() {
        return lossesJ;
    }

    /** Array output neither used nor stored (battery full or at its charge limit), J. */
    public double curtailedJ() {
        return curtailedJ;
    }

    /** Load the array and battery could not carry even with compute idle, J (0 in a sound design). */
    public double unservedJ() {
        return unservedJ;
    }

    /** Energy the battery delivered to the bus, J (its cycling). */
    public double dischargedJ() {
        return dischargedJ;
    }

    /** Change of stored battery energy, J. */
    public double batteryDeltaJ() {
        return batteryEndJ - batteryStartJ;
    }

    /** Summed battery capacity, J. */
    public double capacityJ() {
        return capacityJ;
    }

    /** |solar − (load + Δbattery + losses + curtailed)| / solar, or 0 with no solar energy. */
    public double balanceErrorFraction() {
        double residual = solarJ - (loadJ + batteryDeltaJ() + lossesJ + curtailedJ);
        return solarJ == 0 ? Math.abs(residual) : Math.abs(residual) / solarJ;
    }

    /** Lowest stored energy over capacity seen (1 with no battery). */
    public double minStateOfChargeFraction() {
        return minStateOfChargeFraction;
    }

    /** Compute delivered over compute asked for (1 when none was asked). */
    public double computeAvailableFraction() {
        return requestedComputeS == 0 ? 1 : deliveredComputeS / requestedComputeS;
    }

    /** Compute asked for, in full-load seconds. */
    public double requestedComputeS() {
        return requestedComputeS;
    }

    /** Compute delivered, in full-load seconds. */
    public double deliveredComputeS() {
        return deliveredComputeS;
    }

    /** Time compute was held back by power, s. */
    public double powerThrottledS() {
        return powerThrottledS;
    }

    /** Time compute was held back by the deck's maximum temperature, s. */
    public double thermalThrottledS() {
        return thermalThrottledS;
    }

    /** Highest deck temperature reached, K. */
    public double maxDeckTemperatureK() {
        return maxDeckTemperatureK;
    }

    /** Integrated time (summed over satellites for a fleet), s. */
    public double durationS() {
        return durationS;
    }

    /** Adds another ledger's totals into this one (a fleet's sum; extremes combine). */
    public void add(EnergyLedger o) {
        solarJ += o.solarJ;
        loadJ += o.loadJ;
        lossesJ += o.lossesJ;
        curtailedJ += o.curtailedJ;
        unservedJ += o.unservedJ;
        dischargedJ += o.dischargedJ;
        batteryStartJ += o.batteryStartJ;
        batteryEndJ += o.batteryEndJ;
        capacityJ += o.capacityJ;
        minStateOfChargeFraction = Math.min(minStateOfChargeFraction, o.minStateOfChargeFraction);
        requestedComputeS += o.requestedComputeS;
        deliveredComputeS += o.deliveredComputeS;
        powerThrottledS += o.powerThrottledS;
        thermalThrottledS += o.thermalThrottledS;
        maxDeckTemperatureK = Math.max(maxDeckTemperatureK, o.maxDeckTemperatureK);
        durationS += o.durationS;
    }
}
