package org.skyrack.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;
import org.skyrack.orbit.SatelliteOrbit;
import org.skyrack.scenario.ConstellationGroup;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.scenario.Scenario;

/**
 * The planes a constellation needs launches to: a Walker T/P/F has P planes of T/P satellites;
 * a sun-synchronous group {@code planes} planes of {@code satellites_per_plane}; a cluster is
 * one plane. Satellites given one by one (elements, or an orbit file) are grouped into planes
 * whose inclination and node agree within {@link #PLANE_BIN_RAD} (1°).
 */
public final class TargetPlanes {

    /** Width of the inclination and node bins that group individually given satellites into planes, rad. */
    public static final double PLANE_BIN_RAD = Math.toRadians(1.0);

    private TargetPlanes() {
    }

    /**
     * The planes of every group of {@code scenario}.
     *
     * @param orbits the built orbits; only read for orbit-file groups (may be empty when there are none)
     * @throws LaunchInputException for an orbit-file group whose orbits were not given
     */
    public static List<TargetPlane> of(Scenario scenario, List<SatelliteOrbit> orbits) {
        List<TargetPlane> planes = new ArrayList<>();
        for (ConstellationGroup g : scenario.constellation().groups()) {
            SatelliteDesign d = scenario.design(g.design()).orElseThrow();
            double m = d.totalMassKg();
            double v = d.stowedVolumeM3();
            double life = d.designLifeS();
            if (g instanceof ConstellationGroup.Walker w) {
                for (int p = 0; p < w.planes(); p++) {
                    planes.add(new TargetPlane(w.name(), p, w.total() / w.planes(), m, v, life, false));
                }
            } else if (g instanceof ConstellationGroup.SunSynchronous s) {
                for (int p = 0; p < s.planes(); p++) {
                    planes.add(new TargetPlane(s.name(), p, s.satellitesPerPlane(), m, v, life, true));
                }
            } else if (g instanceof ConstellationGroup.Cluster c) {
                planes.add(new TargetPlane(c.name(), 0, c.satellites(), m, v, life,
                        c.reference() instanceof ConstellationGroup.SsoReference));
            } else if (g instanceof ConstellationGroup.Elements e) {
                List<double[]> incNode = new ArrayList<>();
                e.satellites().forEach(k -> incNode.add(new double[] {k.inclinationRad(), k.raanRad()}));
                addBinned(planes, e.name(), incNode, m, v, life);
            } else if (g instanceof ConstellationGroup.OrbitFile f) {
                List<double[]> incNode = new ArrayList<>();
                for (SatelliteOrbit o : orbits) {
                    if (o.group().equals(f.name())) {
                        KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(o.orbit());
                        incNode.add(new double[] {k.getI(), k.getRightAscensionOfAscendingNode()});
                    }
                }
                if (incNode.isEmpty()) {
                    throw new LaunchInputException("group " + f.name() + ": the orbits of an orbit-file group are needed "
                            + "to find its planes");
                }
                addBinned(planes, f.name(), incNode, m, v, life);
            }
        }
        return planes;
    }

    private static void addBinned(List<TargetPlane> planes, String group, List<double[]> incNode, double m, double v,
                                  double life) {
        Map<List<Long>, Integer> bins = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? Long.compare(a.get(1), b.get(1)) : Long.compare(a.get(0), b.get(0)));
        for (double[] in : incNode) {
            double node = Math.IEEEremainder(in[1], 2 * Math.PI);
            if (node < 0) {
                node += 2 * Math.PI;
            }
            long nodeBin = Math.round(node / PLANE_BIN_RAD) % Math.round(2 * Math.PI / PLANE_BIN_RAD);
            bins.merge(List.of(Math.round(in[0] / PLANE_BIN_RAD), nodeBin), 1, Integer::sum);
        }
        int p = 0;
        for (int count : bins.values()) {
            planes.add(new TargetPlane(group, p++, count, m, v, life, false));
        }
    }
}
