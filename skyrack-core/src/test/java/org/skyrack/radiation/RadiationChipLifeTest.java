package org.skyrack.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.skyrack.units.Units;

class RadiationChipLifeTest {

    @Test
    void lifeIsTheDoseLimitOverTheDoseRate() {
        double rate = TotalDoseModel.bundled().doseRateGyPerS(650e3, Math.toRadians(97.99), 10e-3);
        // Trillium: no hard failure up to 15 krad(Si) = 150 Gy
        double life = ChipLife.lifeS(150, rate);
        assertThat(life * rate).isCloseTo(150, within(1e-9));
        assertThat(life / Units.YEAR_S).isBetween(50.0, 150.0); // ~80 years at ~180 rad/yr
        assertThat(ChipLife.lifeS(150, 0)).isInfinite();
    }

    @Test
    void missionDoseIsRateTimesDuration() {
        double rate = 1.5 / Units.YEAR_S; // 150 rad per year
        assertThat(ChipLife.missionDoseGy(rate, 5 * Units.YEAR_S)).isCloseTo(7.5, within(1e-12));
        assertThat(ChipLife.fractionOfLimit(150, rate, 5 * Units.YEAR_S)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> ChipLife.lifeS(0, 1e-8)).hasMessageContaining("doseLimitGy");
        assertThatThrownBy(() -> ChipLife.missionDoseGy(-1, 1)).hasMessageContaining("doseRateGyPerS");
        assertThatThrownBy(() -> ChipLife.missionDoseGy(1e-8, Double.NaN)).hasMessageContaining("durationS");
    }
}
