package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FixedPointTest {

    /**
     * Away from a rounding tie the text is String.format's; at a tie (within this fraction of
     * the last digit) the binary scaling may round the other way.
     */
    private static final double TIE_BAND = 1e-6;

    @Property(tries = 5000)
    void matchesStringFormatAwayFromTies(@ForAll @DoubleRange(min = -1e9, max = 1e9) double value,
                                         @ForAll @IntRange(min = 0, max = 6) int decimals) {
        double scaled = Math.abs(value) * Math.pow(10, decimals);
        double fromTie = Math.abs(scaled - Math.floor(scaled) - 0.5);
        StringBuilder b = new StringBuilder();
        FixedPoint.append(b, value, decimals);
        if (fromTie > TIE_BAND) {
            assertThat(b.toString()).isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
        }
    }

    @Test
    void edgeCases() {
        assertThat(text(0.0, 3)).isEqualTo("0.000");
        assertThat(text(-0.0004, 3)).isEqualTo(String.format(Locale.ROOT, "%.3f", -0.0004));
        assertThat(text(299.9996, 3)).isEqualTo("300.000");
        assertThat(text(1.5, 0)).isEqualTo("2");
        assertThat(text(1e300, 1)).isEqualTo(String.format(Locale.ROOT, "%.1f", 1e300));
        assertThat(text(Double.NaN, 3)).isEqualTo("NaN");
        assertThat(text(12.000001, 6)).isEqualTo("12.000001");
    }

    private static String text(double v, int d) {
        StringBuilder b = new StringBuilder();
        FixedPoint.append(b, v, d);
        return b.toString();
    }
}
