package org.skyrack.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Holds docs/scenario.md to the language the reader accepts: every field the reader visits
 * while reading the examples and a scenario using every field is documented with its exact
 * path, and every documented path is one the reader knows.
 */
class DocsCoverageTest {

    private static final Path DOCS = Path.of("..", "docs", "scenario.md");
    private static final List<Path> SCENARIOS = List.of(
            Path.of("src/test/resources/full/kitchen-sink.yaml"),
            Path.of("../examples/suncatcher-81.yaml"),
            Path.of("../examples/prototype-2sat.yaml"),
            Path.of("../examples/starlink-v2mini-compute.yaml"),
            Path.of("../examples/starcloud-40mw.yaml"));
    /** A table row whose first cell is a dotted field path (other tables, e.g. vehicle ids, have no dots). */
    private static final Pattern DOCUMENTED_PATH = Pattern.compile(
            "^\\|\\s*`([a-z_]+(?:\\[])?(?:\\.[a-z_0-9]+(?:\\[])?)+)`", Pattern.MULTILINE);

    private static Set<String> fieldsRead() {
        Set<String> fields = new TreeSet<>();
        for (Path p : SCENARIOS) {
            fields.addAll(ScenarioReader.readTracked(p).fieldsRead());
        }
        return fields;
    }

    @Test
    void kitchenSinkUsesEveryGroupTypeAndReadsCleanly() {
        Scenario s = ScenarioReader.read(SCENARIOS.get(0));
        assertThat(s.constellation().groups()).hasSize(7);
        assertThat(s.satellites()).extracting(SatelliteDesign::name).containsExactly("node-a", "node-b");
        assertThat(s.satellites().get(1).busMassKg()).isEqualTo(310.0);
        assertThat(s.satellites().get(1).solarArray().areaM2()).isEqualTo(30.0);
    }

    @Test
    void everyFieldTheReaderReadsIsDocumented() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        for (String f : fieldsRead()) {
            if (!docs.contains("`" + f + "`")) {
                missing.add(f);
            }
        }
        assertThat(missing).as("fields read but not documented in docs/scenario.md").isEmpty();
    }

    @Test
    void everyDocumentedFieldIsOneTheReaderKnows() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        Set<String> read = fieldsRead();
        Set<String> unknown = new TreeSet<>();
        Matcher m = DOCUMENTED_PATH.matcher(docs);
        while (m.find()) {
            String path = m.group(1);
            boolean isSection = read.stream().anyMatch(r -> r.startsWith(path + ".") || r.startsWith(path + "[]"));
            if (!read.contains(path) && !isSection && !path.equals("path.to.field")) {
                unknown.add(path);
            }
        }
        assertThat(unknown).as("paths in docs/scenario.md tables that the reader does not read").isEmpty();
    }
}
