package org.skyrack.economics;

import java.util.Comparator;
import java.util.Optional;
import org.skyrack.orbit.Decay;
import org.skyrack.scenario.Economics;
import org.skyrack.units.Units;

/**
 * Whether a group's satellites meet the FCC 5-year post-mission disposal rule (FCC 22-74) by
 * natural decay alone: the time a dead satellite takes to fall from its operating altitude to
 * 150 km ({@link Decay}, Vallado's CIRA-72 exponential atmosphere scaled for solar activity),
 * compared with {@value LicensingMilestones#DEORBIT_YEARS} years. Longer means it needs active
 * disposal (propulsion kept in reserve for a deorbit burn).
 *
 * @param group                        constellation group
 * @param altitudeM                    mean operating altitude, m
 * @param ballisticCoefficientKgPerM2  m/(Cd·A) of its satellites, kg/m²
 * @param solarActivity                solar activity assumed over the descent
 * @param naturalDecayS                time to decay to 150 km, s
 */
public record DisposalEstimate(String group, double altitudeM, double ballisticCoefficientKgPerM2,
                               Economics.SolarActivity solarActivity, double naturalDecayS) {

    /** The FCC limit on post-mission disposal, s. */
    public static final double LIMIT_S = org.skyrack.launch.CampaignResult.FCC_DISPOSAL_LIMIT_S;

    /** The estimate for one group. */
    public static DisposalEstimate of(String group, double altitudeM, double ballisticCoefficientKgPerM2,
                                      Economics.SolarActivity solarActivity) {
        return new DisposalEstimate(group, altitudeM, ballisticCoefficientKgPerM2, solarActivity,
                Decay.lifetimeS(altitudeM, ballisticCoefficientKgPerM2, solarActivity.densityFactor()));
    }

    /** The group of a case that takes longest to decay naturally; empty when the case has no altitudes. */
    public static Optional<DisposalEstimate> slowest(SpaceCase c) {
        return c.altitudeByGroupM().entrySet().stream()
                .filter(e -> c.constellation().containsKey(e.getKey()))
                .map(e -> of(e.getKey(), e.getValue(), c.unitByGroup().get(e.getKey()).ballisticCoefficientKgPerM2(),
                        c.economics().solarActivity()))
                .max(Comparator.comparingDouble(DisposalEstimate::naturalDecayS));
    }

    /** True when natural decay alone meets the 5-year rule. */
    public boolean metByNaturalDecay() {
        return naturalDecayS <= LIMIT_S;
    }

    /** Natural decay time, years. */
    public double naturalDecayYears() {
        return naturalDecayS / Units.YEAR_S;
    }

    /** "MET by natural decay in X yr" or "NEEDS ACTIVE DISPOSAL (natural decay X yr)". */
    public String verdict() {
        return metByNaturalDecay()
                ? String.format(java.util.Locale.ROOT, "MET by natural decay in %.1f yr", naturalDecayYears())
                : String.format(java.util.Locale.ROOT, "NEEDS ACTIVE DISPOSAL (natural decay %.1f yr)", naturalDecayYears());
    }
}
