package org.skyrack.orbit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The kernel's sine and cosine against {@link Math}'s (within 1 ulp of exact). */
class Sgp4TrigTest {

    /** A few ulp of 1: the series and reduction add at most a couple of roundings to Math's one ulp. */
    private static final double TOLERANCE = 4e-16;

    @Test
    void fastSinAndCosAgreeWithMathOverTheRangeTheyReduce() {
        Random random = new Random(42);
        double worst = 0;
        for (int k = 0; k < 2_000_000; k++) {
            double scale = Math.pow(10, -3 + 9 * random.nextDouble()); // 1e-3 .. 1e6 rad, past the reduction limit
            double x = (2 * random.nextDouble() - 1) * scale;
            worst = Math.max(worst, Math.abs(Sgp4Batch.fastSin(x) - Math.sin(x)));
            worst = Math.max(worst, Math.abs(Sgp4Batch.fastCos(x) - Math.cos(x)));
        }
        // Quadrant edges, where the reduced angle is near +-pi/4 or the quadrant changes.
        for (int q = -200; q <= 200; q++) {
            for (double dx : new double[] {-1e-9, 0, 1e-9, Math.PI / 4 - 1e-12, -Math.PI / 4 + 1e-12}) {
                double x = q * Math.PI / 2 + dx;
                worst = Math.max(worst, Math.abs(Sgp4Batch.fastSin(x) - Math.sin(x)));
                worst = Math.max(worst, Math.abs(Sgp4Batch.fastCos(x) - Math.cos(x)));
            }
        }
        System.out.printf("fastSin/fastCos vs Math: max %.2e%n", worst);
        assertThat(worst).isLessThan(TOLERANCE);
        assertThat(Sgp4Batch.fastSin(0.0)).isZero();
        assertThat(Sgp4Batch.fastCos(0.0)).isEqualTo(1.0);
        assertThat(Sgp4Batch.fastSin(Double.NaN)).isNaN();
    }

    @Test
    void smallAngleSeriesAgreeWithMath() {
        double worst = 0;
        Random random = new Random(43);
        for (int k = 0; k < 1_000_000; k++) {
            // 1e-12 .. 0.2 rad: through the tiny, small and reduced ranges.
            double x = (random.nextBoolean() ? 1 : -1) * 0.2 * Math.pow(10, -11.3 * random.nextDouble());
            worst = Math.max(worst, Math.abs(Sgp4Batch.sinSmall(x) - Math.sin(x)));
            worst = Math.max(worst, Math.abs(Sgp4Batch.cosSmall(x) - Math.cos(x)));
        }
        assertThat(worst).isLessThan(TOLERANCE);
    }
}
