package org.skyrack.economics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.skyrack.launch.LaunchPlan;
import org.skyrack.launch.PlannedLaunch;

/**
 * The licensing clock checked against a deployment schedule.
 *
 * <ul>
 *   <li>FCC NGSO milestones (47 CFR 25.164(b)): 50 % of the authorised constellation in orbit
 *       within 6 years of the grant, 100 % within 9.</li>
 *   <li>ITU NGSO milestones (WRC-19 Resolution 35): 10 % within 2 years, 50 % within 5, 100 %
 *       within 7 after the end of the bringing-into-use period.</li>
 *   <li>FAA launch licence (14 CFR 450.7): valid up to 5 years, so a campaign longer than that
 *       needs a renewal; counted from the first launch.</li>
 *   <li>FCC orbital-debris rule (FCC 22-74, Sept 2022): LEO satellites disposed of within 5 years
 *       of the end of their mission; reported as the date by which the last one must be gone, met when
 *       natural decay from the slowest group's altitude ({@link DisposalEstimate}) takes at most 5 years,
 *       else active disposal is needed.</li>
 * </ul>
 *
 * A satellite counts as deployed on the day its launch succeeds; failed launches deploy nothing;
 * deployments are counted up to the constellation size (replenishment after losses counts).
 * Fractions of the constellation are rounded up to whole satellites.
 */
public final class LicensingMilestones {

    /** Years after the grant for the FCC 50 % milestone (47 CFR 25.164(b)). */
    public static final int FCC_HALF_YEARS = 6;
    /** Years after the grant for the FCC 100 % milestone (47 CFR 25.164(b)). */
    public static final int FCC_FULL_YEARS = 9;
    /** ITU milestones after the bringing-into-use period: years and fraction (WRC-19 Res. 35). */
    private static final int[] ITU_YEARS = {2, 5, 7};
    private static final double[] ITU_FRACTIONS = {0.10, 0.50, 1.00};
    /** FAA Part 450 licence term, years (14 CFR 450.7). */
    public static final int FAA_LICENCE_YEARS = 5;
    /** FCC post-mission disposal limit for LEO, years (FCC 22-74). */
    public static final int DEORBIT_YEARS = 5;

    private LicensingMilestones() {
    }

    /** Whether a milestone is met. */
    public enum Status {
        /** Reached on or before the deadline. */
        MET,
        /** Not reached by the deadline (or never). */
        MISSED,
        /** The campaign outlasts one licence: another is needed before the deadline. */
        RENEWAL_NEEDED,
        /** A date to plan for, not something the schedule can meet or miss. */
        DEADLINE,
        /** Natural decay is too slow for the rule: the satellites must deorbit themselves. */
        ACTIVE_DISPOSAL_NEEDED
    }

    /**
     * One milestone.
     *
     * @param rule        the rule and its source
     * @param requirement what it asks, in words
     * @param deadline    the day it must be met by
     * @param satellites  satellites it asks for (0 when not a deployment milestone)
     * @param reached     day the schedule meets it, if it ever does
     * @param status      met, missed, renewal needed, or a deadline
     */
    public record Milestone(String rule, String requirement, LocalDate deadline, int satellites,
                            Optional<LocalDate> reached, Status status) {
    }

    /**
     * Checks a plan.
     *
     * @param plan                    the launches
     * @param constellationSize       satellites authorised (the full constellation)
     * @param licenceGrant            day of the FCC grant
     * @param ituBringingIntoUseEnd   end of the ITU bringing-into-use period
     * @param designLifeS             longest design life, s (for the disposal deadline)
     */
    public static List<Milestone> check(LaunchPlan plan, int constellationSize, LocalDate licenceGrant,
                                        LocalDate ituBringingIntoUseEnd, double designLifeS) {
        return check(plan, constellationSize, licenceGrant, ituBringingIntoUseEnd, designLifeS, Optional.empty());
    }

    /**
     * Checks a plan, the disposal rule against a natural-decay estimate.
     *
     * @param plan                    the launches
     * @param constellationSize       satellites authorised (the full constellation)
     * @param licenceGrant            day of the FCC grant
     * @param ituBringingIntoUseEnd   end of the ITU bringing-into-use period
     * @param designLifeS             longest design life, s (for the disposal deadline)
     * @param disposal                natural decay of the slowest group; empty: the deadline only
     */
    public static List<Milestone> check(LaunchPlan plan, int constellationSize, LocalDate licenceGrant,
                                        LocalDate ituBringingIntoUseEnd, double designLifeS,
                                        Optional<DisposalEstimate> disposal) {
        List<Milestone> out = new ArrayList<>();
        int[] fcc = {FCC_HALF_YEARS, FCC_FULL_YEARS};
        double[] fccFraction = {0.5, 1.0};
        for (int i = 0; i < fcc.length; i++) {
            out.add(deployment(plan, constellationSize, "FCC NGSO milestone (47 CFR 25.164)",
                    pct(fccFraction[i]) + " of the constellation within " + fcc[i] + " years of the grant",
                    licenceGrant.plusYears(fcc[i]), fccFraction[i]));
        }
        for (int i = 0; i < ITU_YEARS.length; i++) {
            out.add(deployment(plan, constellationSize, "ITU NGSO milestone (WRC-19 Res. 35)",
                    pct(ITU_FRACTIONS[i]) + " within " + ITU_YEARS[i] + " years after bringing into use",
                    ituBringingIntoUseEnd.plusYears(ITU_YEARS[i]), ITU_FRACTIONS[i]));
        }
        List<LocalDate> dates = plan.launches().stream().map(PlannedLaunch::date).sorted().toList();
        if (!dates.isEmpty()) {
            LocalDate first = dates.get(0);
            LocalDate last = dates.get(dates.size() - 1);
            LocalDate expiry = first.plusYears(FAA_LICENCE_YEARS);
            out.add(new Milestone("FAA launch licence (14 CFR 450.7)",
                    "one licence covers launches up to " + FAA_LICENCE_YEARS + " years after the first", expiry, 0,
                    Optional.of(last), last.isAfter(expiry) ? Status.RENEWAL_NEEDED : Status.MET));
            LocalDate lastOk = plan.launches().stream().filter(l -> !l.failed()).map(PlannedLaunch::date)
                    .max(Comparator.naturalOrder()).orElse(last);
            long lifeDays = (long) Math.ceil(designLifeS / 86_400.0);
            String requirement = "every satellite disposed of within " + DEORBIT_YEARS + " years of its end of life";
            Status status = Status.DEADLINE;
            if (disposal.isPresent()) {
                DisposalEstimate d = disposal.get();
                requirement += String.format(java.util.Locale.ROOT, "; %s from %.0f km (group %s, BC %.0f kg/m^2, %s "
                        + "solar activity, Vallado CIRA-72 exponential atmosphere)", d.verdict(), d.altitudeM() / 1e3,
                        d.group(), d.ballisticCoefficientKgPerM2(),
                        d.solarActivity().name().toLowerCase(java.util.Locale.ROOT));
                status = d.metByNaturalDecay() ? Status.MET : Status.ACTIVE_DISPOSAL_NEEDED;
            }
            out.add(new Milestone("FCC orbital-debris rule (FCC 22-74)", requirement,
                    lastOk.plusDays(lifeDays).plusYears(DEORBIT_YEARS), 0, Optional.empty(), status));
        }
        return List.copyOf(out);
    }

    private static Milestone deployment(LaunchPlan plan, int size, String rule, String requirement, LocalDate deadline,
                                        double fraction) {
        int needed = (int) Math.ceil(fraction * size - 1e-9);
        Optional<LocalDate> reached = dayReached(plan, needed);
        boolean met = reached.isPresent() && !reached.get().isAfter(deadline);
        return new Milestone(rule, requirement, deadline, needed, reached, met ? Status.MET : Status.MISSED);
    }

    /** First day at least {@code needed} satellites have been deployed, if ever. */
    static Optional<LocalDate> dayReached(LaunchPlan plan, int needed) {
        if (needed <= 0) {
            return plan.launches().stream().map(PlannedLaunch::date).min(Comparator.naturalOrder());
        }
        List<PlannedLaunch> ok = plan.launches().stream().filter(l -> !l.failed())
                .sorted(Comparator.comparing(PlannedLaunch::date)).toList();
        int deployed = 0;
        for (PlannedLaunch l : ok) {
            deployed += l.satellites();
            if (deployed >= needed) {
                return Optional.of(l.date());
            }
        }
        return Optional.empty();
    }

    private static String pct(double f) {
        return Math.round(f * 100) + " %";
    }
}
