package org.skyrack.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyrack.scenario.Scenario;
import org.skyrack.scenario.ScenarioInfo;
import org.skyrack.scenario.ScenarioReader;

class ResolvedScenarioTest {

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSizeGreaterThanOrEqualTo(4);
            return yaml.stream();
        }
    }

    /** The resolved file reads to the same scenario, and leaves nothing to default. */
    @ParameterizedTest
    @MethodSource("examples")
    void resolvedScenarioReadsToTheSameScenarioWithEveryDefaultWritten(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ScenarioReader.defaults(file, text)).isNotEmpty();
        String resolved = ResolvedScenario.text(file, text, ScenarioRunner.Overrides.NONE);
        assertThat(ScenarioReader.read(file, resolved)).isEqualTo(ScenarioReader.read(file));
        assertThat(ScenarioReader.defaults(file, resolved)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void overridesAreWrittenIntoTheScenarioSection(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Instant epoch = Instant.parse("2030-01-02T03:04:05Z");
        String resolved = ResolvedScenario.text(file, text, new ScenarioRunner.Overrides(99L, epoch, 7200.0));
        ScenarioInfo i = ScenarioReader.read(file, resolved).info();
        assertThat(i.seed()).isEqualTo(99L);
        assertThat(i.epoch()).isEqualTo(epoch);
        assertThat(i.durationS()).isEqualTo(7200.0);
        Scenario original = ScenarioReader.read(file);
        assertThat(ScenarioReader.read(file, resolved).withInfo(original.info())).isEqualTo(original);
    }
}
