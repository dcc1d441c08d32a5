package org.skyrack.launch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A campaign replayed over many seeds. Run r uses the r-th {@code nextLong()} of a
 * {@link SplittableRandom} seeded with the user's seed, so results depend on the seed and the
 * number of runs only, never on the thread count; run 0 is the plan printed.
 */
public final class MonteCarlo {

    private MonteCarlo() {
    }

    /** Seed of run {@code run} for user seed {@code seed}. */
    public static long runSeed(long seed, int run) {
        SplittableRandom root = new SplittableRandom(seed);
        long s = 0;
        for (int i = 0; i <= run; i++) {
            s = root.nextLong();
        }
        return s;
    }

    /**
     * Statistics of {@code runs} realisations, computed on {@code threads} threads.
     */
    public static CampaignStatistics run(CampaignSpec spec, long seed, int runs, int threads) {
        if (runs < 1 || threads < 1) {
            throw new IllegalArgumentException("runs and threads must be >= 1, got " + runs + ", " + threads);
        }
        long[] seeds = new long[runs];
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < runs; i++) {
            seeds[i] = root.nextLong();
        }
        long[] completeDay = new long[runs];
        int[] launches = new int[runs];
        int[] failed = new int[runs];
        double[] price = new double[runs];
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, runs).parallel().forEach(i -> {
                CampaignResult r = Campaign.run(spec, seeds[i]);
                completeDay[i] = r.plan().deploymentComplete()
                        .map(d -> ChronoUnit.DAYS.between(spec.start(), d)).orElse(Long.MAX_VALUE);
                launches[i] = r.plan().launches().size();
                failed[i] = r.failedLaunches();
                price[i] = r.plan().totalPriceUsd();
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        double completed = Arrays.stream(completeDay).filter(d -> d != Long.MAX_VALUE).count() / (double) runs;
        long[] days = completeDay.clone();
        Arrays.sort(days);
        int[] sortedLaunches = launches.clone();
        Arrays.sort(sortedLaunches);
        double[] sortedPrice = price.clone();
        Arrays.sort(sortedPrice);
        return new CampaignStatistics(runs, date(spec.start(), days[rank(0.5, runs)]),
                date(spec.start(), days[rank(0.9, runs)]), completed, Arrays.stream(launches).average().orElse(0),
                sortedLaunches[rank(0.9, runs)], Arrays.stream(failed).average().orElse(0),
                kahanMean(price), sortedPrice[rank(0.9, runs)]);
    }

    /** Nearest-rank index of percentile {@code p} in a sorted array of {@code n}. */
    static int rank(double p, int n) {
        return Math.max(0, (int) Math.ceil(p * n) - 1);
    }

    private static Optional<LocalDate> date(LocalDate start, long day) {
        return day == Long.MAX_VALUE ? Optional.empty() : Optional.of(start.plusDays(day));
    }

    /** Mean summed in index order (so independent of the thread count). */
    private static double kahanMean(double[] x) {
        double sum = 0;
        double c = 0;
        for (double v : x) {
            double y = v - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum / x.length;
    }
}
