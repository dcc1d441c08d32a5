package org.skyrack.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.skyrack.scenario.TestResources.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file under {@code bad-scenarios/} must fail with the error code, field path and line
 * listed in {@link #CORPUS}. The expectations are written here, not read from the files, so a
 * reader that reports the wrong code, path or line fails the test. Files that would be too big
 * or too binary to commit are generated into a temporary directory.
 */
class BadScenarioCorpusTest {

    private static final String BASE = "/scenarios/minimal.yaml";
    private static final String CORPUS_DIR = "/bad-scenarios/";
    private static final int MIN_CORPUS_FILES = 35;
    /** Relative tolerance on SI values (dimensionless). */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    /**
     * file | expected code | expected field path | expected line (0: the whole file) | other codes the
     * file must also produce (empty: the expected problem is the only one) | message form
     * (GE: "got ... expected ...", E: "expected ...", -: neither) | text the message must contain.
     */
    static final String CORPUS = """
            yaml-bad-indentation.yaml             | YAML_SYNTAX         |                                                     |  4 |               | -  | malformed YAML
            yaml-unclosed-bracket.yaml            | YAML_SYNTAX         |                                                     | 30 |               | -  | expected ',' or ']'
            empty.yaml                            | EMPTY_FILE          |                                                     |  0 |               | E  | no YAML document
            comments-only.yaml                    | EMPTY_FILE          |                                                     |  0 |               | E  | no YAML document
            top-level-list.yaml                   | WRONG_TYPE          |                                                     |  2 |               | GE | top level is a list
            top-level-scalar.yaml                 | WRONG_TYPE          |                                                     |  2 |               | GE | 'just some text'
            multiple-documents.yaml               | MULTIPLE_DOCUMENTS  |                                                     | 33 |               | -  | second YAML document
            billion-laughs.yaml                   | ALIAS_LIMIT         |                                                     |  0 |               | -  | alias
            alias-expansion.yaml                  | ALIAS_LIMIT         |                                                     |  2 |               | -  | expand to 1234573 nodes
            recursive-alias.yaml                  | ALIAS_LIMIT         |                                                     |  2 |               | -  | cycle
            deep-nesting.yaml                     | ALIAS_LIMIT         |                                                     |  0 |               | -  | Nesting Depth
            unknown-top-level-key.yaml            | UNKNOWN_KEY         | constelation                                        | 25 | MISSING_FIELD | -  | did you mean 'constellation'?
            unknown-nested-key.yaml               | UNKNOWN_KEY         | satellites[0].solar_array.effciency                 | 14 |               | -  | did you mean 'efficiency'?
            missing-scenario-name.yaml            | MISSING_FIELD       | scenario.name                                       |  2 |               | E  | required field is missing
            missing-satellites.yaml               | MISSING_FIELD       | satellites                                          |  2 |               | -  | required list is missing
            missing-groups.yaml                   | MISSING_FIELD       | constellation.groups                                | 25 |               | -  | required list is missing
            empty-groups.yaml                     | MISSING_FIELD       | constellation.groups                                | 26 |               | E  | at least one item
            missing-unit.yaml                     | MISSING_UNIT        | constellation.groups[0].altitude                    | 29 |               | GE | got '650'
            wrong-unit.yaml                       | WRONG_UNIT          | constellation.groups[0].altitude                    | 29 |               | GE | got '650 kg'
            unknown-unit.yaml                     | UNKNOWN_UNIT        | constellation.groups[0].altitude                    | 29 |               | GE | furlongs
            not-a-number.yaml                     | NOT_A_NUMBER        | constellation.groups[0].altitude                    | 29 |               | GE | got 'high km'
            nan-altitude.yaml                     | NOT_FINITE          | constellation.groups[0].altitude                    | 29 |               | GE | got '.nan'
            inf-bus-mass.yaml                     | NOT_FINITE          | satellites[0].bus_mass                              |  9 |               | GE | got '.inf'
            negative-bus-mass.yaml                | OUT_OF_RANGE        | satellites[0].bus_mass                              |  9 |               | GE | got '-500 kg'
            altitude-below-150km.yaml             | OUT_OF_RANGE        | constellation.groups[0].altitude                    | 29 |               | GE | 150 km
            sso-above-limit.yaml                  | OUT_OF_RANGE        | constellation.groups[0].altitude                    | 29 |               | GE | got '5990 km'
            efficiency-above-one.yaml             | OUT_OF_RANGE        | satellites[0].solar_array.efficiency                | 14 |               | GE | got '1.2'
            depth-of-discharge-above-one.yaml     | OUT_OF_RANGE        | satellites[0].battery.max_depth_of_discharge        | 16 |               | GE | got '130 %'
            eccentricity-one.yaml                 | OUT_OF_RANGE        | constellation.groups[0].satellites[0].eccentricity  | 32 |               | GE | got '1.0'
            walker-total-not-divisible.yaml       | INCONSISTENT        | constellation.groups[0].total                       | 31 |               | GE | got '10/3'
            walker-phasing-too-large.yaml         | OUT_OF_RANGE        | constellation.groups[0].phasing                     | 33 |               | GE | P-1 = 2
            walker-total-not-a-number.yaml        | NOT_A_NUMBER        | constellation.groups[0].total                       | 31 |               | GE | got 'twelve'
            cluster-cannot-fit.yaml               | INCONSISTENT        | constellation.groups[0].satellites                  | 29 |               | GE | at most 5 for this radius
            cluster-layout-too-close.yaml         | INCONSISTENT        | constellation.groups[0].min_separation              | 31 |               | GE | 171.8 m apart
            cluster-sso-reference-too-high.yaml   | OUT_OF_RANGE        | constellation.groups[0].reference.altitude          | 32 |               | GE | got '10000 km'
            invalid-group-type.yaml               | INVALID_CHOICE      | constellation.groups[0].type                        | 28 |               | GE | did you mean 'walker'?
            invalid-pointing.yaml                 | INVALID_CHOICE      | satellites[0].solar_array.pointing                  | 14 |               | GE | got 'sideways'
            invalid-design-name.yaml              | INVALID_CHOICE      | satellites[0].name                                  |  8 |               | GE | got 'sat/a'
            solar-array-is-a-list.yaml            | WRONG_TYPE          | satellites[0].solar_array                           | 12 |               | GE | found a list
            epoch-is-a-list.yaml                  | WRONG_TYPE          | scenario.epoch                                      |  4 |               | GE | found a list
            duplicate-key.yaml                    | DUPLICATE_KEY       | scenario.duration                                   |  6 |               | -  | first on line 5
            duplicate-group-names.yaml            | DUPLICATE_NAME      | constellation.groups[1].name                        | 32 |               | GE | got 'dawn-dusk'
            duplicate-design-names.yaml           | DUPLICATE_NAME      | satellites[1].name                                  | 24 |               | GE | got 'sat-a'
            undefined-satellite-design.yaml       | UNDEFINED_REFERENCE | constellation.groups[0].satellite                   | 29 |               | GE | did you mean 'sat-a'?
            undefined-user-region.yaml            | UNDEFINED_REFERENCE | workload.inference[0].region                        | 42 |               | GE | did you mean 'europe'?
            undefined-launch-vehicle.yaml         | UNDEFINED_REFERENCE | launch.vehicles                                     | 34 |               | GE | did you mean 'falcon-9-reusable'?
            vehicle-without-price.yaml            | INCONSISTENT        | launch.vehicles                                     | 34 |               | GE | starship has no published price
            vehicle-without-cadence.yaml          | INCONSISTENT        | launch.vehicles                                     | 34 |               | GE | neutron did not fly in 2025
            rideshare-not-allowed.yaml            | INCONSISTENT        | launch.vehicles                                     | 34 |               | GE | launch.rideshare: true
            industry-basis-without-mass.yaml      | MISSING_FIELD       | launch.learning_basis                               | 35 |               | GE | industry_launched_mass
            cadence-share-zero.yaml               | OUT_OF_RANGE        | launch.cadence_share                                | 35 |               | GE | got '0'
            idle-power-above-tdp.yaml             | INCONSISTENT        | satellites[0].accelerators[0].idle_power            | 22 |               | GE | idle power exceeds tdp
            training-compute-given-twice.yaml     | INCONSISTENT        | workload.training[0].total_compute                  | 36 |               | GE | not both
            training-parameters-unknown-unit.yaml | UNKNOWN_UNIT        | workload.training[0].parameters                     | 36 |               | GE | furlongs
            training-dataset-without-ground-link.yaml | INCONSISTENT    | workload.training[0].dataset                        | 44 |               | GE | no links.ground
            training-dataset-without-stations.yaml | INCONSISTENT       | workload.training[0].dataset                        | 45 |               | GE | no ground.stations
            training-results-without-ground-link.yaml | INCONSISTENT    | workload.training[0].results                        | 44 |               | GE | no links.ground
            training-checkpoints-to-ground-without-ground-link.yaml | INCONSISTENT | workload.training[0].checkpoints_to_ground | 45 |        | GE | no links.ground
            dose-limit-as-angle.yaml              | WRONG_UNIT          | satellites[0].accelerators[0].dose_limit            | 24 |               | GE | got '15 deg'
            invalid-epoch.yaml                    | INVALID_DATE        | scenario.epoch                                      |  4 |               | GE | got '2027-13-45'
            licence-grant-invalid-date.yaml       | INVALID_DATE        | economics.licence_grant                             | 38 |               | GE | got '2026-02-30'
            make-or-buy-reuse-zero.yaml           | OUT_OF_RANGE        | economics.make_or_buy.reuse_count                   | 39 |               | GE | got '0'
            make-or-buy-delay-probability-above-one.yaml | OUT_OF_RANGE | economics.make_or_buy.delay_probability           | 39 |               | GE | got '1.5'
            solar-activity-unknown.yaml           | INVALID_CHOICE      | economics.solar_activity                            | 38 |               | GE | got 'maximum'
            ballistic-coefficient-zero.yaml       | OUT_OF_RANGE        | satellites[0].ballistic_coefficient                 | 10 |               | GE | got '0 kg/m^2'
            invalid-ltan.yaml                     | INVALID_DATE        | constellation.groups[0].ltan                        | 30 |               | GE | got '25:00'
            tle-bad-checksum.yaml                 | INVALID_ORBIT_FILE  | constellation.groups[0].file                        | 29 |               | GE | checksum
            tle-missing-file.yaml                 | FILE_UNREADABLE     | constellation.groups[0].file                        | 29 |               | GE | got 'tle/no-such-file.tle'
            """;

    @ParameterizedTest(name = "{0} -> {1} at {2}:{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = CORPUS)
    void failsWithTheListedProblem(String fileName, ErrorCode code, String path, int line, String alsoCodes,
                                   String form, String mustContain) {
        Path file = resource(CORPUS_DIR + fileName);
        String expectedPath = path == null ? "" : path;

        List<Problem> problems = problemsOf(file);

        assertThat(problems).as("problems of %s", fileName)
                .filteredOn(p -> p.code() == code)
                .extracting(Problem::path, Problem::line)
                .containsExactly(tuple(expectedPath, line));
        Set<ErrorCode> expectedCodes = new TreeSet<>(Set.of(code));
        expectedCodes.addAll(codes(alsoCodes));
        Set<ErrorCode> actualCodes = problems.stream().map(Problem::code).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actualCodes).as("all codes of %s: %s", fileName, problems).isEqualTo(expectedCodes);
        if (alsoCodes == null) {
            assertThat(problems).as("a single-fault file reports one problem: %s", problems).hasSize(1);
        }
        Problem p = problems.stream().filter(x -> x.code() == code).findFirst().orElseThrow();
        assertWellFormed(p, file, form);
        assertThat(p.message()).contains(mustContain);
    }

    @Test
    void theCorpusIsLargeAndEveryFileInItIsListed() throws IOException {
        Set<String> listed = Arrays.stream(CORPUS.strip().split("\n"))
                .map(l -> l.split("\\|")[0].strip())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(resource(CORPUS_DIR))) {
            present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(listed).hasSizeGreaterThanOrEqualTo(MIN_CORPUS_FILES);
        assertThat(present).isEqualTo(listed);
    }

    @Test
    void theBaseScenarioOfTheCorpusIsValid() {
        Scenario s = ScenarioReader.read(resource(BASE));

        ConstellationGroup.SunSynchronous g = (ConstellationGroup.SunSynchronous) s.constellation().groups().get(0);
        assertThat(g.altitudeM()).isEqualTo(650_000.0);
        assertThat(g.ltanS()).isEqualTo(18 * 3600.0);
        assertThat(g.satellitesPerPlane()).isEqualTo(4);
        double fiveJulianYearsS = 5 * 365.25 * 86_400;
        assertThat(s.satellites().get(0).designLifeS())
                .isCloseTo(fiveJulianYearsS, within(fiveJulianYearsS * RELATIVE_TOLERANCE));
    }

    // ---------------------------------------------------------------- several problems in one file

    @Test
    void reportsEveryProblemOfAFileSortedByLine() {
        Path file = resource(CORPUS_DIR + "multi/four-problems.yaml");

        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::line, Problem::path, Problem::code).containsExactly(
                tuple(3, "colour", ErrorCode.UNKNOWN_KEY),
                tuple(6, "scenario.epoch", ErrorCode.INVALID_DATE),
                tuple(11, "satellites[0].bus_mass", ErrorCode.OUT_OF_RANGE),
                tuple(31, "constellation.groups[0].altitude", ErrorCode.WRONG_UNIT));
        assertThat(e.getMessage()).isEqualTo(e.problems().get(0) + " (and 3 more)");
        for (Problem p : e.problems()) {
            assertWellFormed(p, file, p.code() == ErrorCode.UNKNOWN_KEY ? "-" : "GE");
        }
    }

    // ---------------------------------------------------------------- generated files

    @Test
    void aFileOverTheSizeLimitIsRejectedBeforeParsing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] bytes = new byte[YamlLimits.MAX_FILE_BYTES + 1];
        Arrays.fill(bytes, (byte) '#');
        bytes[bytes.length - 1] = '\n';
        Files.write(file, bytes);

        Problem p = onlyProblem(file);

        assertThat(p.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE);
        assertThat(p.line()).isZero();
        assertThat(p.message()).contains(String.valueOf(4 * 1024 * 1024 + 1));
        assertWellFormed(p, file, "-");
    }

    @Test
    void aValidFileOfExactlyTheSizeLimitIsRead(@TempDir Path dir) throws IOException {
        byte[] base = Files.readAllBytes(resource(BASE));
        byte[] bytes = new byte[4 * 1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            // 80-character comment lines (one 4 MB line would take SnakeYAML seconds to scan)
            bytes[i] = (byte) (i % 80 == 79 ? '\n' : '#');
        }
        System.arraycopy(base, 0, bytes, 0, base.length);
        bytes[bytes.length - 1] = '\n';
        Path file = dir.resolve("padded.yaml");
        Files.write(file, bytes);

        assertThat(Files.size(file)).isEqualTo(YamlLimits.MAX_FILE_BYTES);
        assertThat(ScenarioReader.read(file).info().name()).isEqualTo("minimal");
    }

    @Test
    void nulBytesAreBinaryContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nul.yaml");
        // "scenario:\n" is bytes 0-9, "  name: a" bytes 10-18, so the NUL is at offset 19.
        Files.write(file, "scenario:\n  name: a\0b\n".getBytes(StandardCharsets.UTF_8));

        Problem p = onlyProblem(file);

        assertThat(p.code()).isEqualTo(ErrorCode.BINARY_CONTENT);
        assertThat(p.message()).contains("offset 19");
        assertWellFormed(p, file, "E");
    }

    @Test
    void randomBinaryGarbageIsBinaryContent(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(20_270_301L).nextBytes(bytes);
        bytes[100] = 0;
        Path file = dir.resolve("garbage.yaml");
        Files.write(file, bytes);

        Problem p = onlyProblem(file);

        assertThat(p.code()).isEqualTo(ErrorCode.BINARY_CONTENT);
        assertWellFormed(p, file, "E");
    }

    @Test
    void invalidUtf8IsBinaryContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        // "café" in ISO-8859-1: 0xE9 followed by a newline is not a UTF-8 sequence.
        Files.write(file, "scenario:\n  name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Path truncated = dir.resolve("truncated.yaml");
        Files.write(truncated, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        for (Path f : List.of(file, truncated)) {
            Problem p = onlyProblem(f);
            assertThat(p.code()).as(f.toString()).isEqualTo(ErrorCode.BINARY_CONTENT);
            assertThat(p.message()).contains("not UTF-8");
            assertWellFormed(p, f, "E");
        }
    }

    @Test
    void controlCharactersAreBinaryContentOnTheirLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bell.yaml");
        Files.writeString(file, "scenario:\n  name: a\n  description: ring \u0007 ring\n");

        Problem p = onlyProblem(file);

        assertThat(p.code()).isEqualTo(ErrorCode.BINARY_CONTENT);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("U+0007");
        assertWellFormed(p, file, "E");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        byte[] base = Files.readAllBytes(resource(BASE));
        byte[] bytes = new byte[base.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(base, 0, bytes, 3, base.length);
        Path file = dir.resolve("bom.yaml");
        Files.write(file, bytes);

        assertThat(ScenarioReader.read(file).info().name()).isEqualTo("minimal");
    }

    @Test
    void aNonexistentFileIsUnreadable(@TempDir Path dir) {
        Path file = dir.resolve("does-not-exist.yaml");

        Problem p = onlyProblem(file);

        assertThat(p.code()).isEqualTo(ErrorCode.FILE_UNREADABLE);
        assertThat(p.line()).isZero();
        assertThat(p.message()).contains("no such file");
        assertWellFormed(p, file, "-");
    }

    @Test
    void aDirectoryIsUnreadable(@TempDir Path dir) {
        Problem p = onlyProblem(dir);

        assertThat(p.code()).isEqualTo(ErrorCode.FILE_UNREADABLE);
        assertThat(p.message()).contains("directory");
        assertWellFormed(p, dir, "-");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * One line; the printed form is {@code FILE:LINE: path: message} (LINE and path left out when
     * 0 or empty); "got" and "expected" present where the reader's message form has them.
     */
    private static void assertWellFormed(Problem p, Path file, String form) {
        assertThat(p.file()).isEqualTo(file.toString());
        assertThat(p.message()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
        String prefix = file + (p.line() > 0 ? ":" + p.line() : "") + ": " + (p.path().isEmpty() ? "" : p.path() + ": ");
        assertThat(p.toString()).startsWith(prefix).isEqualTo(prefix + p.message()).doesNotContain("\n");
        switch (form) {
            case "GE" -> assertThat(p.message()).contains("(got ").contains("; expected ");
            case "E" -> assertThat(p.message()).contains("expected");
            case "-" -> {
                // no fixed form
            }
            default -> throw new IllegalArgumentException("unknown message form " + form);
        }
    }

    private static List<Problem> problemsOf(Path file) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(file));
        assertThat(e).as("%s should not read", file).isNotNull();
        return e.problems();
    }

    private static Problem onlyProblem(Path file) {
        List<Problem> problems = problemsOf(file);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static Set<ErrorCode> codes(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.trim().split("\\s+")).map(ErrorCode::valueOf).collect(Collectors.toSet());
    }
}
