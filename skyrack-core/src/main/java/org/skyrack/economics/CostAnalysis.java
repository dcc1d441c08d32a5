package org.skyrack.economics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The whole economic answer for one case: orbit and ground costs in the same units, the
 * break-even launch price, the tornado, make-or-buy and the licensing milestones.
 *
 * @param space                   the constellation's costs and delivered compute
 * @param ground                  the matching terrestrial campus
 * @param breakEvenPerKgUsd       launch price at which orbit's $/kW-year equals the ground's, USD/kg; empty if none
 * @param tornadoFraction         ±x of the tornado, fraction
 * @param tornado                 sensitivity bars, widest first
 * @param makeOrBuy               buying launches versus owning a provider
 * @param milestones              licensing milestones against the plan
 * @param disposal                natural decay of the slowest group against the FCC 5-year rule; empty
 *                                when the case has no orbit altitudes
 */
public record CostAnalysis(CostResult space, CostResult ground, OptionalDouble breakEvenPerKgUsd, double tornadoFraction,
                           List<Tornado.Bar> tornado, MakeOrBuy.Result makeOrBuy,
                           List<LicensingMilestones.Milestone> milestones, Optional<DisposalEstimate> disposal) {

    public CostAnalysis {
        tornado = List.copyOf(tornado);
        milestones = List.copyOf(milestones);
        Objects.requireNonNull(disposal, "disposal");
    }

    /** Runs every part of the analysis on a case. */
    public static CostAnalysis of(SpaceCase c, double tornadoFraction) {
        CostResult space = SpaceCostModel.evaluate(c);
        CostResult ground = TerrestrialCostModel.evaluate(TerrestrialCostModel.matching(c));
        OptionalDouble breakEven = BreakEven.launchPricePerKgUsd(c, ground.levelized().perKilowattYearUsd());
        Optional<DisposalEstimate> disposal = DisposalEstimate.slowest(c);
        return new CostAnalysis(space, ground, breakEven, tornadoFraction, Tornado.of(c, tornadoFraction),
                MakeOrBuy.compare(c.plan(), c.economics().makeOrBuy(), c.economics().discountRatePerYear()),
                LicensingMilestones.check(c.plan(), c.constellationSize(), c.economics().licenceGrant(),
                        c.economics().ituBringingIntoUseEnd(), c.longestLifeS(), disposal), disposal);
    }
}
