package org.skyrack.launch;

import java.util.Objects;

/**
 * One orbital plane to fill: a launch (without plane-change capability) delivers to exactly one.
 *
 * @param group           constellation group name
 * @param plane           plane index within the group, from 0
 * @param satellites      satellites in the plane
 * @param satelliteMassKg launch mass of one satellite, kg
 * @param stowedVolumeM3  stowed volume of one satellite, m³
 * @param designLifeS     design life of one satellite, s
 * @param sunSynchronous  whether the plane is sun-synchronous (SSO payload figures apply)
 */
public record TargetPlane(String group, int plane, int satellites, double satelliteMassKg, double stowedVolumeM3,
                          double designLifeS, boolean sunSynchronous) {

    public TargetPlane {
        Objects.requireNonNull(group, "group");
        if (plane < 0 || satellites < 1 || !(satelliteMassKg > 0) || !(stowedVolumeM3 > 0) || !(designLifeS > 0)) {
            throw new IllegalArgumentException("plane " + group + "/" + plane + ": needs >= 1 satellite of positive mass, "
                    + "volume and life, got " + satellites + ", " + satelliteMassKg + " kg, " + stowedVolumeM3 + " m^3, "
                    + designLifeS + " s");
        }
    }
}
