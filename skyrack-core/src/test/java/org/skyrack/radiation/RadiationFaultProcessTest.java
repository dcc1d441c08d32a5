package org.skyrack.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RadiationFaultProcessTest {

    /**
     * Statistical checks allow this many standard deviations: a correct generator fails one
     * such check with probability ~6e-7, while a 2 % error in a rate on the ~1e5-event samples
     * below is ~6 σ and fails.
     */
    private static final double SIGMA_BOUND = 5.0;
    /** Kolmogorov–Smirnov critical value × √n at significance 0.001. */
    private static final double KS_CRITICAL_SQRT_N = 1.95;
    private static final double YEAR_S = 365.25 * 86400;
    private static final double RATE_650_SSO_GY_PER_S = 1.8 / YEAR_S; // ~180 rad/yr

    private final FaultRates rates = FaultRates.suncatcherTpu();

    @Test
    void suncatcherDefaultsAreTheConservativeEndOfThePublishedRanges() {
        assertThat(rates.silentDataCorruptionPerGy()).isCloseTo(1 / 0.144, within(1e-9));
        assertThat(rates.hbmUncorrectablePerGy()).isCloseTo(1 / 0.44, within(1e-9));
        assertThat(rates.acceleratorCrashPerGy()).isCloseTo(1 / 50.0, within(1e-12));
        assertThat(rates.hostCpuPerGy()).isCloseTo(1 / 4.5, within(1e-12));
        assertThat(rates.hostRamPerGy()).isCloseTo(1 / 4.0, within(1e-12));
    }

    @Test
    void expectedCountIsRateTimesUnitsTimesDose() {
        FaultProcess p = new FaultProcess(RATE_650_SSO_GY_PER_S, 4, 1, rates);
        double doseGy = RATE_650_SSO_GY_PER_S * YEAR_S;
        assertThat(p.expectedCount(FaultKind.SILENT_DATA_CORRUPTION, YEAR_S))
                .isCloseTo(rates.silentDataCorruptionPerGy() * 4 * doseGy, within(1e-9));
        assertThat(p.expectedCount(FaultKind.HOST_RAM, YEAR_S)).isCloseTo(rates.hostRamPerGy() * doseGy, within(1e-9));
        // 1.8 Gy a year on 4 chips at 1 SDC per 14.4 rad: 50 a year
        assertThat(p.expectedCount(FaultKind.SILENT_DATA_CORRUPTION, YEAR_S)).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void sameSeedSameFaultsAndEachSatelliteHasItsOwnStream() {
        FaultProcess p = new FaultProcess(RATE_650_SSO_GY_PER_S, 8, 2, rates);
        long end = (long) (YEAR_S * 1e3);
        List<FaultEvent> a = p.events(42, 3, 0, end);
        assertThat(a).isNotEmpty().isEqualTo(p.events(42, 3, 0, end));
        assertThat(p.events(43, 3, 0, end)).isNotEqualTo(a);
        assertThat(p.events(42, 4, 0, end)).isNotEqualTo(a);
        // computing other satellites first, or in parallel, changes nothing
        List<List<FaultEvent>> serial = IntStream.range(0, 16).mapToObj(s -> p.events(42, s, 0, end)).toList();
        List<List<FaultEvent>> parallel = IntStream.range(0, 16).parallel().mapToObj(s -> p.events(42, s, 0, end)).toList();
        assertThat(parallel).isEqualTo(serial);
        assertThat(serial.get(3)).isEqualTo(a);
    }

    @Test
    void eventsAreInTimeOrderInsideTheWindowWithValidIndices() {
        FaultProcess p = new FaultProcess(RATE_650_SSO_GY_PER_S, 8, 2, rates);
        long start = 1_000_000;
        long end = start + (long) (YEAR_S * 1e3);
        List<FaultEvent> ev = p.events(7, 0, start, end);
        long prev = start;
        for (FaultEvent e : ev) {
            assertThat(e.timeMillis()).isBetween(prev, end - 1);
            assertThat(e.index()).isBetween(0, p.units(e.kind()) - 1);
            prev = e.timeMillis();
        }
    }

    @Test
    void countsPerKindAndPerChipMatchTheirExpectation() {
        int chips = 16;
        int hosts = 4;
        FaultProcess p = new FaultProcess(RATE_650_SSO_GY_PER_S, chips, hosts, rates);
        double durationS = 100 * YEAR_S; // ~1e4 SDC per chip... ~1.7e5 events in all
        List<FaultEvent> ev = p.events(2026, 0, 0, (long) (durationS * 1e3));
        Map<FaultKind, Integer> byKind = new EnumMap<>(FaultKind.class);
        int[] sdcPerChip = new int[chips];
        for (FaultEvent e : ev) {
            byKind.merge(e.kind(), 1, Integer::sum);
            if (e.kind() == FaultKind.SILENT_DATA_CORRUPTION) {
                sdcPerChip[e.index()]++;
            }
        }
        for (FaultKind k : FaultKind.values()) {
            double expected = p.expectedCount(k, durationS);
            assertThat((double) byKind.getOrDefault(k, 0)).as(k.name())
                    .isCloseTo(expected, within(SIGMA_BOUND * Math.sqrt(expected)));
        }
        double perChip = p.expectedCount(FaultKind.SILENT_DATA_CORRUPTION, durationS) / chips;
        for (int c = 0; c < chips; c++) {
            assertThat((double) sdcPerChip[c]).as("chip %d", c).isCloseTo(perChip, within(SIGMA_BOUND * Math.sqrt(perChip)));
        }
    }

    @Test
    void gapsBetweenFaultsAreExponential() {
        FaultProcess p = new FaultProcess(RATE_650_SSO_GY_PER_S, 16, 4, rates);
        double meanGapS = 1 / p.totalRatePerS(); // ~ hours, so millisecond rounding is negligible
        FaultStream s = p.stream(99, 5, 0);
        int n = 50_000;
        double[] gaps = new double[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long t = s.next().timeMillis();
            gaps[i] = (t - prev) / 1e3;
            prev = t;
        }
        double mean = Arrays.stream(gaps).average().orElseThrow();
        assertThat(mean).isCloseTo(meanGapS, within(SIGMA_BOUND * meanGapS / Math.sqrt(n)));
        Arrays.sort(gaps);
        double d = 0;
        for (int i = 0; i < n; i++) {
            double cdf = 1 - Math.exp(-gaps[i] / meanGapS);
            d = Math.max(d, Math.max(Math.abs(cdf - (double) i / n), Math.abs(cdf - (double) (i + 1) / n)));
        }
        assertThat(d * Math.sqrt(n)).isLessThan(KS_CRITICAL_SQRT_N);
    }

    @Test
    void noDoseNoFaults() {
        FaultProcess p = new FaultProcess(0, 8, 1, rates);
        FaultStream s = p.stream(1, 0, 0);
        assertThat(s.peekTimeMillis()).isEqualTo(Long.MAX_VALUE);
        assertThat(p.events(1, 0, 0, Long.MAX_VALUE - 1)).isEmpty();
        assertThat(p.expectedCount(1e9)).isZero();
    }

    @Test
    void streamSeedsDifferPerSatelliteAndRun() {
        assertThat(FaultProcess.streamSeed(1, 0)).isNotEqualTo(FaultProcess.streamSeed(1, 1))
                .isNotEqualTo(FaultProcess.streamSeed(2, 0));
        assertThat(FaultProcess.streamSeed(1, 0)).isEqualTo(FaultProcess.streamSeed(1, 0));
    }
}
