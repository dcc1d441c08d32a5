package org.skyrack.results;

import java.util.ArrayList;
import java.util.List;
import org.skyrack.radiation.ChipLife;
import org.skyrack.radiation.FaultKind;
import org.skyrack.radiation.FaultProcess;
import org.skyrack.radiation.FaultRates;
import org.skyrack.radiation.TotalDoseModel;
import org.skyrack.scenario.SatelliteDesign;
import org.skyrack.scenario.Scenario;
import org.skyrack.units.Units;

/**
 * Ionising dose per constellation group, the accelerators' life against their dose limit, and
 * the fault counts the fleet should expect over the run ({@link TotalDoseModel}, Suncatcher's
 * per-chip rates in {@link FaultRates#suncatcherTpu()}; one host computer per satellite).
 *
 * @param groups          dose per constellation group
 * @param expectedFaults  expected fault counts of the whole fleet over the run
 */
public record RadiationSummary(List<GroupDose> groups, ExpectedFaults expectedFaults) {

    /** Host computers per satellite, for the host CPU and RAM fault rates (assumption). */
    public static final int HOSTS_PER_SATELLITE = 1;

    /**
     * Dose of one group's satellites, at the group's mean altitude and inclination, behind its
     * design's shielding.
     *
     * @param modelAltitudeKm          altitude the dose tables were read at, km: the group's mean,
     *                                 clamped into the tables' 500–2,000 km (below 500 km this overstates the dose)
     * @param shieldingMm              aluminium-equivalent shielding, mm
     * @param doseRadPerYear           dose rate, rad(Si) per year
     * @param doseGyPerYear            the same in Gy(Si) per year
     * @param designLifeDoseGy         dose over the design's life, Gy
     * @param acceleratorLifeYears     years until the least tolerant accelerator reaches its dose limit
     * @param designLifeOverDoseLimitFraction  design-life dose over that accelerator's limit (above 1: it dies first)
     */
    public record GroupDose(String name, double modelAltitudeKm, double shieldingMm, double doseRadPerYear,
                            double doseGyPerYear, double designLifeDoseGy, double acceleratorLifeYears,
                            double designLifeOverDoseLimitFraction) {
    }

    /** Expected numbers of each fault over the run, whole fleet. */
    public record ExpectedFaults(double silentDataCorruptions, double hbmUncorrectableErrors,
                                 double acceleratorCrashes, double hostCpuFaults, double hostRamFaults) {
    }

    /** The summary of a scenario's groups (from {@link ConstellationSummary#groups()}) over {@code durationS}. */
    public static RadiationSummary of(Scenario s, List<ConstellationSummary.Group> groups, double durationS) {
        TotalDoseModel model = TotalDoseModel.bundled();
        FaultRates rates = FaultRates.suncatcherTpu();
        List<GroupDose> doses = new ArrayList<>();
        double[] faults = new double[FaultKind.values().length];
        for (ConstellationSummary.Group g : groups) {
            SatelliteDesign d = s.design(g.design()).orElseThrow();
            double altitudeM = TotalDoseModel.clampedAltitudeM(g.meanAltitudeKm() * 1e3);
            double rateGyPerS = model.doseRateGyPerS(altitudeM, Math.toRadians(g.meanInclinationDeg()), d.shieldingM());
            double lifeS = Double.POSITIVE_INFINITY;
            double limitGy = Double.POSITIVE_INFINITY;
            int chips = 0;
            for (SatelliteDesign.Accelerator a : d.accelerators()) {
                lifeS = Math.min(lifeS, ChipLife.lifeS(a, rateGyPerS));
                limitGy = Math.min(limitGy, a.doseLimitGy());
                chips += a.count();
            }
            double lifeDoseGy = ChipLife.missionDoseGy(rateGyPerS, d.designLifeS());
            doses.add(new GroupDose(g.name(), altitudeM / 1e3, d.shieldingM() * 1e3,
                    rateGyPerS * Units.YEAR_S / TotalDoseModel.GY_PER_RAD, rateGyPerS * Units.YEAR_S, lifeDoseGy,
                    lifeS / Units.YEAR_S, Double.isInfinite(limitGy) ? 0 : lifeDoseGy / limitGy));
            FaultProcess p = new FaultProcess(rateGyPerS, chips, HOSTS_PER_SATELLITE, rates);
            for (FaultKind k : FaultKind.values()) {
                faults[k.ordinal()] += g.satellites() * p.expectedCount(k, durationS);
            }
        }
        return new RadiationSummary(doses, new ExpectedFaults(faults[FaultKind.SILENT_DATA_CORRUPTION.ordinal()],
                faults[FaultKind.HBM_UNCORRECTABLE.ordinal()], faults[FaultKind.ACCELERATOR_CRASH.ordinal()],
                faults[FaultKind.HOST_CPU.ordinal()], faults[FaultKind.HOST_RAM.ordinal()]));
    }
}
