package org.skyrack.launch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign over many seeds: percentiles are nearest-rank over the runs; a run that never
 * completes deployment within the horizon ranks after every run that does.
 *
 * @param runs                     realisations
 * @param deploymentCompleteP50    median deployment-complete day; empty if at least half the runs never complete
 * @param deploymentCompleteP90    90th percentile; empty if more than 10 % never complete
 * @param completedFraction        fraction of runs that complete deployment within the horizon
 * @param launchesMean             mean launches per run
 * @param launchesP90              90th percentile of launches per run
 * @param failedLaunchesMean       mean failed launches per run
 * @param totalPriceMeanUsd        mean total launch price, USD
 * @param totalPriceP90Usd         90th percentile of total launch price, USD
 */
public record CampaignStatistics(int runs, Optional<LocalDate> deploymentCompleteP50,
                                 Optional<LocalDate> deploymentCompleteP90, double completedFraction, double launchesMean,
                                 int launchesP90, double failedLaunchesMean, double totalPriceMeanUsd,
                                 double totalPriceP90Usd) {

    public CampaignStatistics {
        Objects.requireNonNull(deploymentCompleteP50, "deploymentCompleteP50");
        Objects.requireNonNull(deploymentCompleteP90, "deploymentCompleteP90");
    }
}
