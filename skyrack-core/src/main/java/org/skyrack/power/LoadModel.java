package org.skyrack.power;

import org.skyrack.scenario.SatelliteDesign;

/**
 * Electrical loads of one satellite: a base that is always on (bus avionics and heaters,
 * inter-satellite terminals), and the accelerators, whose power is linear in their compute
 * fraction between idle and full ({@code idle + u·(full − idle)}, u in [0, 1]). Throttling
 * trades compute for power along that line, so delivered compute is proportional to the
 * dynamic power (a first-order DVFS assumption). W.
 *
 * @param baseLoadW       loads that are always on, W
 * @param computeIdleW    all accelerators idle, W
 * @param computeFullW    all accelerators at full load, W
 */
public record LoadModel(double baseLoadW, double computeIdleW, double computeFullW) {

    public LoadModel {
        if (!(baseLoadW >= 0 && computeIdleW >= 0 && computeFullW >= computeIdleW)) {
            throw new IllegalArgumentException("loads must satisfy base >= 0, 0 <= idle <= full; got base "
                    + baseLoadW + " W, idle " + computeIdleW + " W, full " + computeFullW + " W");
        }
    }

    /** Loads of a design with {@code alwaysOnTerminalsW} of terminals added to the bus. */
    public static LoadModel of(SatelliteDesign design, double alwaysOnTerminalsW) {
        double idle = 0;
        double full = 0;
        for (SatelliteDesign.Accelerator a : design.accelerators()) {
            idle += a.count() * a.idlePowerW();
            full += a.count() * a.tdpW();
        }
        return new LoadModel(design.busPowerW() + alwaysOnTerminalsW, idle, full);
    }

    /** Total load at compute fraction {@code u}, W. */
    public double loadW(double computeFraction) {
        return baseLoadW + computeIdleW + computeFraction * (computeFullW - computeIdleW);
    }

    /**
     * The compute fraction whose total load is {@code loadW}: below 0 when even idle
     * accelerators exceed it, above 1 when full load fits. With no dynamic compute power it is
     * +∞ if the load fits and −∞ if not.
     */
    public double computeFractionAt(double loadW) {
        double dynamic = computeFullW - computeIdleW;
        double spare = loadW - baseLoadW - computeIdleW;
        if (dynamic <= 0) {
            return spare >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return spare / dynamic;
    }
}
