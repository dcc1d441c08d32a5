package org.skyrack.radiation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Radiation faults on one satellite as a Poisson process in time: at a constant orbit-averaged
 * dose rate Ḋ (Gy/s), each accelerator suffers faults of kind k at rate r_k·Ḋ (1/s) and each host
 * at its own rates, all independent. The superposition is a Poisson process of total rate
 * Λ = Σ_k r_k·n_k·Ḋ, drawn as exponential gaps of mean 1/Λ, each event then given a kind with
 * probability r_k·n_k·Ḋ/Λ and a uniformly chosen accelerator or host. Faults cluster in the South
 * Atlantic Anomaly in reality; here the rate is uniform over the orbit.
 *
 * <p>Draws are reproducible: satellite s of a run seeded with {@code seed} always draws from
 * {@link #streamSeed(long, int) streamSeed(seed, s)}, so its faults do not depend on the other
 * satellites, on how many there are, or on the thread that computes them.
 */
public final class FaultProcess {

    private static final FaultKind[] KINDS = FaultKind.values();

    private final double doseRateGyPerS;
    private final int acceleratorCount;
    private final int hostCount;
    private final FaultRates rates;
    /** Rate of each kind on the whole satellite, 1/s, in {@link FaultKind} order. */
    private final double[] kindRatePerS;
    private final double totalRatePerS;

    /**
     * @param doseRateGyPerS   orbit-averaged dose rate at the chips, Gy/s, ≥ 0
     * @param acceleratorCount accelerators on the satellite, ≥ 0
     * @param hostCount        hosts on the satellite, ≥ 0
     * @param rates            faults per Gy per accelerator or host
     */
    public FaultProcess(double doseRateGyPerS, int acceleratorCount, int hostCount, FaultRates rates) {
        if (!(doseRateGyPerS >= 0) || Double.isInfinite(doseRateGyPerS)) {
            throw new IllegalArgumentException("doseRateGyPerS must be finite and >= 0 Gy/s, got " + doseRateGyPerS);
        }
        if (acceleratorCount < 0 || hostCount < 0) {
            throw new IllegalArgumentException("acceleratorCount and hostCount must be >= 0, got "
                    + acceleratorCount + " and " + hostCount);
        }
        this.doseRateGyPerS = doseRateGyPerS;
        this.acceleratorCount = acceleratorCount;
        this.hostCount = hostCount;
        this.rates = Objects.requireNonNull(rates, "rates");
        this.kindRatePerS = new double[KINDS.length];
        double sum = 0;
        for (FaultKind k : KINDS) {
            kindRatePerS[k.ordinal()] = rates.perGy(k) * units(k) * doseRateGyPerS;
            sum += kindRatePerS[k.ordinal()];
        }
        this.totalRatePerS = sum;
    }

    /** Dose rate, Gy/s. */
    public double doseRateGyPerS() {
        return doseRateGyPerS;
    }

    /** Faults per Gy per accelerator or host. */
    public FaultRates rates() {
        return rates;
    }

    /** Accelerators or hosts a kind can strike. */
    public int units(FaultKind kind) {
        return kind.target() == FaultKind.Target.ACCELERATOR ? acceleratorCount : hostCount;
    }

    /** Rate of one kind on the whole satellite, 1/s. */
    public double ratePerS(FaultKind kind) {
        return kindRatePerS[kind.ordinal()];
    }

    /** Rate of all faults on the satellite, 1/s. */
    public double totalRatePerS() {
        return totalRatePerS;
    }

    /** Expected faults of one kind over a duration: rate per Gy × accelerators or hosts × dose. */
    public double expectedCount(FaultKind kind, double durationS) {
        return ratePerS(kind) * checkDuration(durationS);
    }

    /** Expected faults of all kinds over a duration. */
    public double expectedCount(double durationS) {
        return totalRatePerS * checkDuration(durationS);
    }

    /**
     * The faults of satellite {@code satelliteIndex} from {@code startMillis} on, one at a time,
     * in time order.
     */
    public FaultStream stream(long seed, int satelliteIndex, long startMillis) {
        return new FaultStream(this, new SplittableRandom(streamSeed(seed, satelliteIndex)), startMillis);
    }

    /** All faults of satellite {@code satelliteIndex} in [startMillis, endMillis), in time order. */
    public List<FaultEvent> events(long seed, int satelliteIndex, long startMillis, long endMillis) {
        if (endMillis < startMillis) {
            throw new IllegalArgumentException("endMillis " + endMillis + " is before startMillis " + startMillis);
        }
        List<FaultEvent> out = new ArrayList<>();
        FaultStream s = stream(seed, satelliteIndex, startMillis);
        while (s.peekTimeMillis() < endMillis) {
            out.add(s.next());
        }
        return out;
    }

    /**
     * The seed of one satellite's stream: the run seed and the satellite index mixed by the
     * SplitMix64 finaliser (Steele, Lea &amp; Flood, OOPSLA 2014), so neighbouring indices give
     * unrelated streams.
     */
    public static long streamSeed(long seed, int satelliteIndex) {
        return mix(mix(seed) + 0x9E3779B97F4A7C15L * (satelliteIndex + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Picks the kind of the next event from a uniform draw in [0, 1). */
    FaultKind kindFor(double u) {
        double x = u * totalRatePerS;
        double acc = 0;
        FaultKind last = null;
        for (FaultKind k : KINDS) {
            if (kindRatePerS[k.ordinal()] > 0) {
                acc += kindRatePerS[k.ordinal()];
                last = k;
                if (x < acc) {
                    return k;
                }
            }
        }
        return last;
    }

    private static double checkDuration(double durationS) {
        if (!(durationS >= 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("durationS must be finite and >= 0 s, got " + durationS);
        }
        return durationS;
    }
}
