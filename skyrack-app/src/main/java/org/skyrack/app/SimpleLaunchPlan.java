package org.skyrack.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.skyrack.economics.SatelliteUnit;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;
import org.skyrack.launch.VehicleCatalog;
import org.skyrack.scenario.Launch;
import org.skyrack.scenario.Scenario;

/**
 * A stand-in for the launch-campaign planner, so {@code skyrack cost} prices real launches until
 * the planner lands: every satellite flies on the first vehicle of {@code launch.vehicles}, packed
 * by mass (as many whole satellites per flight as its payload to LEO carries, groups not mixed),
 * all on {@code launch.campaign_start}, none failing; each flight costs its payload mass × a price
 * per kg: {@code --launch-price}, else {@code launch.price_per_kg}, else the vehicle's list price ÷
 * its payload to LEO. No learning curve, cadence limit, fairing volume or failures.
 */
final class SimpleLaunchPlan {

    /**
     * The plan and how it was made.
     *
     * @param plan        the launches
     * @param description one line naming the method, vehicle and price per kg
     * @param pricePerKgUsd price per kg used, USD/kg
     */
    record Built(LaunchPlan plan, String description, double pricePerKgUsd) {
    }

    private SimpleLaunchPlan() {
    }

    static Built build(Scenario s, Map<String, Integer> satellitesPerGroup, Map<String, SatelliteUnit> units,
                       Double pricePerKgOverride) {
        Launch launch = s.launch();
        String vehicle = launch.vehicles().get(0);
        Optional<Launch.Vehicle> custom = launch.customVehicles().stream().filter(v -> v.name().equals(vehicle)).findFirst();
        double payload;
        double listPerKg;
        if (custom.isPresent()) {
            payload = custom.get().payloadToLeoKg();
            listPerKg = custom.get().priceUsd() / payload;
        } else {
            VehicleCatalog.Entry e = VehicleCatalog.bundled().find(vehicle).orElseThrow();
            payload = e.leoPayloadKg();
            listPerKg = e.priceUsd().isPresent() ? e.priceUsd().getAsDouble() / payload : Double.NaN;
        }
        String source;
        double perKg;
        if (pricePerKgOverride != null) {
            perKg = pricePerKgOverride;
            source = "--launch-price";
        } else if (launch.pricePerKgOverrideUsd().isPresent()) {
            perKg = launch.pricePerKgOverrideUsd().get();
            source = "launch.price_per_kg";
        } else {
            perKg = listPerKg;
            source = vehicle + " list price / payload to LEO";
        }
        List<PlannedLaunch> launches = new ArrayList<>();
        for (Map.Entry<String, Integer> g : satellitesPerGroup.entrySet()) {
            double mass = units.get(g.getKey()).massKg();
            int perFlight = (int) Math.floor(payload / mass);
            if (perFlight < 1) {
                throw new BadInputException(String.format("skyrack: cost: a satellite of group '%s' (%.0f kg) is heavier "
                        + "than %s carries to LEO (%.0f kg)", g.getKey(), mass, vehicle, payload));
            }
            for (int left = g.getValue(); left > 0; left -= perFlight) {
                int k = Math.min(perFlight, left);
                launches.add(new PlannedLaunch(launch.campaignStart(), vehicle, g.getKey(), k, k * mass, k * mass * perKg,
                        false, false));
            }
        }
        String description = String.format("simple stand-in (not the campaign planner): %d flight%s of %s, "
                + "packed by mass, all on %s, at %.0f USD/kg (%s)", launches.size(), launches.size() == 1 ? "" : "s",
                vehicle, launch.campaignStart(), perKg, source);
        return new Built(new LaunchPlan(launches, Optional.of(launch.campaignStart())), description, perKg);
    }
}
