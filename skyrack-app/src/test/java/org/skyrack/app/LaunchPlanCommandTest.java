package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skyrack launch-plan} as a user drives it. */
class LaunchPlanCommandTest {

    private static final String SUNCATCHER = "../examples/suncatcher-81.yaml";

    @TempDir
    Path tmp;

    @Test
    void textPrintsTheTableAndTheSummary() {
        CliTest.Result r = CliTest.run("launch-plan", SUNCATCHER, "--runs", "20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("date,vehicle,group,satellites,mass_kg,price_usd,failed,replenishment")
                .contains("2027-06-21,falcon-9-reusable,cluster,27,").contains("deployment complete: 2027-")
                .contains("total launch price:").contains("Monte Carlo (20 runs, seed 81)").contains("P90");
    }

    @Test
    void csvIsTheTableAloneAndTheSameForTheSameSeedWhateverTheThreads() {
        CliTest.Result a = CliTest.run("launch-plan", SUNCATCHER, "--format", "csv", "--seed", "5", "--runs", "16",
                "--threads", "1");
        CliTest.Result b = CliTest.run("launch-plan", SUNCATCHER, "--format", "csv", "--seed", "5", "--runs", "16",
                "--threads", "2");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).startsWith("date,vehicle,").doesNotContain("Monte Carlo");
        assertThat(a.err()).isEqualTo(b.err()).contains("Monte Carlo (16 runs, seed 5)");
    }

    @Test
    void jsonToAFile() throws IOException {
        Path out = tmp.resolve("plan.json");
        CliTest.Result r = CliTest.run("launch-plan", "../examples/starlink-v2mini-compute.yaml", "--format", "json",
                "--runs", "4", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(j.get("launches").size()).isEqualTo(j.get("summary").get("launches").asInt()).isGreaterThanOrEqualTo(72);
        assertThat(j.get("summary").get("deployment_complete").asText()).startsWith("202");
        assertThat(j.get("summary").get("runs").asInt()).isEqualTo(4);
    }

    @Test
    void aVehicleWithoutPriceIsOneLineAndExitTwo() throws IOException {
        Path f = tmp.resolve("no-price.yaml");
        String text = Files.readString(Path.of(SUNCATCHER), StandardCharsets.UTF_8)
                .replace("vehicles: [falcon-9-reusable]", "vehicles: [starship]");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("launch-plan", f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString().contains("starship has no published price")
                .contains("launch.vehicles");
    }

    @Test
    void aSatelliteNoVehicleCanCarryIsOneLineAndExitTwo() throws IOException {
        Path f = tmp.resolve("too-heavy.yaml");
        String text = Files.readString(Path.of(SUNCATCHER), StandardCharsets.UTF_8)
                .replace("bus_mass: 350 kg", "bus_mass: 350 t");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        CliTest.Result r = CliTest.run("launch-plan", f.toString(), "--runs", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).singleElement().asString()
                .contains("launch: group cluster: no listed vehicle can carry one of its satellites");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(CliTest.run("launch-plan", SUNCATCHER, "--runs", "0").code()).isEqualTo(2);
        assertThat(CliTest.run("launch-plan", SUNCATCHER, "--format", "xml").code()).isEqualTo(2);
        assertThat(CliTest.run("launch-plan", "no-such-file.yaml").code()).isEqualTo(2);
        CliTest.Result help = CliTest.run("launch-plan", "--help");
        assertThat(help.out()).contains("Usage: skyrack launch-plan").contains("Example:");
    }
}
