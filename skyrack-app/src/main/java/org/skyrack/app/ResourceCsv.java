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

    static final String HEADER = "sat_id,start_utc,end_utc,array_power_w,load_w,compute_fraction,battery_energy_j,"
            + "deck_temperature_k,throttle";

    private final BufferedWriter out;
    private final List<SatelliteOrbit> satellites;
    private final AbsoluteDate epoch;
    private final UtcTimes times;

    ResourceCsv(Path file, List<SatelliteOrbit> satellites, AbsoluteDate epoch, UtcTimes times) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(HEADER);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.satellites = satellites;
        this.epoch = epoch;
        this.times = times;
    }

    @Override
    public void interval(int satellite, double startS, double endS, double arrayPowerW, double loadW,
                         double computeFraction, double storedEnergyJ, double deckTemperatureK, Throttle throttle) {
        try {
            out.write(satellites.get(satellite).name());
            out.write(',');
            out.write(times.format(epoch.shiftedBy(startS)));
            out.write(',');
            out.write(times.format(epoch.shiftedBy(endS)));
            out.write(String.format(Locale.ROOT, ",%.3f,%.3f,%.6f,%.1f,%.3f,%s%n", arrayPowerW, loadW, computeFraction,
                    storedEnergyJ, deckTemperatureK, throttle.name().toLowerCase(Locale.ROOT)));
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
