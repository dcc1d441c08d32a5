package org.skyrack.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The launch vehicles skyrack knows, read from the bundled {@code vehicles.csv}: one row per
 * vehicle and mode, each with its source. Figures that are not published stay empty, never zero.
 */
public final class VehicleCatalog {

    /**
     * One catalog row.
     *
     * @param id               identifier used in scenarios ({@code falcon-9-reusable})
     * @param vehicle          vehicle name as published
     * @param provider         launch provider
     * @param leoPayloadKg     payload to LEO, kg
     * @param ssoPayloadKg     payload to SSO, kg, if published
     * @param priceUsd         list price, USD of {@code priceYear}, if published
     * @param priceYear        year of the price, 0 when no price
     * @param fairingDiameterM fairing diameter, m, if published
     * @param launches2025     launches in 2025
     * @param source           where the figures come from
     */
    public record Entry(String id, String vehicle, String provider, double leoPayloadKg, OptionalDouble ssoPayloadKg,
                        OptionalDouble priceUsd, int priceYear, OptionalDouble fairingDiameterM, int launches2025,
                        String source) {
    }

    private static final VehicleCatalog BUNDLED = load();

    private final Map<String, Entry> entries;

    private VehicleCatalog(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The catalog shipped with skyrack. */
    public static VehicleCatalog bundled() {
        return BUNDLED;
    }

    /** The row with this id. */
    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** All ids, in catalog order. */
    public List<String> ids() {
        return new ArrayList<>(entries.keySet());
    }

    private static VehicleCatalog load() {
        Map<String, Entry> map = new LinkedHashMap<>();
        try (InputStream in = VehicleCatalog.class.getResourceAsStream("vehicles.csv")) {
            if (in == null) {
                throw new IllegalStateException("vehicles.csv missing from the skyrack-core jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", 13);
                Entry e = new Entry(f[0], f[1], f[2], Double.parseDouble(f[3]), opt(f[4]), opt(f[6]),
                        f[7].isEmpty() ? 0 : Integer.parseInt(f[7]), opt(f[9]), Integer.parseInt(f[11]), f[12]);
                map.put(e.id(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VehicleCatalog(map);
    }

    private static OptionalDouble opt(String s) {
        return s.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(s));
    }
}
