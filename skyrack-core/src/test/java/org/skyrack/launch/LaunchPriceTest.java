package org.skyrack.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skyrack.scenario.Launch;

/** Wright's law, the reusable cost model and the Suncatcher launch cost per kW-year. */
class LaunchPriceTest {

    /** Closed forms evaluated in double precision, dimensionless. */
    private static final double RELATIVE_TOLERANCE = 1e-12;
    /** The Suncatcher figures are rounded ("~$3,600/kg", "$14,700"): 2 % relative. */
    private static final double SUNCATCHER_RELATIVE_TOLERANCE = 0.02;
    private static final double YEAR_S = 365.25 * 86_400;

    @Test
    void wrightsLawDropsTheLearningRatePerDoubling() {
        WrightsLaw w = new WrightsLaw(0.20);
        assertThat(w.exponent()).isCloseTo(Math.log(0.8) / Math.log(2), within(RELATIVE_TOLERANCE));
        assertThat(w.factor(2, 1)).isCloseTo(0.8, within(RELATIVE_TOLERANCE));
        assertThat(w.factor(4000, 1000)).isCloseTo(0.64, within(RELATIVE_TOLERANCE));
        assertThat(w.factor(1, 1)).isEqualTo(1.0);
        // Suncatcher: from ~$3,600/kg to $200/kg takes log(200/3600)/log(0.8) = 12.95 doublings
        assertThat(w.doublingsToReach(3600, 200)).isCloseTo(12.953, within(1e-3));
        assertThat(new WrightsLaw(0).factor(1e6, 1)).isEqualTo(1.0);
    }

    @Test
    void campaignPricesFollowCumulativeMassWithTheFirstLaunchAtListPrice() {
        LaunchVehicle v = new LaunchVehicle("v", 1000, OptionalDouble.empty(), OptionalDouble.of(1e6), 365.25, 0,
                OptionalDouble.empty(), false, false, OptionalDouble.empty());
        List<TargetPlane> planes = List.of(new TargetPlane("g", 0, 40, 250, 1, 50 * YEAR_S, false));
        CampaignSpec s = new CampaignSpec(LocalDate.of(2030, 1, 1), 10 * YEAR_S, List.of(v), planes,
                LaunchPricing.listPrice(), new WrightsLaw(0.2), Launch.LearningBasis.CAMPAIGN, 0, 0, 450);
        List<PlannedLaunch> l = Campaign.run(s, 1).plan().launches();
        double b = Math.log(0.8) / Math.log(2);
        assertThat(l).hasSize(10);
        for (int i = 0; i < l.size(); i++) {
            assertThat(l.get(i).priceUsd()).isCloseTo(1e6 * Math.pow(i + 1, b), within(1e6 * RELATIVE_TOLERANCE));
        }
        // industry basis: world mass M0 before, none added by others: launch i pays ((M0 + i·m)/M0)^b
        CampaignSpec industry = new CampaignSpec(s.start(), s.horizonS(), s.vehicles(), planes, LaunchPricing.perKg(100),
                new WrightsLaw(0.2), Launch.LearningBasis.INDUSTRY, 1000, 0, 450);
        List<PlannedLaunch> li = Campaign.run(industry, 1).plan().launches();
        assertThat(li.get(0).priceUsd()).isCloseTo(100 * 1000 * Math.pow(2, b), within(RELATIVE_TOLERANCE * 1e5));
        assertThat(li.get(2).priceUsd()).isCloseTo(100 * 1000 * Math.pow(4, b), within(RELATIVE_TOLERANCE * 1e5));
    }

    @ParameterizedTest(name = "{0}: {1} kg, {2} kW, 5 yr at {3} USD/kg -> {4} USD/kW/yr")
    @CsvSource({
        "Starlink v2 mini, 575, 28,  3600, 14700",
        "Starlink v2 mini, 575, 28,   200,   810",
        "Starlink v1,      260,  7,  3600, 26600",
        "Starlink v1,      260,  7,   200,  1470",
        "OneWeb,           150, 0.8, 3600, 135800",
        "OneWeb,           150, 0.8,  200,  7500"})
    void suncatcherLaunchCostPerKwYear(String satellite, double massKg, double powerKw, double usdPerKg, double expected) {
        double got = LaunchCostMetrics.usdPerKwYear(massKg, usdPerKg, powerKw * 1000, 5 * YEAR_S);
        assertThat(got).as(satellite).isCloseTo(expected, within(expected * SUNCATCHER_RELATIVE_TOLERANCE));
    }

    @Test
    void reusableCostPerFlight() {
        double c = 60e6;
        assertThat(new ReusableCostModel(c, 0.6, 0.1, 1, 1).costPerFlightUsd()).as("one flight: expendable")
                .isCloseTo(c, within(c * RELATIVE_TOLERANCE));
        assertThat(new ReusableCostModel(c, 0.6, 0.1, 10, 0).costPerFlightUsd()).as("never recovered: expendable")
                .isCloseTo(c, within(c * RELATIVE_TOLERANCE));
        // always recovered, 10 flights, free refurbishment: 0.4 C + 0.6 C / 10
        assertThat(new ReusableCostModel(c, 0.6, 0, 10, 1).costPerFlightUsd()).isCloseTo(0.46 * c, within(c * 1e-12));
        ReusableCostModel f9 = new ReusableCostModel(c, 0.6, 0.1, 10, 0.982);
        double flights = (1 - Math.pow(0.982, 10)) / (1 - 0.982);
        assertThat(f9.expectedFlightsPerBooster()).isCloseTo(flights, within(RELATIVE_TOLERANCE * 10));
        assertThat(f9.costPerFlightUsd()).isCloseTo(0.4 * c + 0.6 * c / flights + 0.1 * 0.6 * c * (flights - 1) / flights,
                within(c * RELATIVE_TOLERANCE));
    }

    @Test
    void theCatalogKeepsUnpublishedFiguresEmptyAndNamesASourcePerRow() {
        VehicleCatalog c = VehicleCatalog.bundled();
        assertThat(c.ids()).contains("falcon-9-reusable", "falcon-9-expendable", "falcon-heavy-reusable", "starship",
                "nova", "neutron", "new-glenn", "electron", "terran-r", "vulcan-vc6", "ariane-62", "alpha", "pslv-xl",
                "transporter-rideshare");
        assertThat(c.find("starship").orElseThrow().priceUsd()).isEmpty();
        assertThat(c.find("falcon-9-reusable").orElseThrow().boosterRecoveryRate()).hasValue(0.982);
        assertThat(c.find("transporter-rideshare").orElseThrow().rideshare()).isTrue();
        assertThat(c.find("transporter-rideshare").orElseThrow().extraPricePerKgUsd()).hasValue(7000);
        for (String id : c.ids()) {
            assertThat(c.find(id).orElseThrow().source()).as(id).isNotBlank();
        }
    }
}
