package org.skyrack.launch;

import java.util.OptionalInt;

/**
 * How many satellites of one plane fit on one launch: the smaller of what the payload mass
 * allows and what the fairing volume allows (stowed volumes simply add; no packing
 * efficiency below 1 is assumed, and when the vehicle's usable fairing volume is not known
 * only mass limits). A rideshare carries satellites up to the scenario's rideshare mass limit
 * and none heavier than it.
 */
public final class Manifest {

    /** Lets an exact fit (600 kg / 300 kg) count as 2 despite floating-point rounding. */
    private static final double ROUNDING = 1 + 1e-12;

    private Manifest() {
    }

    /**
     * Satellites per launch.
     *
     * @param byMass   floor(payload / satellite mass)
     * @param byVolume floor(fairing volume / stowed volume), when the fairing volume is known
     */
    public record Capacity(int byMass, OptionalInt byVolume) {
        /** Satellites one launch carries: min(by mass, by volume). */
        public int satellites() {
            return byVolume.isPresent() ? Math.min(byMass, byVolume.getAsInt()) : byMass;
        }

        /** Which limit binds: "mass" or "volume". */
        public String limitedBy() {
            return byVolume.isPresent() && byVolume.getAsInt() < byMass ? "volume" : "mass";
        }
    }

    /**
     * Capacity of {@code vehicle} for satellites of {@code plane}.
     *
     * @param rideshareMaxMassKg largest rideshare purchase, kg (used only when the vehicle is a rideshare)
     */
    public static Capacity capacity(LaunchVehicle vehicle, TargetPlane plane, double rideshareMaxMassKg) {
        double payload = vehicle.rideshare() ? rideshareMaxMassKg : vehicle.payloadKg(plane.sunSynchronous());
        int byMass = (int) Math.min(Integer.MAX_VALUE, Math.floor(payload / plane.satelliteMassKg() * ROUNDING));
        OptionalInt byVolume = vehicle.fairingVolumeM3().isPresent()
                ? OptionalInt.of((int) Math.min(Integer.MAX_VALUE,
                        Math.floor(vehicle.fairingVolumeM3().getAsDouble() / plane.stowedVolumeM3() * ROUNDING)))
                : OptionalInt.empty();
        return new Capacity(byMass, byVolume);
    }
}
