package org.skyrack.orbit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.orekit.orbits.Orbit;
import org.skyrack.formation.Formation;

/**
 * Station-kept clusters: each kept member is where its formation slot says, relative to its
 * cluster's reference orbit, at every instant. The reference orbit is propagated like any other
 * satellite (same propagator, so J2 turns its plane as it turns a free satellite's); the member
 * adds its Hill–Clohessy–Wiltshire relative state ({@link Formation}) in the reference's
 * local-vertical local-horizontal frame: x along the position, z along the angular momentum,
 * y = z × x; velocity adds the frame's rotation ω × ρ with ω = h / r². This is perfect control:
 * the differential J2 and drag that make a free cluster drift apart (tens of km a year for a
 * 1 km cluster in sun-synchronous LEO) are cancelled as they arise, and the Δv that costs is
 * not modelled. Satellites without a slot are the base source's.
 */
public final class KeptFormationSource implements EphemerisSource {

    private final EphemerisSource base;
    private final EphemerisSource references;
    /** Per satellite: index of its reference in {@code references}, or −1 when it flies free. */
    private final int[] referenceOf;
    private final Formation[] formation;
    private final int[] member;
    private final double[] meanMotionRadPerS;

    private KeptFormationSource(EphemerisSource base, EphemerisSource references, int[] referenceOf,
                                Formation[] formation, int[] member, double[] meanMotionRadPerS) {
        this.base = base;
        this.references = references;
        this.referenceOf = referenceOf;
        this.formation = formation;
        this.member = member;
        this.meanMotionRadPerS = meanMotionRadPerS;
    }

    /**
     * {@code base} when no satellite has a kept slot; otherwise the kept members on their slots.
     *
     * @param referenceSource builds the source of the reference orbits (one per cluster, in
     *                        first-member order) with the same propagator as {@code base}
     */
    public static EphemerisSource of(EphemerisSource base, List<SatelliteOrbit> satellites,
                                     Function<List<Orbit>, EphemerisSource> referenceSource) {
        int n = satellites.size();
        int[] referenceOf = new int[n];
        Formation[] formation = new Formation[n];
        int[] member = new int[n];
        Map<Orbit, Integer> index = new IdentityHashMap<>();
        List<Orbit> orbits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SatelliteOrbit.FormationSlot slot = satellites.get(i).keptSlot();
            if (slot == null) {
                referenceOf[i] = -1;
                continue;
            }
            referenceOf[i] = index.computeIfAbsent(slot.reference(), o -> {
                orbits.add(o);
                return orbits.size() - 1;
            });
            formation[i] = slot.formation();
            member[i] = slot.member();
        }
        if (orbits.isEmpty()) {
            return base;
        }
        double[] meanMotion = new double[n];
        for (int i = 0; i < n; i++) {
            if (referenceOf[i] >= 0) {
                meanMotion[i] = orbits.get(referenceOf[i]).getKeplerianMeanMotion();
            }
        }
        return new KeptFormationSource(base, referenceSource.apply(orbits), referenceOf, formation, member, meanMotion);
    }

    /**
     * Members of one kept cluster: the distance between their HCW slots, the same at every
     * instant (the formation is a rigid disk and the LVLH frame a rotation), m.
     */
    @Override
    public double rigidDistanceM(int a, int b) {
        int ref = referenceOf[a];
        if (ref < 0 || referenceOf[b] != ref) {
            return Double.NaN;
        }
        double[] pa = formation[a].relativeStateLvlh(member[a], meanMotionRadPerS[a], 0);
        double[] pb = formation[b].relativeStateLvlh(member[b], meanMotionRadPerS[b], 0);
        return Math.sqrt((pa[0] - pb[0]) * (pa[0] - pb[0]) + (pa[1] - pb[1]) * (pa[1] - pb[1])
                + (pa[2] - pb[2]) * (pa[2] - pb[2]));
    }

    @Override
    public int size() {
        return referenceOf.length;
    }

    @Override
    public void state(int satellite, double secondsFromEpoch, double[] out, int offset) {
        int ref = referenceOf[satellite];
        if (ref < 0) {
            base.state(satellite, secondsFromEpoch, out, offset);
            return;
        }
        references.state(ref, secondsFromEpoch, out, offset);
        double rx = out[offset];
        double ry = out[offset + 1];
        double rz = out[offset + 2];
        double vx = out[offset + 3];
        double vy = out[offset + 4];
        double vz = out[offset + 5];
        double r2 = rx * rx + ry * ry + rz * rz;
        double r = Math.sqrt(r2);
        double hx = ry * vz - rz * vy;
        double hy = rz * vx - rx * vz;
        double hz = rx * vy - ry * vx;
        double h = Math.sqrt(hx * hx + hy * hy + hz * hz);
        // LVLH unit vectors: x radial, z normal, y = z × x (along track).
        double xx = rx / r;
        double xy = ry / r;
        double xz = rz / r;
        double zx = hx / h;
        double zy = hy / h;
        double zz = hz / h;
        double yx = zy * xz - zz * xy;
        double yy = zz * xx - zx * xz;
        double yz = zx * xy - zy * xx;
        // The member's relative state, written after the reference's six numbers are read.
        formation[satellite].relativeStateLvlh(member[satellite], meanMotionRadPerS[satellite], secondsFromEpoch, out, offset);
        double px = out[offset];
        double py = out[offset + 1];
        double pz = out[offset + 2];
        double qx = out[offset + 3];
        double qy = out[offset + 4];
        double qz = out[offset + 5];
        double dx = px * xx + py * yx + pz * zx;
        double dy = px * xy + py * yy + pz * zy;
        double dz = px * xz + py * yz + pz * zz;
        double w = h / r2;
        // ω × ρ with ω = w·ẑ
        double wx = w * (zy * dz - zz * dy);
        double wy = w * (zz * dx - zx * dz);
        double wz = w * (zx * dy - zy * dx);
        out[offset] = rx + dx;
        out[offset + 1] = ry + dy;
        out[offset + 2] = rz + dz;
        out[offset + 3] = vx + qx * xx + qy * yx + qz * zx + wx;
        out[offset + 4] = vy + qx * xy + qy * yy + qz * zy + wy;
        out[offset + 5] = vz + qx * xz + qy * yz + qz * zz + wz;
    }
}
