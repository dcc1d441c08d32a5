package org.skyrack.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The launch vehicles skyrack knows, read from the bundled {@code vehicles.csv}: one row per
 * vehicle and mode, each with its source. Figures that are not published stay empty, never zero;
 * a campaign that needs one asks the scenario for it.
 */
public final class VehicleCatalog {

    /**
     * One catalog row.
     *
     * @param id                   identifier used in scenarios ({@code falcon-9-reusable})
     * @param vehicle              vehicle name as published
     * @param provider             launch provider
     * @param leoPayloadKg         payload to LEO, kg (for a rideshare: the base slot the price buys)
     * @param ssoPayloadKg         payload to SSO, kg, if published
     * @param priceUsd             list price, USD of {@code priceYear}, if published
     * @param priceYear            year of the price, 0 when no price
     * @param fairingDiameterM     fairing diameter, m, if published
     * @param launches2025         launches in 2025 (the whole vehicle's, not one customer's)
     * @param source               where the figures come from
     * @param mode                 expendable, reusable, rideshare, ... as published
     * @param reusableParts        which parts are recovered, as published
     * @param failureProbability   launch failure probability, fraction, if published
     * @param fairingVolumeM3      usable fairing volume, m³, if published
     * @param extraPricePerKgUsd   rideshare price per kg beyond {@code leoPayloadKg}, USD/kg, if published
     * @param boosterRecoveryRate  fraction of boosters recovered, if published
     * @param flightsPerBooster    flights a booster is designed (or demonstrated) to fly, if published
     */
    public record Entry(String id, String vehicle, String provider, double leoPayloadKg, OptionalDouble ssoPayloadKg,
                        OptionalDouble priceUsd, int priceYear, OptionalDouble fairingDiameterM, int launches2025,
                        String source, String mode, String reusableParts, OptionalDouble failureProbability,
                        OptionalDouble fairingVolumeM3, OptionalDouble extraPricePerKgUsd,
                        OptionalDouble boosterRecoveryRate, OptionalDouble flightsPerBooster) {

        /** True for a rideshare row: many customers on one launch, priced per kg. */
        public boolean rideshare() {
            return mode.equals("rideshare");
        }
    }

    private static final String[] COLUMNS = {"id", "vehicle", "provider", "leo_payload_kg", "sso_payload_kg", "mode",
        "price_usd", "price_year", "reusable_parts", "fairing_diameter_m", "status_2025", "launches_2025",
        "failure_probability", "fairing_volume_m3", "extra_price_per_kg_usd", "booster_recovery_rate",
        "flights_per_booster", "source"};

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
                String[] f = line.split(",", COLUMNS.length);
                if (header) {
                    if (!Arrays.equals(f, COLUMNS)) {
                        throw new IllegalStateException("vehicles.csv header is not " + String.join(",", COLUMNS));
                    }
                    header = false;
                    continue;
                }
                Entry e = new Entry(f[0], f[1], f[2], Double.parseDouble(f[3]), opt(f[4]), opt(f[6]),
                        f[7].isEmpty() ? 0 : Integer.parseInt(f[7]), opt(f[9]), Integer.parseInt(f[11]), f[17],
                        f[5], f[8], opt(f[12]), opt(f[13]), opt(f[14]), opt(f[15]), opt(f[16]));
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
