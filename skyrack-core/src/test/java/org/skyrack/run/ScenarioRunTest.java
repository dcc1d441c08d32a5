package org.skyrack.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.skyrack.flightdata.FlightDynamicsContext;
import org.skyrack.results.ConstellationSummary;
import org.skyrack.results.WorkloadSummary;
import org.skyrack.scenario.ScenarioReader;

/** Whole runs of a small scenario: what one option changes, holding everything else equal. */
class ScenarioRunTest {

    /** Relative tolerance on byte sums (dimensionless): rounding of the sums only. */
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final double CHECKPOINT_BYTES = 10e9;
    /** The one training job, about 10 h: 8 accelerators at 918 TFLOP/s and 40 %. */
    private static final String TRAINING = """
              training:
                - name: llm
                  total_compute: 1e20 FLOP
                  accelerators: 8
                  checkpoint_interval: 1 h
                  checkpoint_size: 10 GB
            """;
    /** Energies are sums over a day of millisecond-rounded intervals: relative agreement. */
    private static final double ENERGY_RELATIVE_TOLERANCE = 1e-9;

    /**
     * Two satellites in a formation over a day, one polar station with a Ka-band link, one
     * training job of about 10 h (8 accelerators at 918 TFLOP/s and 40 %) checkpointing 10 GB
     * every hour; {@code checkpointsToGround} is written in.
     */
    private static String scenario(String checkpointsToGround) {
        return """
                scenario: {name: checkpoints-down, epoch: 2027-03-01T00:00:00Z, duration: 1 d, seed: 2}
                satellites:
                  - name: node
                    bus_mass: 120 kg
                    bus_power: 150 W
                    stowed_volume: 0.8 m^3
                    solar_array: {area: 6 m^2, efficiency: 30 %}
                    battery: {capacity: 1.5 kWh}
                    radiator: {area: 1.5 m^2}
                    accelerators:
                      - {model: tpu-v6e, count: 4, tdp: 300 W, peak_bf16: 918 TFLOP/s, unit_cost: 15000 USD}
                constellation:
                  groups:
                    - name: pair
                      type: cluster
                      satellites: 2
                      radius: 500 m
                      min_separation: 100 m
                      reference: {altitude: 650 km, ltan: "18:00"}
                ground:
                  stations:
                    - {name: svalbard, latitude: 78.23 deg, longitude: 15.39 deg, elevation_mask: 5 deg}
                links:
                  inter_satellite: {topology: all-in-range, max_range: 25000 km, data_rate: 800 Gbit/s, terminals: 1}
                  ground: {frequency: 26 GHz, eirp: 45 dBW, g_over_t: 30 dB/K, max_data_rate: 10 Gbit/s}
                workload:
                  policy: greedy
                """ + TRAINING + checkpointsToGround + """
                launch:
                  vehicles: [transporter-rideshare]
                  rideshare: true
                """;
    }

    private static ConstellationSummary run(String text) {
        return ScenarioRun.run(ScenarioReader.read(Path.of("checkpoints-down.yaml"), text),
                FlightDynamicsContext.offline(), 1);
    }

    /**
     * Checkpoints sent to the ground add exactly their bytes to the bulk sent down (the job ends
     * in the first half of the day, and the passes after it carry 10 GB in seconds each) and
     * change nothing in the training itself; left out, the option is false and nothing goes down.
     */
    @Test
    void checkpointsToGroundAddTheirBytesToTheBulkSentDown() {
        ConstellationSummary kept = run(scenario(""));
        ConstellationSummary sent = run(scenario("      checkpoints_to_ground: true\n"));

        WorkloadSummary.Job job = sent.workload().jobs().get(0);
        assertThat(job.checkpoints()).isPositive();
        assertThat(job.finishedS()).isNotNull().isLessThan(sent.durationS() / 2);
        assertThat(sent.workload().jobs()).isEqualTo(kept.workload().jobs());
        assertThat(kept.network().bulkDownBytes()).isZero();
        double expected = job.checkpoints() * CHECKPOINT_BYTES;
        assertThat(sent.network().bulkDownBytes()).isCloseTo(expected, within(expected * RELATIVE_TOLERANCE));
        assertThat(sent.network().bulkUpBytes()).isZero();
    }

    /**
     * With full compute all day (checked), the energy the work used is the power run's load
     * energy less the accelerators' dynamic power on both satellites for the hours nobody ran on
     * them: in closed form from the job's start and finish, and with no job at all.
     */
    @Test
    void idleSatellitesDrawOnlyTheirIdleComputePower() {
        String text = scenario("");
        org.skyrack.scenario.Scenario scenario = ScenarioReader.read(Path.of("energy.yaml"), text);
        org.skyrack.power.LoadModel loads = org.skyrack.power.LoadModel.of(scenario.satellites().get(0), 0);
        double dynamicW = loads.computeFullW() - loads.computeIdleW();
        double day = 86_400;
        ConstellationSummary busy = run(text);
        assertThat(busy.power().computeAvailableFraction()).isEqualTo(1.0);
        WorkloadSummary.Job job = busy.workload().jobs().get(0);
        assertThat(job.satellites()).isEqualTo(2);
        double ranS = job.finishedS() - job.startedS();
        double idleJ = 2 * dynamicW * (day - ranS);
        assertThat(busy.workload().energyUsedJ())
                .isCloseTo(busy.power().loadEnergyJ() - idleJ, within(ENERGY_RELATIVE_TOLERANCE * busy.power().loadEnergyJ()));

        ConstellationSummary idle = run(text.replace(TRAINING, ""));
        assertThat(idle.workload().energyUsedJ()).isCloseTo(idle.power().loadEnergyJ() - 2 * dynamicW * day,
                within(ENERGY_RELATIVE_TOLERANCE * idle.power().loadEnergyJ()));
    }
}
