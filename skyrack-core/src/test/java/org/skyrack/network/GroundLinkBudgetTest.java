package org.skyrack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.skyrack.scenario.Links;

class GroundLinkBudgetTest {

    /** Hand values are quoted to 1e-3 dB. */
    private static final double DB_TOLERANCE = 1e-3;
    /** Relative tolerance on rates derived from dB values quoted to 1e-3 dB (10^(1e-4) − 1). */
    private static final double RATE_RELATIVE_TOLERANCE = 2.4e-4;

    /** Ka band, 40 dBW, G/T 15 dB/K, 3 dB losses, Eb/N0 5 dB, 10 Gbps modem. */
    private static final Links.GroundLink KA = new Links.GroundLink(26e9, 40, 15, 3, 5, 10e9, 50);

    @Test
    void freeSpaceLossMatchesTheTextbookConstant() {
        // L = 92.45 dB + 20 log10(f / 1 GHz) + 20 log10(d / 1 km) (Maral & Bousquet §5.2): 92.448 dB at 1 km, 1 GHz.
        assertThat(GroundLinkBudget.freeSpaceLossDb(1e3, 1e9)).isCloseTo(92.448, within(DB_TOLERANCE));
        // 20 log10(4π · 1e6 m · 26e9 Hz / 299,792,458 m/s) = 20 · 9.03736 = 180.747 dB.
        assertThat(GroundLinkBudget.freeSpaceLossDb(1e6, 26e9)).isCloseTo(180.747, within(DB_TOLERANCE));
        // Doubling the range adds 6.021 dB.
        assertThat(GroundLinkBudget.freeSpaceLossDb(2e6, 26e9) - GroundLinkBudget.freeSpaceLossDb(1e6, 26e9))
                .isCloseTo(6.021, within(DB_TOLERANCE));
    }

    @Test
    void boltzmannTermIs228Point6() {
        assertThat(GroundLinkBudget.BOLTZMANN_DB).isCloseTo(228.599, within(DB_TOLERANCE));
    }

    @Test
    void rateFromTheBudgetByHand() {
        GroundLinkBudget b = new GroundLinkBudget(KA, 1e6);
        // C/N0 = 40 + 15 − 180.747 − 3 + 228.599 = 99.852 dB·Hz; R = 10^((99.852 − 5)/10) = 3.0563e9 bit/s.
        assertThat(b.carrierToNoiseDensityDbHz(1e6)).isCloseTo(99.852, within(DB_TOLERANCE));
        assertThat(b.dataRateBps(1e6)).isCloseTo(3.0563e9, within(3.0563e9 * RATE_RELATIVE_TOLERANCE));
    }

    @Test
    void rateIsCappedByTheModemAndZeroBelowTheMinimum() {
        GroundLinkBudget capped = new GroundLinkBudget(new Links.GroundLink(26e9, 40, 15, 3, 5, 2e9, 50), 1e6);
        assertThat(capped.dataRateBps(1e6)).isEqualTo(2e9);
        // At 1,000 km the budget gives 3.06 Gbps: a 4 Gbps minimum means the link does not close.
        GroundLinkBudget demanding = new GroundLinkBudget(KA, 4e9);
        assertThat(demanding.dataRateBps(1e6)).isZero();
        assertThat(demanding.dataRateBps(0.5e6)).isGreaterThan(4e9);
    }

    @Test
    void refusesAMinimumAboveTheCeiling() {
        assertThatThrownBy(() -> new GroundLinkBudget(KA, 20e9)).hasMessageContaining("minDataRateBps");
        assertThatThrownBy(() -> GroundLinkBudget.freeSpaceLossDb(0, 1e9)).hasMessageContaining("range");
    }

    @Property(tries = 300, seed = "20260501")
    void rateNeverIncreasesWithRange(@ForAll @DoubleRange(min = 300e3, max = 3000e3) double rangeM,
                                     @ForAll @DoubleRange(min = 1, max = 1000e3) double extraM) {
        GroundLinkBudget b = new GroundLinkBudget(new Links.GroundLink(20e9, 30, 10, 2, 4, 5e9, 50), 10e6);
        double near = b.dataRateBps(rangeM);
        double far = b.dataRateBps(rangeM + extraM);
        assertThat(far).isLessThanOrEqualTo(near);
        assertThat(b.carrierToNoiseDensityDbHz(rangeM + extraM)).isLessThan(b.carrierToNoiseDensityDbHz(rangeM));
        assertThat(near == 0 || near >= 10e6).isTrue();
    }
}
