package org.skyrack.launch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.skyrack.scenario.Launch;
import org.skyrack.scenario.Scenario;

/**
 * Everything a campaign needs, resolved: the vehicles (catalog rows with the scenario's
 * overrides, cadence share and default failure probability applied), the planes to fill, the
 * pricing rule and the learning curve. Checked once here, so a campaign never meets an unknown
 * price or a satellite no vehicle can carry.
 *
 * @param start                campaign start (first possible launch day)
 * @param horizonS             horizon from {@code start}, s: nothing is launched, retired or replaced after it
 * @param vehicles             vehicles in the scenario's order of preference (ties in launch date go to the earlier)
 * @param planes               planes to fill
 * @param pricing              price of a launch before learning
 * @param learning             Wright's law
 * @param basis                what cumulative mass means
 * @param industryMassKg       world mass launched before {@code start}, kg (0 for a campaign basis)
 * @param industryMassRateKgPerS world mass launched by others per second, kg/s (0 for a campaign basis)
 * @param rideshareMaxMassKg   largest rideshare purchase, kg
 */
public record CampaignSpec(LocalDate start, double horizonS, List<LaunchVehicle> vehicles, List<TargetPlane> planes,
                           LaunchPricing pricing, WrightsLaw learning, Launch.LearningBasis basis, double industryMassKg,
                           double industryMassRateKgPerS, double rideshareMaxMassKg) {

    public CampaignSpec {
        Objects.requireNonNull(start, "start");
        vehicles = List.copyOf(vehicles);
        planes = List.copyOf(planes);
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(basis, "basis");
        if (!(horizonS > 0) || vehicles.isEmpty() || planes.isEmpty()) {
            throw new IllegalArgumentException("a campaign needs a horizon > 0 s, a vehicle and a plane");
        }
        if (basis == Launch.LearningBasis.INDUSTRY && !(industryMassKg > 0)) {
            throw new IllegalArgumentException("an industry learning basis needs a world launched mass > 0 kg");
        }
        for (TargetPlane p : planes) {
            boolean carried = vehicles.stream().anyMatch(v -> Manifest.capacity(v, p, rideshareMaxMassKg).satellites() > 0);
            if (!carried) {
                throw new LaunchInputException("group " + p.group() + ": no listed vehicle can carry one of its satellites ("
                        + p.satelliteMassKg() + " kg, " + p.stowedVolumeM3() + " m^3): add a larger vehicle to launch.vehicles");
            }
        }
    }

    /**
     * The campaign of {@code scenario} for {@code planes} ({@link TargetPlanes#of}).
     *
     * @throws LaunchInputException when a vehicle has no price and no price per kg is given, or no
     *                              vehicle can carry a group's satellites
     */
    public static CampaignSpec of(Scenario scenario, List<TargetPlane> planes) {
        Launch l = scenario.launch();
        VehicleCatalog catalog = VehicleCatalog.bundled();
        List<LaunchVehicle> vehicles = new ArrayList<>();
        for (String id : l.vehicles()) {
            LaunchVehicle v = l.customVehicle(id).map(c -> new LaunchVehicle(c.name(), c.payloadToLeoKg(),
                            OptionalDouble.empty(), OptionalDouble.of(c.priceUsd()), c.launchesPerYear(),
                            c.failureProbability(), OptionalDouble.of(c.fairingVolumeM3()), c.planeChanges(),
                            catalog.find(id).map(VehicleCatalog.Entry::rideshare).orElse(false),
                            catalog.find(id).map(VehicleCatalog.Entry::extraPricePerKgUsd).orElse(OptionalDouble.empty())))
                    .orElseGet(() -> fromCatalog(catalog, id, l));
            if (l.pricePerKgOverrideUsd().isEmpty() && v.priceUsd().isEmpty()) {
                throw LaunchPricing.noPrice(id);
            }
            vehicles.add(v);
        }
        LaunchPricing pricing = l.pricePerKgOverrideUsd().map(LaunchPricing::perKg).orElse(LaunchPricing.listPrice());
        return new CampaignSpec(l.campaignStart(), l.horizonS(), vehicles, planes, pricing, new WrightsLaw(l.learningRate()),
                l.learningBasis(), l.industryLaunchedMassKg().orElse(0.0), l.industryMassRateKgPerS().orElse(0.0),
                l.rideshareMaxMassKg());
    }

    private static LaunchVehicle fromCatalog(VehicleCatalog catalog, String id, Launch l) {
        VehicleCatalog.Entry e = catalog.find(id).orElseThrow(() -> new LaunchInputException("no launch vehicle " + id));
        if (e.launches2025() == 0) {
            throw new LaunchInputException(id + " did not fly in 2025, so its cadence is unknown: give a custom vehicle "
                    + "with launches_per_year");
        }
        return new LaunchVehicle(id, e.leoPayloadKg(), e.ssoPayloadKg(), e.priceUsd(), e.launches2025() * l.cadenceShare(),
                e.failureProbability().orElse(l.failureProbability()), e.fairingVolumeM3(), false, e.rideshare(),
                e.extraPricePerKgUsd());
    }

    /** Satellites in all planes. */
    public int satellites() {
        return planes.stream().mapToInt(TargetPlane::satellites).sum();
    }

    /** The same campaign with another pricing rule. */
    public CampaignSpec withPricing(LaunchPricing newPricing) {
        return new CampaignSpec(start, horizonS, vehicles, planes, newPricing, learning, basis, industryMassKg,
                industryMassRateKgPerS, rideshareMaxMassKg);
    }
}
