package org.skyrack.radiation;

/**
 * Expected faults per unit of absorbed dose, per accelerator chip (the first three) or per host
 * (the last two), in events per Gy(Si). A fault count over a dose D is Poisson with mean
 * rate × D. Build one with other figures to override the defaults.
 *
 * @param silentDataCorruptionPerGy silent data corruptions per chip, 1/Gy
 * @param hbmUncorrectablePerGy     uncorrectable HBM errors per chip, 1/Gy
 * @param acceleratorCrashPerGy     crashes needing a reset per chip, 1/Gy
 * @param hostCpuPerGy              host CPU errors per host, 1/Gy
 * @param hostRamPerGy              host memory errors per host, 1/Gy
 */
public record FaultRates(double silentDataCorruptionPerGy, double hbmUncorrectablePerGy,
                         double acceleratorCrashPerGy, double hostCpuPerGy, double hostRamPerGy) {

    public FaultRates {
        nonNegative("silentDataCorruptionPerGy", silentDataCorruptionPerGy);
        nonNegative("hbmUncorrectablePerGy", hbmUncorrectablePerGy);
        nonNegative("acceleratorCrashPerGy", acceleratorCrashPerGy);
        nonNegative("hostCpuPerGy", hostCpuPerGy);
        nonNegative("hostRamPerGy", hostRamPerGy);
    }

    /**
     * Google's Trillium TPU (v6e) under 67 MeV protons, Project Suncatcher (arXiv 2511.19468,
     * §4.3, as summarised in secondary sources): silent data corruption 1 per 14.4–20 rad,
     * uncorrectable HBM error 1 per 44–50 rad, crash 1 per 5 krad, host CPU error 1 per 450 rad,
     * host RAM error 1 per 400 rad. Where a range is given the frequent (conservative) end is
     * used: 1 per 14.4 rad and 1 per 44 rad.
     */
    public static FaultRates suncatcherTpu() {
        return fromRadPerEvent(14.4, 44, 5000, 450, 400);
    }

    /**
     * Rates given as dose per event, rad(Si), as test reports state them; infinite for a fault
     * that does not occur.
     */
    public static FaultRates fromRadPerEvent(double sdcRad, double hbmRad, double crashRad, double hostCpuRad,
                                             double hostRamRad) {
        return new FaultRates(perGy("sdcRad", sdcRad), perGy("hbmRad", hbmRad), perGy("crashRad", crashRad),
                perGy("hostCpuRad", hostCpuRad), perGy("hostRamRad", hostRamRad));
    }

    /** The rate for one kind, 1/Gy per chip or per host. */
    public double perGy(FaultKind kind) {
        return switch (kind) {
            case SILENT_DATA_CORRUPTION -> silentDataCorruptionPerGy;
            case HBM_UNCORRECTABLE -> hbmUncorrectablePerGy;
            case ACCELERATOR_CRASH -> acceleratorCrashPerGy;
            case HOST_CPU -> hostCpuPerGy;
            case HOST_RAM -> hostRamPerGy;
        };
    }

    private static double perGy(String field, double radPerEvent) {
        if (!(radPerEvent > 0)) {
            throw new IllegalArgumentException(field + " must be > 0 rad per event, got " + radPerEvent);
        }
        return 1.0 / (radPerEvent * TotalDoseModel.GY_PER_RAD);
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and >= 0 per Gy, got " + value);
        }
    }
}
