package org.skyrack.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.orekit.utils.Constants;
import org.skyrack.formation.Formation;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.power.SolarArrayModel;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.scenario.Scenario;

/**
 * The headline figures of a scenario before any simulation: satellites per group with their
 * orbits, per-design nameplate power and compute, fleet totals. Nameplate array power uses
 * the solar irradiance at 1 AU, 1360.8 W/m² (Kopp &amp; Lean 2011, GRL 38), times area,
 * efficiency and packing factor: beginning of life, full sun, normal incidence.
 *
 * @param scenario   scenario name
 * @param epochUtc   epoch, ISO 8601 UTC
 * @param durationS  run length, s
 * @param seed       random seed
 * @param groups     one row per constellation group
 * @param designs    one row per satellite design in use
 * @param fleet      totals over all satellites
 * @param geometry   sunlight and ground contacts over the run
 * @param power      the fleet's energy over the run
 * @param thermal    the decks' temperatures over the run
 * @param radiation  dose, accelerator life and expected faults
 * @param workload   what the training jobs and inference requests achieved
 * @param network    bytes moved per link type
 * @param launch     the nominal launch campaign
 * @param economics  cost against the ground at the simulated availability; null without an economics section or a campaign
 */
public record ConstellationSummary(String scenario, String epochUtc, double durationS, long seed, List<Group> groups,
                                   List<Design> designs, Fleet fleet, GeometrySummary geometry, PowerSummary power,
                                   ThermalSummary thermal, RadiationSummary radiation, WorkloadSummary workload,
                                   NetworkSummary network, LaunchSummary launch, EconomicsSummary economics) {

    /** Solar irradiance at 1 AU, W/m² (Kopp &amp; Lean 2011). */
    public static final double SOLAR_IRRADIANCE_1AU_W_PER_M2 = SolarArrayModel.SOLAR_IRRADIANCE_1AU_W_PER_M2;

    /**
     * One constellation group.
     *
     * @param meanAltitudeKm     mean over members of (semi-major axis − equatorial radius), km
     * @param meanInclinationDeg mean inclination, deg
     * @param meanPeriodMin      mean Keplerian period, min
     * @param cluster            formation geometry for cluster groups, else null
     */
    public record Group(String name, String type, String design, int satellites, double meanAltitudeKm,
                        double meanInclinationDeg, double meanPeriodMin, Cluster cluster) {
    }

    /**
     * Formation geometry of a cluster group (HCW model: constant over the orbit).
     *
     * @param radiusM                  cluster radius, m
     * @param minSeparationM           smallest distance between two members, m
     * @param maxNeighbourDistanceM    largest nearest-neighbour distance, m
     */
    public record Cluster(double radiusM, double minSeparationM, double maxNeighbourDistanceM) {
    }

    /**
     * Nameplate figures of one satellite design.
     *
     * @param satellites           satellites of this design
     * @param launchMassKg         mass of one satellite, kg
     * @param arrayPowerBolW       array output at beginning of life in full sun, W
     * @param acceleratorCount     accelerators per satellite
     * @param acceleratorPowerW    accelerators at full power, W
     * @param peakBf16PflopPerS    dense BF16 peak, PFLOP/s
     */
    public record Design(String name, int satellites, double launchMassKg, double arrayPowerBolW, int acceleratorCount,
                         double acceleratorPowerW, double peakBf16PflopPerS) {
    }

    /**
     * Fleet totals.
     *
     * @param satellites          satellites in all
     * @param launchMassKg        total launch mass, kg
     * @param arrayPowerBolKw     total array nameplate, kW
     * @param accelerators        accelerators in all
     * @param peakBf16PflopPerS   total dense BF16 peak, PFLOP/s
     */
    public record Fleet(int satellites, double launchMassKg, double arrayPowerBolKw, long accelerators,
                        double peakBf16PflopPerS) {
    }

    /** Builds the summary of a scenario whose constellation and geometry have been computed. */
    public static ConstellationSummary of(Scenario s, List<SatelliteOrbit> satellites, GeometrySummary geometry,
                                          PowerSummary power, ThermalSummary thermal, WorkloadSummary workload,
                                          NetworkSummary network, LaunchSummary launch, EconomicsSummary economics) {
        Map<String, List<SatelliteOrbit>> byGroup = new LinkedHashMap<>();
        for (ConstellationGroup g : s.constellation().groups()) {
            byGroup.put(g.name(), new ArrayList<>());
        }
        Map<String, Integer> perDesign = new LinkedHashMap<>();
        for (SatelliteOrbit o : satellites) {
            byGroup.get(o.group()).add(o);
            perDesign.merge(o.design(), 1, Integer::sum);
        }
        List<Group> groups = new ArrayList<>();
        for (ConstellationGroup g : s.constellation().groups()) {
            groups.add(group(g, byGroup.get(g.name())));
        }
        List<Design> designs = new ArrayList<>();
        double mass = 0;
        double arrayW = 0;
        long accelerators = 0;
        double pflops = 0;
        for (SatelliteDesign d : s.satellites()) {
            int n = perDesign.getOrDefault(d.name(), 0);
            int count = d.accelerators().stream().mapToInt(SatelliteDesign.Accelerator::count).sum();
            double bol = SOLAR_IRRADIANCE_1AU_W_PER_M2 * d.solarArray().areaM2() * d.solarArray().efficiency()
                    * d.solarArray().packingFactor();
            double peak = d.peakBf16FlopPerS() / 1e15;
            designs.add(new Design(d.name(), n, d.totalMassKg(), bol, count, d.acceleratorPowerW(), peak));
            mass += n * d.totalMassKg();
            arrayW += n * bol;
            accelerators += (long) n * count;
            pflops += n * peak;
        }
        return new ConstellationSummary(s.info().name(), s.info().epoch().toString(), s.info().durationS(),
                s.info().seed(), groups, designs, new Fleet(satellites.size(), mass, arrayW / 1000, accelerators, pflops),
                geometry, power, thermal, RadiationSummary.of(s, groups, s.info().durationS()), workload, network,
                launch, economics);
    }

    private static Group group(ConstellationGroup g, List<SatelliteOrbit> members) {
        double alt = 0;
        double inc = 0;
        double period = 0;
        for (SatelliteOrbit o : members) {
            KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(o.orbit());
            alt += k.getA() - Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
            inc += k.getI();
            period += o.periodS();
        }
        int n = Math.max(1, members.size());
        Cluster cluster = null;
        if (g instanceof ConstellationGroup.Cluster c) {
            Formation f = Formation.disk(c.satellites(), c.radiusM());
            cluster = new Cluster(c.radiusM(), f.minSeparationM(), f.maxNeighbourDistanceM());
        }
        return new Group(g.name(), typeName(g), g.design(), members.size(), alt / n / 1000, Math.toDegrees(inc / n),
                period / n / 60, cluster);
    }

    private static String typeName(ConstellationGroup g) {
        if (g instanceof ConstellationGroup.Walker w) {
            return "walker-" + w.pattern().name().toLowerCase(java.util.Locale.ROOT);
        } else if (g instanceof ConstellationGroup.SunSynchronous) {
            return "sso";
        } else if (g instanceof ConstellationGroup.Cluster) {
            return "cluster";
        } else if (g instanceof ConstellationGroup.Elements) {
            return "elements";
        }
        return ((ConstellationGroup.OrbitFile) g).format().name().toLowerCase(java.util.Locale.ROOT);
    }
}
