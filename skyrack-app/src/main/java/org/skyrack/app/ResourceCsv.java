package org.skyrack.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.orekit.time.AbsoluteDate;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.power.ResourceSink;
import org.skyrack.power.Throttle;

/**
 * Streams every satellite's power and heat time series to {@code resources.csv}: one row per
 * interval of constant power, as the integration produces it (nothing is held).
 */
final class ResourceCsv implements ResourceSink, AutoCloseable {

    private static final String[] THROTTLE_NAMES = java.util.Arrays.stream(Throttle.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    static final String HEADER = "sat_id,start_utc,end_utc,array_power_w,load_w,compute_fraction,battery_energy_j,"
            + "deck_temperature_k,throttle";

    private final BufferedWriter out;
    private final List<SatelliteOrbit> satellites;
    private final UtcTimes.Stamper times;
    private final StringBuilder row = new StringBuilder(160);

    ResourceCsv(Path file, List<SatelliteOrbit> satellites, AbsoluteDate epoch, double spanS, UtcTimes times) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(HEADER);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.satellites = satellites;
        this.times = times.stamper(epoch, spanS);
    }

    @Override
    public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                         double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        StringBuilder b = row;
        b.setLength(0);
        b.append(satellites.get(satellite).name()).append(',');
        times.append(b, startS);
        b.append(',');
        times.append(b, endS);
        b.append(',');
        FixedPoint.append(b, arrayPowerW, 3);
        b.append(',');
        FixedPoint.append(b, loadW, 3);
        b.append(',');
        FixedPoint.append(b, computeFraction, 6);
        b.append(',');
        FixedPoint.append(b, storedEnergyJ, 1);
        b.append(',');
        FixedPoint.append(b, deckTemperatureK, 3);
        b.append(',').append(THROTTLE_NAMES[throttle.ordinal()]).append('\n');
        try {
            out.append(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
