package org.skyrack.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ShadowGeometryTest {

    private static final double FRACTION_TOLERANCE = 1e-12;
    /**
     * The rates hold the Sun still (relative error ~2e-4 of a LEO rate of ~1e-3 /s) and are
     * compared with central differences over ±0.05 s of a straight-line motion, 1/s.
     */
    private static final double RATE_TOLERANCE_PER_S = 5e-7;

    @Test
    void cosineDepthsHaveTheSignsOfTheAngleMargins() {
        Random rnd = new Random(7);
        double[] sun = {1.2e11, -7e10, -3e10};
        double[] angles = new double[3];
        double[] depths = new double[2];
        int shadowed = 0;
        for (int i = 0; i < 200_000; i++) {
            double r = 6.6e6 + rnd.nextDouble() * 3e6;
            double th = rnd.nextDouble() * 2 * Math.PI;
            double ph = Math.acos(2 * rnd.nextDouble() - 1);
            double[] sat = {r * Math.sin(ph) * Math.cos(th), r * Math.sin(ph) * Math.sin(th), r * Math.cos(ph)};
            for (ShadowGeometry.EarthShape shape : ShadowGeometry.EarthShape.values()) {
                ShadowGeometry.shadow(sat, 0, sun, 0, shape, angles);
                ShadowGeometry.shadowDepths(sat, 0, sun, 0, shape, depths);
                assertThat(depths[0] > 0).isEqualTo(angles[0] < 0);
                assertThat(depths[1] > 0).isEqualTo(angles[1] < 0);
                if (depths[0] > 0) {
                    shadowed++;
                }
            }
        }
        assertThat(shadowed).isGreaterThan(1000);
    }

    @Test
    void depthRatesAreTheTimeDerivativesOfTheDepths() {
        Random rnd = new Random(11);
        double[] sun = {1.2e11, -7e10, -3e10};
        double[] withRates = new double[5];
        double[] before = new double[2];
        double[] after = new double[2];
        double h = 0.05;
        for (int i = 0; i < 20_000; i++) {
            double r = 6.6e6 + rnd.nextDouble() * 3e6;
            double th = rnd.nextDouble() * 2 * Math.PI;
            double ph = Math.acos(2 * rnd.nextDouble() - 1);
            double[] pv = {r * Math.sin(ph) * Math.cos(th), r * Math.sin(ph) * Math.sin(th), r * Math.cos(ph),
                7500 * (2 * rnd.nextDouble() - 1), 7500 * (2 * rnd.nextDouble() - 1), 7500 * (2 * rnd.nextDouble() - 1)};
            for (ShadowGeometry.EarthShape shape : ShadowGeometry.EarthShape.values()) {
                ShadowGeometry.shadowDepthsAndRates(pv, 0, sun, 0, shape, withRates);
                ShadowGeometry.shadowDepths(pv, 0, sun, 0, shape, before);
                assertThat(withRates[0]).isCloseTo(before[0], within(1e-15));
                assertThat(withRates[1]).isCloseTo(before[1], within(1e-15));
                double[] back = {pv[0] - h * pv[3], pv[1] - h * pv[4], pv[2] - h * pv[5]};
                double[] ahead = {pv[0] + h * pv[3], pv[1] + h * pv[4], pv[2] + h * pv[5]};
                ShadowGeometry.shadowDepths(back, 0, sun, 0, shape, before);
                ShadowGeometry.shadowDepths(ahead, 0, sun, 0, shape, after);
                assertThat(withRates[2]).isCloseTo((after[0] - before[0]) / (2 * h), within(RATE_TOLERANCE_PER_S));
                assertThat(withRates[3]).isCloseTo((after[1] - before[1]) / (2 * h), within(RATE_TOLERANCE_PER_S));
            }
        }
    }

    @Test
    void sunlitFractionAtClosedFormPoints() {
        double rhoS = 0.00465;
        double rhoE = 1.2;
        assertThat(ShadowGeometry.sunlitFraction(rhoE + rhoS, rhoE, rhoS)).isEqualTo(1.0);
        assertThat(ShadowGeometry.sunlitFraction(rhoE - rhoS, rhoE, rhoS)).isEqualTo(0.0);
        // Centre of the Sun on the Earth's limb: for a limb much larger than the Sun, about half is lit.
        assertThat(ShadowGeometry.sunlitFraction(rhoE, rhoE, rhoS)).isCloseTo(0.5, within(0.01));
        // An Earth disk smaller than the Sun's, inside it: annular, 1 - (rhoE/rhoS)^2 lit.
        assertThat(ShadowGeometry.sunlitFraction(0, 0.002, rhoS)).isCloseTo(1 - Math.pow(0.002 / rhoS, 2),
                within(FRACTION_TOLERANCE));
        // Monotone through the penumbra
        double previous = 0;
        for (double t = rhoE - rhoS; t <= rhoE + rhoS; t += rhoS / 50) {
            double f = ShadowGeometry.sunlitFraction(t, rhoE, rhoS);
            assertThat(f).isGreaterThanOrEqualTo(previous - FRACTION_TOLERANCE);
            previous = f;
        }
    }
}
