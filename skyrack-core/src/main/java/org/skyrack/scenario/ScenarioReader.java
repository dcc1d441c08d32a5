package org.skyrack.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.skyrack.economics.TerrestrialPreset;
import org.skyrack.formation.Formation;
import org.skyrack.launch.VehicleCatalog;
import org.skyrack.scenario.ConstellationGroup.OrbitFileFormat;
import org.skyrack.scenario.ConstellationGroup.WalkerPattern;
import org.skyrack.units.Dimension;
import org.skyrack.units.Units;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Reads a scenario file into a {@link Scenario}: every field converted to SI, range-checked,
 * defaults filled in, names resolved. All problems in the file are collected and thrown
 * together as a {@link ScenarioException}; nothing is returned from a file with a problem.
 * The language is documented field by field in {@code docs/scenario.md}.
 */
public final class ScenarioReader {

    /** WGS84 equatorial radius, m; altitudes in scenarios are above it. */
    public static final double EARTH_EQUATORIAL_RADIUS_M = 6_378_137.0;
    private static final double KM = 1000.0;
    private static final double DEG = Math.PI / 180.0;
    private static final Range ALTITUDE = Range.closed(150 * KM, 100_000 * KM, "150 km to 100,000 km");
    /** Sun-synchronous circular orbits exist up to about 5,974 km (J2 nodal rate, WGS84); 5,970 km leaves a margin. */
    private static final Range SSO_ALTITUDE = Range.closed(150 * KM, 5970 * KM,
            "150 km to 5,970 km (no sun-synchronous circular orbit exists above ~5,974 km)");
    private static final Range INCLINATION = Range.closed(0, Math.PI, "0 deg to 180 deg");
    private static final Range ANY_ANGLE = Range.closed(-2 * Math.PI, 2 * Math.PI, "-360 deg to 360 deg");
    private static final Range DURATION = Range.open(0, 50 * Units.YEAR_S + 1, "greater than 0 and at most 50 yr");
    private static final int MAX_SATELLITES = 1_000_000;
    /** Largest cluster whose layout is checked pair by pair at validation (O(N²)). */
    private static final int LAYOUT_CHECK_MAX_MEMBERS = 3000;

    private ScenarioReader() {
    }

    /**
     * Reads and validates a scenario file.
     *
     * @throws ScenarioException listing every problem found
     */
    public static Scenario read(Path file) {
        return readTracked(file).scenario();
    }

    /**
     * Reads and validates scenario {@code text} as if it were the content of {@code file}: problems
     * name {@code file}, and relative paths inside (orbit files) resolve against its folder. The
     * sweep uses it to read each point's resolved scenario without writing it to disk.
     *
     * @throws ScenarioException listing every problem found
     */
    public static Scenario read(Path file, String text) {
        Problems problems = new Problems(file.toString());
        MappingNode root = YamlLoader.parse(text.getBytes(StandardCharsets.UTF_8), problems);
        problems.throwIfAny();
        Scenario s = new ScenarioReader.Session(problems, file).read(new MapView(problems, "", root));
        problems.throwIfAny();
        return s;
    }

    /**
     * The fields of scenario {@code text} (read as if it were {@code file}) that were absent and
     * took their defaults: path (as in error messages, e.g. {@code satellites[0].solar_array.efficiency})
     * to the default as a YAML scalar, in reading order. Writing them into the file gives the
     * resolved scenario, which reads to the same {@link Scenario}.
     *
     * @throws ScenarioException listing every problem found
     */
    public static Map<String, String> defaults(Path file, String text) {
        Problems problems = new Problems(file.toString());
        MappingNode root = YamlLoader.parse(text.getBytes(StandardCharsets.UTF_8), problems);
        problems.throwIfAny();
        new ScenarioReader.Session(problems, file).read(new MapView(problems, "", root));
        problems.throwIfAny();
        return problems.defaults();
    }

    /** A scenario and the field paths its reading visited (for documentation tests). */
    record Tracked(Scenario scenario, Set<String> fieldsRead) {
    }

    static Tracked readTracked(Path file) {
        Problems problems = new Problems(file.toString());
        MappingNode root = YamlLoader.load(file, problems);
        problems.throwIfAny();
        Scenario s = new ScenarioReader.Session(problems, file).read(new MapView(problems, "", root));
        problems.throwIfAny();
        return new Tracked(s, problems.fieldsRead());
    }

    /** One reading of one file; holds the cross-references between sections. */
    private static final class Session {
        private final Problems problems;
        private final Path file;
        private Instant epoch = Instant.EPOCH;
        /** Names declared in the file, valid or not, so a broken declaration is not also reported as undefined. */
        private final Set<String> declaredDesigns = new HashSet<>();
        private final Set<String> declaredRegions = new HashSet<>();

        Session(Problems problems, Path file) {
            this.problems = problems;
            this.file = file;
        }

        Scenario read(MapView root) {
            ScenarioInfo info = root.map("scenario", true).map(this::info).orElse(null);
            List<SatelliteDesign> designs = designs(root);
            Constellation constellation = root.map("constellation", true).map(m -> constellation(m, designs)).orElse(null);
            int beforeGroundAndLinks = problems.count();
            Ground ground = root.map("ground", false).map(this::ground).orElse(Ground.none());
            Links links = root.map("links", false).map(this::links).orElse(Links.none());
            // A broken ground or links section reads as none: say nothing about what it lacks.
            boolean groundAndLinksRead = problems.count() == beforeGroundAndLinks;
            Workload workload = root.map("workload", false).map(m -> workload(m, ground, links, groundAndLinksRead))
                    .orElse(Workload.none());
            Launch launch = root.map("launch", false).map(this::launch).orElseGet(this::defaultLaunch);
            Optional<Economics> economics = root.map("economics", false).map(m -> economics(m, launch));
            root.finish();
            if (problems.count() > 0) {
                return null;
            }
            return new Scenario(info, constellation, designs, ground, links, workload, launch, economics);
        }

        // ---------------------------------------------------------------- scenario

        private ScenarioInfo info(MapView m) {
            int mark = problems.count();
            String name = m.name("name");
            String description = m.optionalString("description").orElse("");
            epoch = instant(m, "epoch");
            double duration = m.quantity("duration", Dimension.DURATION, DURATION);
            long seed = m.integer("seed", 0, Long.MAX_VALUE, 1L);
            m.finish();
            return problems.count() > mark ? null : new ScenarioInfo(name, description, epoch, duration, seed);
        }

        private Instant instant(MapView m, String key) {
            int before = problems.count();
            String v = m.optionalString(key).orElse(null);
            if (v == null) {
                if (problems.count() > before) {
                    return Instant.EPOCH; // not a single value: already reported
                }
                m.problems().add(m.line(), m.child(key), ErrorCode.MISSING_FIELD,
                        "required field is missing (expected a UTC date and time such as 2027-03-01T00:00:00Z)");
                return Instant.EPOCH;
            }
            String t = v.strip();
            try {
                if (t.length() == 10) {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                }
                if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                    return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
                }
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                m.problem(key, ErrorCode.INVALID_DATE, "not a date and time", v,
                        "ISO 8601 UTC such as 2027-03-01T00:00:00Z or 2027-03-01");
                return Instant.EPOCH;
            }
        }

        private LocalDate date(MapView m, String key, LocalDate defaultValue) {
            String v = m.optionalString(key).orElse(null);
            if (v == null) {
                if (defaultValue != null) {
                    // Derived from the epoch: written into a resolved scenario so it stays pinned
                    // when the epoch is overridden, as in the run.
                    problems.defaulted(m.child(key), defaultValue.toString());
                }
                return defaultValue;
            }
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                m.problem(key, ErrorCode.INVALID_DATE, "not a date", v, "an ISO 8601 date such as 2027-06-01");
                return defaultValue;
            }
        }

        /** A local time of day "HH:MM[:SS]", in seconds after midnight; NaN after a problem. */
        private double timeOfDay(MapView m, String key) {
            int before = problems.count();
            String v = m.optionalString(key).orElse(null);
            if (v == null) {
                if (problems.count() > before) {
                    return Double.NaN; // not a single value: already reported
                }
                m.problems().add(m.line(), m.child(key), ErrorCode.MISSING_FIELD,
                        "required field is missing (expected a local time of day such as \"18:00\")");
                return Double.NaN;
            }
            try {
                String t = v.strip();
                if (t.matches("\\d:\\d\\d(:\\d\\d)?")) {
                    t = "0" + t;
                }
                LocalTime lt = LocalTime.parse(t);
                return lt.toSecondOfDay() + lt.getNano() * 1e-9;
            } catch (DateTimeParseException e) {
                m.problem(key, ErrorCode.INVALID_DATE, "not a time of day", v, "HH:MM or HH:MM:SS, e.g. \"18:00\"");
                return Double.NaN;
            }
        }

        // ---------------------------------------------------------------- satellites

        private List<SatelliteDesign> designs(MapView root) {
            List<SatelliteDesign> out = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (MapView m : root.maps("satellites", true)) {
                m.optionalString("name").ifPresent(declaredDesigns::add);
                int mark = problems.count();
                SatelliteDesign d = design(m);
                if (d != null && problems.count() == mark) {
                    if (!names.add(d.name())) {
                        m.problem("name", ErrorCode.DUPLICATE_NAME, "a satellite design of this name is already defined",
                                d.name(), "a unique name");
                    }
                    out.add(d);
                }
            }
            return out;
        }

        private SatelliteDesign design(MapView m) {
            int mark = problems.count();
            String name = m.name("name");
            double busMass = m.quantity("bus_mass", Dimension.MASS, Range.POSITIVE);
            double busPower = m.quantity("bus_power", Dimension.POWER, Range.NON_NEGATIVE);
            double life = m.quantity("design_life", Dimension.DURATION, Range.open(0, 50 * Units.YEAR_S,
                    "greater than 0 and below 50 yr"), "5 yr");
            double shielding = m.quantity("shielding", Dimension.LENGTH,
                    Range.closed(1e-3, 20e-3, "1 mm to 20 mm (the radiation dose tables)"), "2.5 mm");
            double volume = m.quantity("stowed_volume", Dimension.VOLUME, Range.POSITIVE);
            SatelliteDesign.SolarArray array = m.map("solar_array", true).map(this::solarArray).orElse(null);
            SatelliteDesign.Battery battery = m.map("battery", true).map(this::battery).orElse(null);
            SatelliteDesign.Radiator radiator = m.map("radiator", true).map(this::radiator).orElse(null);
            List<SatelliteDesign.Accelerator> accelerators = new ArrayList<>();
            for (MapView a : m.maps("accelerators", false)) {
                SatelliteDesign.Accelerator acc = accelerator(a);
                if (acc != null) {
                    accelerators.add(acc);
                }
            }
            double ballistic = m.quantity("ballistic_coefficient", Dimension.AREAL_DENSITY,
                    Range.closed(1, 10_000, "1 to 10000 kg/m^2"), "100 kg/m^2");
            m.finish();
            return problems.count() > mark ? null : new SatelliteDesign(name, busMass, busPower, life, shielding, volume,
                    array, battery, radiator, accelerators, ballistic);
        }

        private static final Map<String, SatelliteDesign.Pointing> POINTING = choices(
                "sun-tracking", SatelliteDesign.Pointing.SUN_TRACKING, "fixed", SatelliteDesign.Pointing.FIXED);

        private SatelliteDesign.SolarArray solarArray(MapView m) {
            int mark = problems.count();
            double area = m.quantity("area", Dimension.AREA, Range.closed(1e-4, 1e8, "greater than 0 and at most 100 km^2"));
            double eff = m.quantity("efficiency", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.30");
            double packing = m.quantity("packing_factor", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.90");
            double degradation = m.quantity("degradation", Dimension.RATE,
                    Range.closed(0, 0.5 / Units.YEAR_S, "0 to 50 %/yr"), "1 %/yr");
            SatelliteDesign.Pointing pointing = m.choice("pointing", POINTING, SatelliteDesign.Pointing.SUN_TRACKING);
            List<Double> normal = List.of(0.0, 0.0, 1.0);
            if (m.has("normal")) {
                normal = unitVector(m, "normal");
            }
            double tc = m.quantity("temperature_coefficient", Dimension.PER_TEMPERATURE,
                    Range.closed(-0.05, 0.0, "-5 %/K to 0 %/K"), "-0.2 %/K");
            double temperature = m.quantity("operating_temperature", Dimension.TEMPERATURE,
                    Range.closed(100, 500, "100 K to 500 K"), "28 degC");
            double mass = m.quantity("mass", Dimension.MASS, Range.NON_NEGATIVE, "0 kg");
            m.finish();
            return problems.count() > mark ? null : new SatelliteDesign.SolarArray(area, eff, packing, degradation,
                    pointing, normal, tc, temperature, mass);
        }

        private List<Double> unitVector(MapView m, String key) {
            List<String> parts = m.strings(key);
            List<Double> v = new ArrayList<>();
            for (String p : parts) {
                try {
                    double d = Double.parseDouble(p.strip());
                    if (!Double.isFinite(d)) {
                        throw new NumberFormatException();
                    }
                    v.add(d);
                } catch (NumberFormatException e) {
                    m.problem(key, ErrorCode.NOT_A_NUMBER, "not a vector", String.valueOf(parts),
                            "three finite numbers such as [0, 0, 1]");
                    return List.of(0.0, 0.0, 1.0);
                }
            }
            double norm = v.size() == 3 ? Math.sqrt(v.get(0) * v.get(0) + v.get(1) * v.get(1) + v.get(2) * v.get(2)) : 0;
            if (norm < 1e-9) {
                m.problem(key, ErrorCode.OUT_OF_RANGE, "not a direction", String.valueOf(parts),
                        "three numbers, not all zero, such as [0, 0, 1]");
                return List.of(0.0, 0.0, 1.0);
            }
            return List.of(v.get(0) / norm, v.get(1) / norm, v.get(2) / norm);
        }

        private SatelliteDesign.Battery battery(MapView m) {
            int mark = problems.count();
            double capacity = m.quantity("capacity", Dimension.ENERGY, Range.NON_NEGATIVE);
            double charge = m.quantity("charge_efficiency", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.975");
            double discharge = m.quantity("discharge_efficiency", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.975");
            double dod = m.quantity("max_depth_of_discharge", Dimension.DIMENSIONLESS, Range.FRACTION, "0.30");
            double oneC = Double.isNaN(capacity) ? 0 : capacity / 3600.0;
            double maxCharge = m.optionalQuantity("max_charge_power", Dimension.POWER, Range.NON_NEGATIVE).orElse(oneC);
            double maxDischarge = m.optionalQuantity("max_discharge_power", Dimension.POWER, Range.NON_NEGATIVE).orElse(oneC);
            double mass = m.quantity("mass", Dimension.MASS, Range.NON_NEGATIVE, "0 kg");
            m.finish();
            return problems.count() > mark ? null : new SatelliteDesign.Battery(capacity, charge, discharge, dod,
                    maxCharge, maxDischarge, mass);
        }

        private SatelliteDesign.Radiator radiator(MapView m) {
            int mark = problems.count();
            double area = m.quantity("area", Dimension.AREA, Range.closed(1e-4, 1e8, "greater than 0 and at most 100 km^2"));
            int faces = (int) m.integer("faces", 1, 2, 2L);
            double eps = m.quantity("emissivity", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.92");
            double alpha = m.quantity("absorptivity", Dimension.DIMENSIONLESS, Range.FRACTION, "0.09");
            double vf = m.quantity("earth_view_factor", Dimension.DIMENSIONLESS, Range.FRACTION, "0.25");
            double sunCos = m.quantity("sun_incidence", Dimension.DIMENSIONLESS, Range.FRACTION, "1");
            double cap = m.quantity("heat_capacity", Dimension.HEAT_CAPACITY, Range.POSITIVE, "100 kJ/K");
            double tmax = m.quantity("max_temperature", Dimension.TEMPERATURE, Range.closed(200, 450, "200 K to 450 K"),
                    "85 degC");
            double mass = m.quantity("mass", Dimension.MASS, Range.NON_NEGATIVE, "0 kg");
            m.finish();
            return problems.count() > mark ? null : new SatelliteDesign.Radiator(area, faces, eps, alpha, vf, sunCos, cap,
                    tmax, mass);
        }

        private SatelliteDesign.Accelerator accelerator(MapView m) {
            int mark = problems.count();
            String model = m.name("model");
            int count = (int) m.integer("count", 1, 1_000_000, null);
            double tdp = m.quantity("tdp", Dimension.POWER, Range.closed(1e-3, 1e6, "greater than 0 and at most 1 MW"));
            double idle = m.optionalQuantity("idle_power", Dimension.POWER, Range.NON_NEGATIVE)
                    .orElse(Double.isNaN(tdp) ? 0 : 0.2 * tdp);
            if (!Double.isNaN(tdp) && idle > tdp) {
                m.problem("idle_power", ErrorCode.INCONSISTENT, "idle power exceeds tdp", String.valueOf(idle) + " W",
                        "at most tdp (" + tdp + " W)");
            }
            double peak = m.quantity("peak_bf16", Dimension.COMPUTE_RATE, Range.POSITIVE);
            double memory = m.quantity("memory", Dimension.DATA, Range.NON_NEGATIVE, "0 GB");
            double dose = m.quantity("dose_limit", Dimension.DOSE, Range.POSITIVE, "15 krad");
            double mass = m.quantity("mass", Dimension.MASS, Range.NON_NEGATIVE, "0 kg");
            double cost = m.quantity("unit_cost", Dimension.MONEY, Range.NON_NEGATIVE);
            m.finish();
            return problems.count() > mark ? null : new SatelliteDesign.Accelerator(model, count, tdp, idle, peak, memory,
                    dose, mass, cost);
        }

        // ---------------------------------------------------------------- constellation

        private static final Map<String, PropagatorKind> PROPAGATORS = choices(
                "sgp4", PropagatorKind.SGP4, "brouwer-lyddane", PropagatorKind.BROUWER_LYDDANE,
                "eckstein-hechler", PropagatorKind.ECKSTEIN_HECHLER,
                "keplerian", PropagatorKind.KEPLERIAN, "numerical", PropagatorKind.NUMERICAL);
        private static final Map<String, String> GROUP_TYPES = choices(
                "walker", "walker", "sso", "sso", "cluster", "cluster", "elements", "elements", "tle", "tle", "omm", "omm");

        private Constellation constellation(MapView m, List<SatelliteDesign> designs) {
            int mark = problems.count();
            PropagatorKind propagator = m.choice("propagator", PROPAGATORS, PropagatorKind.SGP4);
            List<ConstellationGroup> groups = new ArrayList<>();
            Set<String> names = new HashSet<>();
            long satellites = 0;
            for (MapView g : m.maps("groups", true)) {
                ConstellationGroup group = group(g, designs);
                if (group != null) {
                    if (!names.add(group.name())) {
                        g.problem("name", ErrorCode.DUPLICATE_NAME, "a group of this name is already defined",
                                group.name(), "a unique name");
                    }
                    groups.add(group);
                    satellites += count(group);
                }
            }
            if (satellites > MAX_SATELLITES) {
                m.problem("groups", ErrorCode.OUT_OF_RANGE, "too many satellites in all", String.valueOf(satellites),
                        "at most " + MAX_SATELLITES);
            }
            m.finish();
            return problems.count() > mark ? null : new Constellation(propagator, groups);
        }

        private static long count(ConstellationGroup g) {
            if (g instanceof ConstellationGroup.Walker w) {
                return w.total();
            } else if (g instanceof ConstellationGroup.SunSynchronous s) {
                return (long) s.planes() * s.satellitesPerPlane();
            } else if (g instanceof ConstellationGroup.Cluster c) {
                return c.satellites();
            } else if (g instanceof ConstellationGroup.Elements e) {
                return e.satellites().size();
            }
            return 0;
        }

        private ConstellationGroup group(MapView m, List<SatelliteDesign> designs) {
            int mark = problems.count();
            String name = m.name("name");
            String type = m.choice("type", GROUP_TYPES, null);
            String design = designRef(m, designs);
            if (type == null) {
                return null; // the other keys depend on the type: not reported as unknown
            }
            ConstellationGroup g = switch (type) {
                case "walker" -> walker(m, name, design);
                case "sso" -> sso(m, name, design);
                case "cluster" -> cluster(m, name, design);
                case "elements" -> elements(m, name, design);
                case "tle" -> orbitFile(m, name, design, OrbitFileFormat.TLE);
                default -> orbitFile(m, name, design, OrbitFileFormat.OMM);
            };
            m.finish();
            return problems.count() > mark ? null : g;
        }

        private String designRef(MapView m, List<SatelliteDesign> designs) {
            Optional<String> ref = m.optionalString("satellite");
            if (ref.isEmpty()) {
                if (designs.size() == 1) {
                    return designs.get(0).name();
                }
                if (designs.size() > 1) {
                    m.problems().add(m.line(), m.child("satellite"), ErrorCode.MISSING_FIELD,
                            "required when more than one satellite design is defined (expected one of "
                                    + String.join(", ", designs.stream().map(SatelliteDesign::name).toList()) + ")");
                }
                return "";
            }
            List<String> names = designs.stream().map(SatelliteDesign::name).toList();
            if (!declaredDesigns.contains(ref.get())) {
                String hint = Suggest.closest(ref.get(), names).map(s -> "did you mean '" + s + "'? ").orElse("");
                m.problem("satellite", ErrorCode.UNDEFINED_REFERENCE, "no satellite design of this name", ref.get(),
                        hint + "one of " + String.join(", ", names));
            }
            return ref.get();
        }

        private static final Map<String, WalkerPattern> PATTERNS = choices(
                "delta", WalkerPattern.DELTA, "star", WalkerPattern.STAR);

        private ConstellationGroup walker(MapView m, String name, String design) {
            WalkerPattern pattern = m.choice("pattern", PATTERNS, WalkerPattern.DELTA);
            int before = problems.count();
            int total = (int) m.integer("total", 1, MAX_SATELLITES, null);
            int planes = (int) m.integer("planes", 1, MAX_SATELLITES, null);
            int phasing = (int) m.integer("phasing", 0, MAX_SATELLITES, 0L);
            boolean countsRead = problems.count() == before; // else T, P, F are placeholders: not compared
            double altitude = m.quantity("altitude", Dimension.LENGTH, ALTITUDE);
            double inclination = m.quantity("inclination", Dimension.ANGLE, INCLINATION);
            double raan = m.quantity("raan_offset", Dimension.ANGLE, ANY_ANGLE, "0 deg");
            if (countsRead && total % planes != 0) {
                m.problem("total", ErrorCode.INCONSISTENT, "Walker T is not divisible by P", total + "/" + planes,
                        "T a multiple of planes (" + planes + ")");
            } else if (countsRead && phasing >= planes) {
                m.problem("phasing", ErrorCode.OUT_OF_RANGE, "Walker phasing F out of range", String.valueOf(phasing),
                        "an integer from 0 to P-1 = " + (planes - 1));
            }
            if (problems.count() > 0) {
                return null;
            }
            return new ConstellationGroup.Walker(name, design, pattern, total, planes, phasing, altitude, inclination, raan);
        }

        private ConstellationGroup sso(MapView m, String name, String design) {
            double altitude = m.quantity("altitude", Dimension.LENGTH, SSO_ALTITUDE);
            double ltan = timeOfDay(m, "ltan");
            int planes = (int) m.integer("planes", 1, 1000, 1L);
            int perPlane = (int) m.integer("satellites_per_plane", 1, 100_000, null);
            double spacing = m.quantity("ltan_spacing", Dimension.DURATION, Range.closed(0, 86_400, "0 h to 24 h"),
                    (24.0 / Math.max(1, planes)) + " h");
            int phasing = (int) m.integer("phasing", 0, 100_000, 0L);
            if (problems.count() > 0) {
                return null;
            }
            return new ConstellationGroup.SunSynchronous(name, design, altitude, ltan, planes, perPlane, spacing, phasing);
        }

        private ConstellationGroup cluster(MapView m, String name, String design) {
            int n = (int) m.integer("satellites", 1, 10_000, null);
            double radius = m.quantity("radius", Dimension.LENGTH, Range.closed(1, 1000 * KM, "1 m to 1,000 km"));
            double minSep = m.quantity("min_separation", Dimension.LENGTH, Range.closed(0.1, 100 * KM, "0.1 m to 100 km"),
                    "20 m");
            ConstellationGroup.ReferenceOrbit reference = m.map("reference", true).map(this::reference).orElse(null);
            boolean kept = m.bool("station_keeping", true);
            if (!Double.isNaN(radius) && !Double.isNaN(minSep) && n > 1) {
                // n spheres of diameter minSep must fit in a ball of radius+minSep/2: a packing bound.
                double maxMembers = 0.74 * Math.pow((2 * radius + minSep) / minSep, 3);
                if (minSep > 2 * radius || n > maxMembers) {
                    m.problem("satellites", ErrorCode.INCONSISTENT, "this many satellites cannot keep min_separation inside radius",
                            String.valueOf(n), "at most " + (long) Math.floor(Math.max(1, maxMembers))
                                    + " for this radius and min_separation");
                } else if (n <= LAYOUT_CHECK_MAX_MEMBERS) {
                    // The layout the builder will fly (a rigid HCW disk): its closest pair must keep min_separation.
                    double closest = Formation.disk(n, radius).minSeparationM();
                    if (closest < minSep) {
                        m.problem("min_separation", ErrorCode.INCONSISTENT, String.format(java.util.Locale.ROOT,
                                "the cluster layout puts two satellites %.1f m apart, closer than min_separation", closest),
                                m.optionalString("min_separation").orElse("20 m"),
                                "fewer satellites, a larger radius or a smaller min_separation");
                    }
                }
            }
            if (problems.count() > 0) {
                return null;
            }
            return new ConstellationGroup.Cluster(name, design, n, radius, minSep, reference, kept);
        }

        private ConstellationGroup.ReferenceOrbit reference(MapView m) {
            int mark = problems.count();
            boolean sso = m.has("ltan");
            double altitude = m.quantity("altitude", Dimension.LENGTH, sso ? SSO_ALTITUDE : ALTITUDE);
            ConstellationGroup.ReferenceOrbit ref;
            if (sso) {
                double ltan = timeOfDay(m, "ltan");
                if (m.has("inclination")) {
                    m.problem("inclination", ErrorCode.INCONSISTENT, "give either ltan (sun-synchronous) or inclination",
                            "both", "one of them");
                }
                ref = new ConstellationGroup.SsoReference(altitude, ltan);
            } else {
                double inclination = m.quantity("inclination", Dimension.ANGLE, INCLINATION);
                double raan = m.quantity("raan", Dimension.ANGLE, ANY_ANGLE, "0 deg");
                ref = new ConstellationGroup.CircularReference(altitude, inclination, raan);
            }
            m.finish();
            return problems.count() > mark ? null : ref;
        }

        private ConstellationGroup elements(MapView m, String name, String design) {
            List<ConstellationGroup.KeplerianElements> list = new ArrayList<>();
            for (MapView s : m.maps("satellites", true)) {
                int mark = problems.count();
                String sat = s.name("name");
                double a;
                if (s.has("altitude") && s.has("semi_major_axis")) {
                    s.problem("altitude", ErrorCode.INCONSISTENT, "give either altitude or semi_major_axis", "both",
                            "one of them");
                    a = Double.NaN;
                } else if (s.has("semi_major_axis")) {
                    a = s.quantity("semi_major_axis", Dimension.LENGTH, Range.closed(EARTH_EQUATORIAL_RADIUS_M + 150 * KM,
                            EARTH_EQUATORIAL_RADIUS_M + 1e8, "6,528 km to 106,378 km"));
                } else {
                    a = EARTH_EQUATORIAL_RADIUS_M + s.quantity("altitude", Dimension.LENGTH, ALTITUDE);
                }
                double e = s.quantity("eccentricity", Dimension.DIMENSIONLESS,
                        new Range(0, true, 1, false, "0 or more and below 1 (closed orbits only)"), "0");
                double i = s.quantity("inclination", Dimension.ANGLE, INCLINATION);
                double raan = s.quantity("raan", Dimension.ANGLE, ANY_ANGLE, "0 deg");
                double argp = s.quantity("argument_of_perigee", Dimension.ANGLE, ANY_ANGLE, "0 deg");
                double anomaly = s.quantity("mean_anomaly", Dimension.ANGLE, ANY_ANGLE, "0 deg");
                if (problems.count() == mark && a * (1 - e) < EARTH_EQUATORIAL_RADIUS_M + 100 * KM) {
                    s.problem("eccentricity", ErrorCode.INCONSISTENT, "perigee is below 100 km",
                            String.format("perigee altitude %.0f km", (a * (1 - e) - EARTH_EQUATORIAL_RADIUS_M) / KM),
                            "a perigee above 100 km");
                }
                s.finish();
                if (problems.count() == mark) {
                    list.add(new ConstellationGroup.KeplerianElements(sat, a, e, i, raan, argp, anomaly));
                }
            }
            return problems.count() > 0 ? null : new ConstellationGroup.Elements(name, design, list);
        }

        private ConstellationGroup orbitFile(MapView m, String name, String design, OrbitFileFormat format) {
            String f = m.string("file");
            if (f.isEmpty()) {
                return null;
            }
            Path base = file.toAbsolutePath().getParent();
            Path p = base == null ? Path.of(f) : base.resolve(f).normalize();
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                m.problem("file", ErrorCode.FILE_UNREADABLE, "no readable file at this path", f,
                        "a path relative to the scenario file (resolved to " + p + ")");
                return null;
            }
            if (format == OrbitFileFormat.TLE) {
                checkTleFile(m, f, p);
            } else {
                checkOmmFile(m, f, p);
            }
            return new ConstellationGroup.OrbitFile(name, design, format, p);
        }

        private void checkTleFile(MapView m, String f, Path p) {
            try {
                List<String> lines = readTextLines(p);
                int sets = 0;
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (l.startsWith("1 ") && i + 1 < lines.size()) {
                        String l2 = lines.get(i + 1);
                        if (!tleFormatOk(l, l2)) {
                            m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "line " + (i + 1) + " of the TLE file is not a valid "
                                    + "element set (format or checksum)", l, "two valid 69-character TLE lines");
                            return;
                        }
                        sets++;
                        i++;
                    } else if (l.startsWith("2 ")) {
                        m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "line " + (i + 1) + " of the TLE file is a line 2 "
                                + "without its line 1", l, "line 1 followed by line 2");
                        return;
                    }
                }
                if (sets == 0) {
                    m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "the file holds no two-line element set", f,
                            "2- or 3-line element sets");
                }
            } catch (IOException | IllegalArgumentException e) {
                m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "cannot read the TLE file", f, "a text file of element sets");
            }
        }

        private static boolean tleFormatOk(String line1, String line2) {
            try {
                return TLE.isFormatOK(line1, line2);
            } catch (OrekitException e) {
                return false; // Orekit throws on a wrong checksum
            }
        }

        private void checkOmmFile(MapView m, String f, Path p) {
            try {
                String text = String.join("\n", readTextLines(p));
                boolean kvn = text.contains("CCSDS_OMM_VERS");
                boolean xml = text.contains("<omm") || text.contains("<ndm");
                if (!kvn && !xml) {
                    m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "not a CCSDS OMM (no CCSDS_OMM_VERS header or <omm> element)",
                            f, "an OMM in KVN or XML form");
                }
            } catch (IOException | IllegalArgumentException e) {
                m.problem("file", ErrorCode.INVALID_ORBIT_FILE, "cannot read the OMM file", f, "an OMM text file");
            }
        }

        private List<String> readTextLines(Path p) throws IOException {
            if (Files.size(p) > YamlLimits.MAX_FILE_BYTES * 16L) {
                throw new IllegalArgumentException("too large");
            }
            List<String> out = new ArrayList<>();
            for (String l : new String(Files.readAllBytes(p), StandardCharsets.UTF_8).split("\n")) {
                out.add(l.replace("\r", "").stripTrailing());
            }
            return out;
        }

        // ---------------------------------------------------------------- ground

        private Ground ground(MapView m) {
            int mark = problems.count();
            List<Ground.Station> stations = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (MapView s : m.maps("stations", false)) {
                int before = problems.count();
                String name = s.name("name");
                double lat = s.quantity("latitude", Dimension.ANGLE, Range.closed(-Math.PI / 2, Math.PI / 2, "-90 deg to 90 deg"));
                double lon = s.quantity("longitude", Dimension.ANGLE, Range.closed(-Math.PI, 2 * Math.PI, "-180 deg to 360 deg"));
                double alt = s.quantity("altitude", Dimension.LENGTH, Range.closed(-500, 9000, "-500 m to 9,000 m"), "0 m");
                double mask = s.quantity("elevation_mask", Dimension.ANGLE, Range.closed(0, Math.PI / 2, "0 deg to 90 deg"),
                        "10 deg");
                s.finish();
                if (problems.count() == before) {
                    if (!names.add(name)) {
                        s.problem("name", ErrorCode.DUPLICATE_NAME, "a station of this name is already defined", name,
                                "a unique name");
                    }
                    stations.add(new Ground.Station(name, lat, lon, alt, mask));
                }
            }
            List<Ground.UserRegion> regions = new ArrayList<>();
            Set<String> regionNames = new HashSet<>();
            for (MapView r : m.maps("user_regions", false)) {
                r.optionalString("name").ifPresent(declaredRegions::add);
                int before = problems.count();
                String name = r.name("name");
                double lat = r.quantity("latitude", Dimension.ANGLE, Range.closed(-Math.PI / 2, Math.PI / 2, "-90 deg to 90 deg"));
                double lon = r.quantity("longitude", Dimension.ANGLE, Range.closed(-Math.PI, 2 * Math.PI, "-180 deg to 360 deg"));
                double radius = r.quantity("radius", Dimension.LENGTH, Range.closed(0, 20_000 * KM, "0 km to 20,000 km"),
                        "500 km");
                r.finish();
                if (problems.count() == before) {
                    if (!regionNames.add(name)) {
                        r.problem("name", ErrorCode.DUPLICATE_NAME, "a user region of this name is already defined", name,
                                "a unique name");
                    }
                    regions.add(new Ground.UserRegion(name, lat, lon, radius));
                }
            }
            m.finish();
            return problems.count() > mark ? Ground.none() : new Ground(stations, regions);
        }

        // ---------------------------------------------------------------- links

        private static final Map<String, Links.Topology> TOPOLOGIES = choices(
                "cluster-neighbours", Links.Topology.CLUSTER_NEIGHBOURS, "plus-grid", Links.Topology.PLUS_GRID,
                "all-in-range", Links.Topology.ALL_IN_RANGE);

        private Links links(MapView m) {
            int mark = problems.count();
            Optional<Links.InterSatellite> isl = m.map("inter_satellite", false).map(s -> {
                int before = problems.count();
                Links.Topology topology = s.choice("topology", TOPOLOGIES, null);
                double range = s.quantity("max_range", Dimension.LENGTH, Range.closed(1, 100_000 * KM, "1 m to 100,000 km"));
                double rate = s.quantity("data_rate", Dimension.DATA_RATE, Range.POSITIVE);
                int terminals = (int) s.integer("terminals", 1, 64, 4L);
                double power = s.quantity("terminal_power", Dimension.POWER, Range.NON_NEGATIVE, "0 W");
                double switching = s.quantity("switching_delay", Dimension.DURATION, Range.closed(0, 1, "0 s to 1 s"), "1 us");
                s.finish();
                return problems.count() > before ? null
                        : new Links.InterSatellite(topology, range, rate, terminals, power, switching);
            });
            Optional<Links.GroundLink> ground = m.map("ground", false).map(g -> {
                int before = problems.count();
                double f = g.quantity("frequency", Dimension.RATE, Range.closed(1e6, 1e15, "1 MHz to 1,000 THz"));
                double eirp = decibels(g, "eirp", "dBW", -50, 100, null);
                double gt = decibels(g, "g_over_t", "dB/K", -50, 80, null);
                double losses = decibels(g, "losses", "dB", 0, 100, 3.0);
                double ebn0 = decibels(g, "required_ebn0", "dB", -10, 30, 4.5);
                double max = g.quantity("max_data_rate", Dimension.DATA_RATE, Range.POSITIVE);
                double power = g.quantity("terminal_power", Dimension.POWER, Range.NON_NEGATIVE, "0 W");
                g.finish();
                return problems.count() > before ? null : new Links.GroundLink(f, eirp, gt, losses, ebn0, max, power);
            });
            m.finish();
            return problems.count() > mark ? Links.none() : new Links(isl, ground);
        }

        /** A logarithmic quantity written with its exact unit ("40 dBW"), returned as the dB number. */
        private double decibels(MapView m, String key, String unit, double min, double max, Double defaultValue) {
            String expected = "a value in " + unit + " from " + (int) min + " to " + (int) max + ", e.g. \"10 " + unit + "\"";
            Optional<String> v = m.optionalString(key);
            if (v.isEmpty()) {
                if (defaultValue == null) {
                    m.problems().add(m.line(), m.child(key), ErrorCode.MISSING_FIELD, "required field is missing (expected "
                            + expected + ")");
                    return Double.NaN;
                }
                return defaultValue;
            }
            String t = v.get().strip();
            java.util.regex.Matcher mm = java.util.regex.Pattern.compile("^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)$")
                    .matcher(t);
            if (!mm.matches()) {
                m.problem(key, t.matches("(?i)[+-]?\\.?(nan|inf.*)") ? ErrorCode.NOT_FINITE : ErrorCode.NOT_A_NUMBER,
                        "not a number", t, expected);
                return Double.NaN;
            }
            String u = mm.group(2).strip();
            if (u.isEmpty()) {
                m.problem(key, ErrorCode.MISSING_UNIT, "a logarithmic quantity needs its unit", t, expected);
                return Double.NaN;
            }
            if (!u.equals(unit)) {
                m.problem(key, Units.isKnownUnit(u) || u.startsWith("dB") ? ErrorCode.WRONG_UNIT : ErrorCode.UNKNOWN_UNIT,
                        "wrong unit '" + u + "'", t, expected);
                return Double.NaN;
            }
            double d = Double.parseDouble(mm.group(1));
            if (d < min || d > max) {
                m.problem(key, ErrorCode.OUT_OF_RANGE, "value out of range", t, expected);
                return Double.NaN;
            }
            return d;
        }

        // ---------------------------------------------------------------- workload

        private static final Map<String, Workload.Policy> POLICIES = choices(
                "greedy", Workload.Policy.GREEDY, "power-aware", Workload.Policy.POWER_AWARE,
                "latency-aware", Workload.Policy.LATENCY_AWARE);
        private static final Map<String, Workload.DailyCurve> CURVES = choices(
                "flat", Workload.DailyCurve.FLAT, "diurnal", Workload.DailyCurve.DIURNAL);

        private Workload workload(MapView m, Ground ground, Links links, boolean groundAndLinksRead) {
            int mark = problems.count();
            Workload.Policy policy = m.choice("policy", POLICIES, Workload.Policy.POWER_AWARE);
            List<Workload.TrainingJob> jobs = new ArrayList<>();
            for (MapView j : m.maps("training", false)) {
                int before = problems.count();
                String name = j.name("name");
                double flop;
                double parameters = 0;
                boolean hasTotal = j.has("total_compute");
                boolean hasParameters = j.has("parameters");
                boolean hasTokens = j.has("tokens");
                boolean hasPT = hasParameters || hasTokens;
                if (hasTotal && hasPT) {
                    j.problem("total_compute", ErrorCode.INCONSISTENT, "give total_compute or parameters and tokens, not both",
                            "both", "one of them");
                    flop = Double.NaN;
                } else if (hasTotal) {
                    flop = j.quantity("total_compute", Dimension.COMPUTE, Range.POSITIVE);
                } else {
                    // Kaplan et al. 2020: training compute ≈ 6 FLOP per parameter per token.
                    double p = j.number("parameters", Range.closed(1, 1e16, "1 to 1e16"), null);
                    double t = j.number("tokens", Range.closed(1, 1e18, "1 to 1e18"), null);
                    flop = 6 * p * t;
                    parameters = p;
                }
                int acc = (int) j.integer("accelerators", 1, 10_000_000, null);
                double interval = j.quantity("checkpoint_interval", Dimension.DURATION, Range.POSITIVE, "1 h");
                double size = j.quantity("checkpoint_size", Dimension.DATA, Range.NON_NEGATIVE, "0 GB");
                double start = j.quantity("start", Dimension.DURATION, Range.NON_NEGATIVE, "0 s");
                double batch = j.number("batch_tokens", Range.closed(1, 1e12, "1 to 1e12"), 4_194_304.0);
                double mfu = j.quantity("model_flop_utilization", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.40");
                double dataset = j.quantity("dataset", Dimension.DATA, Range.NON_NEGATIVE, "0 GB");
                double results = j.quantity("results", Dimension.DATA, Range.NON_NEGATIVE, "0 GB");
                boolean checkpointsDown = j.bool("checkpoints_to_ground", false);
                boolean noWayDown = groundAndLinksRead && (links.ground().isEmpty() || ground.stations().isEmpty());
                if (dataset > 0 && noWayDown) {
                    // The job waits for its dataset, which could never come up: it would never start.
                    j.problem("dataset", ErrorCode.INCONSISTENT, "a dataset is sent up over ground contacts before the "
                                    + "job starts, and this scenario has " + lacking(ground, links),
                            j.optionalString("dataset").orElse(""),
                            "a links.ground section and at least one ground station, or no dataset");
                }
                if (results > 0 && noWayDown) {
                    // The results could never come down: the job would complete with nothing delivered.
                    j.problem("results", ErrorCode.INCONSISTENT, "results are sent down over ground contacts when the "
                                    + "job finishes, and this scenario has " + lacking(ground, links),
                            j.optionalString("results").orElse(""),
                            "a links.ground section and at least one ground station, or no results");
                }
                if (checkpointsDown && noWayDown) {
                    j.problem("checkpoints_to_ground", ErrorCode.INCONSISTENT, "checkpoints are sent down over ground "
                                    + "contacts, and this scenario has " + lacking(ground, links),
                            j.optionalString("checkpoints_to_ground").orElse(""),
                            "a links.ground section and at least one ground station, or false");
                }
                j.finish();
                if (problems.count() == before) {
                    jobs.add(new Workload.TrainingJob(name, flop, acc, interval, size, start, parameters, batch, mfu,
                            dataset, results, checkpointsDown));
                }
            }
            List<Workload.InferenceService> services = new ArrayList<>();
            List<String> regions = ground.userRegions().stream().map(Ground.UserRegion::name).toList();
            for (MapView s : m.maps("inference", false)) {
                int before = problems.count();
                String name = s.name("name");
                String region = s.string("region");
                if (!region.isEmpty() && !declaredRegions.contains(region)) {
                    String hint = Suggest.closest(region, regions).map(x -> "did you mean '" + x + "'? ").orElse("");
                    s.problem("region", ErrorCode.UNDEFINED_REFERENCE, "no user region of this name in ground.user_regions",
                            region, regions.isEmpty() ? "a region defined under ground.user_regions"
                                    : hint + "one of " + String.join(", ", regions));
                }
                double rate = s.quantity("request_rate", Dimension.RATE, Range.POSITIVE);
                double in = s.number("tokens_in", Range.closed(0, 1e9, "0 to 1e9"), 0.0);
                double out = s.number("tokens_out", Range.closed(1, 1e9, "1 to 1e9"), null);
                double slo = s.quantity("latency_objective", Dimension.DURATION, Range.POSITIVE);
                Workload.DailyCurve curve = s.choice("daily_curve", CURVES, Workload.DailyCurve.FLAT);
                double params = s.number("parameters", Range.closed(1, 1e16, "1 to 1e16"), DEFAULT_SERVED_PARAMETERS);
                double servingMfu = s.quantity("model_flop_utilization", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION,
                        "0.30");
                s.finish();
                if (problems.count() == before) {
                    services.add(new Workload.InferenceService(name, region, rate, in, out, slo, curve, params,
                            servingMfu));
                }
            }
            Workload.Faults faults = m.map("faults", false).map(f -> {
                int before = problems.count();
                Optional<Double> satellite = f.optionalQuantity("satellite_mtbf", Dimension.DURATION, Range.POSITIVE);
                Optional<Double> stationMtbf = f.optionalQuantity("station_mtbf", Dimension.DURATION, Range.POSITIVE);
                Optional<Double> stationOutage = f.optionalQuantity("station_outage", Dimension.DURATION, Range.POSITIVE);
                Optional<Double> linkMtbf = f.optionalQuantity("link_mtbf", Dimension.DURATION, Range.POSITIVE);
                Optional<Double> linkOutage = f.optionalQuantity("link_outage", Dimension.DURATION, Range.POSITIVE);
                pairedDurations(f, "station_mtbf", stationMtbf, "station_outage", stationOutage);
                pairedDurations(f, "link_mtbf", linkMtbf, "link_outage", linkOutage);
                f.finish();
                return problems.count() > before ? null
                        : new Workload.Faults(satellite, stationMtbf, stationOutage, linkMtbf, linkOutage);
            }).orElse(Workload.Faults.NONE);
            m.finish();
            return problems.count() > mark ? Workload.none() : new Workload(policy, jobs, services, faults);
        }

        /** What a scenario lacks to carry bulk data to or from the ground: "no links.ground", "no ground.stations" or both. */
        private static String lacking(Ground ground, Links links) {
            List<String> lacking = new ArrayList<>();
            if (links.ground().isEmpty()) {
                lacking.add("no links.ground");
            }
            if (ground.stations().isEmpty()) {
                lacking.add("no ground.stations");
            }
            return String.join(" and ", lacking);
        }

        /** An MTBF and its outage length come together: one without the other is a problem. */
        private static void pairedDurations(MapView m, String a, Optional<Double> va, String b, Optional<Double> vb) {
            if (va.isPresent() != vb.isPresent()) {
                String missing = va.isPresent() ? b : a;
                m.problems().add(m.line(), m.child(missing), ErrorCode.MISSING_FIELD, "required with "
                        + (va.isPresent() ? a : b) + " (expected a duration, e.g. 2 h)");
            }
        }

        /** Parameters of a served model when the file gives none: a 70B model (assumption). */
        private static final double DEFAULT_SERVED_PARAMETERS = 70e9;

        // ---------------------------------------------------------------- launch

        private static final Map<String, Launch.LearningBasis> BASES = choices("campaign", Launch.LearningBasis.CAMPAIGN,
                "industry", Launch.LearningBasis.INDUSTRY);
        private static final Range HORIZON = Range.closed(1, 50 * Units.YEAR_S, "1 s to 50 yr");

        private static String plain(double x) {
            return java.math.BigDecimal.valueOf(x).toPlainString();
        }

        private Launch defaultLaunch() {
            return new Launch(List.of("falcon-9-reusable"), List.of(), LocalDate.ofInstant(epoch, ZoneOffset.UTC), 0.20,
                    false, Optional.empty());
        }

        private Launch launch(MapView m) {
            int mark = problems.count();
            VehicleCatalog catalog = VehicleCatalog.bundled();
            List<Launch.Vehicle> custom = new ArrayList<>();
            Set<String> customNames = new HashSet<>();
            for (MapView v : m.maps("custom_vehicles", false)) {
                int before = problems.count();
                String name = v.name("name");
                // A custom vehicle named like a catalog row overrides it: published figures are its defaults.
                Optional<VehicleCatalog.Entry> row = name == null ? Optional.empty() : catalog.find(name);
                double payload = v.quantity("payload_to_leo", Dimension.MASS, Range.closed(1, 1e7, "1 kg to 10,000 t"),
                        row.map(e -> plain(e.leoPayloadKg()) + " kg").orElse(null));
                double price = v.quantity("price", Dimension.MONEY, Range.NON_NEGATIVE,
                        row.filter(e -> e.priceUsd().isPresent()).map(e -> plain(e.priceUsd().getAsDouble()) + " USD").orElse(null));
                double cadence = v.quantity("launches_per_year", Dimension.RATE, Range.POSITIVE, "12 1/yr");
                double failure = v.quantity("failure_probability", Dimension.DIMENSIONLESS, Range.FRACTION,
                        row.filter(e -> e.failureProbability().isPresent())
                                .map(e -> plain(e.failureProbability().getAsDouble())).orElse("0.02"));
                double diameter = v.quantity("fairing_diameter", Dimension.LENGTH, Range.closed(0.1, 50, "0.1 m to 50 m"),
                        row.filter(e -> e.fairingDiameterM().isPresent())
                                .map(e -> plain(e.fairingDiameterM().getAsDouble()) + " m").orElse(null));
                double volume = v.quantity("fairing_volume", Dimension.VOLUME, Range.POSITIVE,
                        row.filter(e -> e.fairingVolumeM3().isPresent())
                                .map(e -> plain(e.fairingVolumeM3().getAsDouble()) + " m^3").orElse(null));
                boolean planeChanges = v.bool("plane_changes", false);
                v.finish();
                if (problems.count() == before) {
                    if (!customNames.add(name)) {
                        v.problem("name", ErrorCode.DUPLICATE_NAME, "a vehicle of this name is already defined", name,
                                "a unique name");
                    }
                    custom.add(new Launch.Vehicle(name, payload, price, cadence * Units.YEAR_S, failure, diameter, volume,
                            planeChanges));
                }
            }
            List<String> vehicles = m.strings("vehicles");
            if (!m.has("vehicles")) {
                vehicles = List.of("falcon-9-reusable");
            }
            boolean rideshare = m.bool("rideshare", false);
            List<String> known = new ArrayList<>(catalog.ids());
            known.addAll(customNames);
            for (String v : vehicles) {
                if (!known.contains(v)) {
                    String hint = Suggest.closest(v, known).map(x -> "did you mean '" + x + "'? ").orElse("");
                    m.problem("vehicles", ErrorCode.UNDEFINED_REFERENCE, "no launch vehicle of this name", v,
                            hint + "a catalog id (" + String.join(", ", catalog.ids()) + ") or a custom_vehicles name");
                } else if (!customNames.contains(v)) {
                    VehicleCatalog.Entry e = catalog.find(v).orElseThrow();
                    if (e.priceUsd().isEmpty() && !m.has("price_per_kg")) {
                        m.problem("vehicles", ErrorCode.INCONSISTENT, v + " has no published price", v,
                                "give launch.price_per_kg or a custom vehicle price (launch.custom_vehicles)");
                    }
                    if (e.launches2025() == 0) {
                        m.problem("vehicles", ErrorCode.INCONSISTENT, v + " did not fly in 2025, so its cadence is unknown",
                                v, "a launch.custom_vehicles entry named " + v + " with launches_per_year");
                    }
                    if (e.rideshare() && !rideshare) {
                        m.problem("vehicles", ErrorCode.INCONSISTENT, v + " is a rideshare and launch.rideshare is false",
                                v, "launch.rideshare: true, or a vehicle that is not a rideshare");
                    }
                }
            }
            if (vehicles.isEmpty()) {
                m.problem("vehicles", ErrorCode.MISSING_FIELD, "no launch vehicle given", "[]", "at least one vehicle id");
            }
            LocalDate start = date(m, "campaign_start", LocalDate.ofInstant(epoch, ZoneOffset.UTC));
            double learning = m.quantity("learning_rate", Dimension.DIMENSIONLESS, Range.closed(0, 0.9, "0 to 0.9"), "0.20");
            Optional<Double> pricePerKg = m.optionalQuantity("price_per_kg", Dimension.MONEY_PER_MASS, Range.NON_NEGATIVE);
            double horizon = m.quantity("horizon", Dimension.DURATION, HORIZON, "10 yr");
            double share = m.quantity("cadence_share", Dimension.DIMENSIONLESS, Range.POSITIVE_FRACTION, "0.25");
            double failure = m.quantity("failure_probability", Dimension.DIMENSIONLESS, Range.FRACTION, "0.02");
            Launch.LearningBasis basis = m.choice("learning_basis", BASES, Launch.LearningBasis.CAMPAIGN);
            Optional<Double> industryMass = m.optionalQuantity("industry_launched_mass", Dimension.MASS, Range.POSITIVE);
            Optional<Double> industryRate = m.optionalQuantity("industry_mass_rate", Dimension.MASS_RATE, Range.NON_NEGATIVE);
            if (basis == Launch.LearningBasis.INDUSTRY) {
                for (String key : List.of("industry_launched_mass", "industry_mass_rate")) {
                    if (!m.has(key)) {
                        m.problem("learning_basis", ErrorCode.MISSING_FIELD,
                                "an industry learning basis needs launch." + key + " (no default: the world's launched mass is an input)",
                                "industry", "launch." + key + " given");
                    }
                }
            } else if (basis != null) {
                industryMass = Optional.empty();
                industryRate = Optional.empty();
            }
            double rideshareMax = m.quantity("rideshare_max_mass", Dimension.MASS, Range.closed(1, 1e5, "1 kg to 100 t"),
                    "450 kg");
            m.finish();
            return problems.count() > mark ? defaultLaunch()
                    : new Launch(vehicles, custom, start, learning, rideshare, pricePerKg, horizon, share, failure, basis,
                            industryMass, industryRate, rideshareMax);
        }

        // ---------------------------------------------------------------- economics

        private static final Map<String, TerrestrialPreset> PRESETS = presets();

        private static Map<String, TerrestrialPreset> presets() {
            Map<String, TerrestrialPreset> m = new LinkedHashMap<>();
            for (TerrestrialPreset p : TerrestrialPreset.values()) {
                m.put(p.id(), p);
            }
            return m;
        }

        private Economics economics(MapView m, Launch launch) {
            int mark = problems.count();
            double bus = m.quantity("bus_cost", Dimension.MONEY_PER_MASS, Range.NON_NEGATIVE, "1100 USD/kg");
            double array = m.quantity("solar_array_cost", Dimension.MONEY_PER_POWER, Range.NON_NEGATIVE);
            double radiator = m.quantity("radiator_cost", Dimension.MONEY_PER_AREA, Range.NON_NEGATIVE);
            double battery = m.quantity("battery_cost", Dimension.MONEY_PER_ENERGY, Range.NON_NEGATIVE);
            double integration = m.quantity("integration", Dimension.DIMENSIONLESS, Range.closed(0, 10, "0 to 10"), "0");
            double insurance = m.quantity("insurance", Dimension.DIMENSIONLESS, Range.FRACTION, "0");
            double operations = m.quantity("operations", Dimension.MONEY_PER_TIME, Range.NON_NEGATIVE, "0 USD/yr");
            double station = m.quantity("ground_station_cost", Dimension.MONEY_PER_TIME, Range.NON_NEGATIVE, "1 MUSD/yr");
            double spectrum = m.quantity("spectrum_and_licences", Dimension.MONEY_PER_TIME, Range.NON_NEGATIVE,
                    "0.5 MUSD/yr");
            double replacement = m.quantity("accelerator_replacement", Dimension.RATE,
                    Range.closed(0, 1 / Units.YEAR_S, "0 to 100 %/yr"), "0 %/yr");
            double discount = m.quantity("discount_rate", Dimension.DIMENSIONLESS, Range.closed(0, 0.5, "0 to 0.5 per year"),
                    "0.08");
            LocalDate grant = date(m, "licence_grant", launch.campaignStart());
            LocalDate biu = date(m, "itu_bringing_into_use_end", grant);
            Economics.MakeOrBuy makeOrBuy = m.map("make_or_buy", false).map(this::makeOrBuy)
                    .orElseGet(() -> makeOrBuy(null));
            Economics.Terrestrial terrestrial = m.map("terrestrial", false).map(this::terrestrial)
                    .orElse(terrestrial(TerrestrialPreset.US_HYPERSCALE));
            double shieldingMass = m.quantity("shielding_mass_per_power", Dimension.MASS_PER_POWER,
                    Range.closed(0, 1, "0 to 1000 kg/kW"), "0 kg/kW");
            double shieldingCost = m.quantity("shielding_cost", Dimension.MONEY_PER_MASS, Range.NON_NEGATIVE, "0 USD/kg");
            Economics.SolarActivity activity = m.choice("solar_activity", SOLAR_ACTIVITY, Economics.SolarActivity.MEAN);
            m.finish();
            return problems.count() > mark || terrestrial == null || makeOrBuy == null || activity == null ? null
                    : new Economics(bus, array, radiator, battery, integration, insurance, operations, station, spectrum,
                            replacement, discount, grant, biu, makeOrBuy, terrestrial, shieldingMass, shieldingCost,
                            activity);
        }

        private static final Map<String, Economics.SolarActivity> SOLAR_ACTIVITY = choices(
                "low", Economics.SolarActivity.LOW, "mean", Economics.SolarActivity.MEAN,
                "high", Economics.SolarActivity.HIGH);

        /** Owning a launch provider; {@code m} null gives the documented defaults (all assumptions). */
        private Economics.MakeOrBuy makeOrBuy(MapView m) {
            if (m == null) {
                return new Economics.MakeOrBuy(1e9, 100e6 / Units.YEAR_S, 15e6, 50e6, 20, 0.10, 24 / Units.YEAR_S,
                        2 * Units.YEAR_S, 0.5, OptionalDouble.empty(), 10 * Units.YEAR_S);
            }
            int mark = problems.count();
            double acquisition = m.quantity("acquisition_price", Dimension.MONEY, Range.NON_NEGATIVE, "1 BUSD");
            double fixed = m.quantity("fixed_cost", Dimension.MONEY_PER_TIME, Range.NON_NEGATIVE, "100 MUSD/yr");
            double marginal = m.quantity("marginal_cost_per_flight", Dimension.MONEY, Range.NON_NEGATIVE, "15 MUSD");
            double vehicle = m.quantity("vehicle_cost", Dimension.MONEY, Range.NON_NEGATIVE, "50 MUSD");
            long reuse = m.integer("reuse_count", 1, 1000, 20L);
            double refurbishment = m.quantity("refurbishment_fraction", Dimension.DIMENSIONLESS, Range.FRACTION, "0.10");
            double rate = m.quantity("flight_rate", Dimension.RATE,
                    Range.closed(1 / Units.YEAR_S, 1000 / Units.YEAR_S, "1 to 1000 1/yr"), "24 1/yr");
            double delay = m.quantity("development_delay", Dimension.DURATION,
                    Range.closed(0, 20 * Units.YEAR_S, "0 to 20 yr"), "2 yr");
            double delayProbability = m.quantity("delay_probability", Dimension.DIMENSIONLESS, Range.FRACTION, "0.5");
            Optional<Double> payload = m.optionalQuantity("payload_per_flight", Dimension.MASS,
                    Range.closed(1, 1e6, "1 kg to 1000 t"));
            double horizon = m.quantity("horizon", Dimension.DURATION,
                    Range.closed(Units.YEAR_S, 50 * Units.YEAR_S, "1 to 50 yr"), "10 yr");
            m.finish();
            return problems.count() > mark ? null
                    : new Economics.MakeOrBuy(acquisition, fixed, marginal, vehicle, (int) reuse, refurbishment, rate,
                            delay, delayProbability,
                            payload.map(OptionalDouble::of).orElse(OptionalDouble.empty()), horizon);
        }

        private static Economics.Terrestrial terrestrial(TerrestrialPreset p) {
            return new Economics.Terrestrial(p.id(), p.capexPerWUsd(), p.electricityPerJUsd(), p.pue(), p.waterPerJM3(),
                    p.buildTimeS(), p.backupPowerPerWUsd(), p.waterPricePerM3Usd());
        }

        private Economics.Terrestrial terrestrial(MapView m) {
            int mark = problems.count();
            TerrestrialPreset p = m.choice("preset", PRESETS, TerrestrialPreset.US_HYPERSCALE);
            if (p == null) {
                p = TerrestrialPreset.US_HYPERSCALE;
            }
            double capex = m.optionalQuantity("capex", Dimension.MONEY_PER_POWER, Range.NON_NEGATIVE).orElse(p.capexPerWUsd());
            double electricity = m.optionalQuantity("electricity_price", Dimension.MONEY_PER_ENERGY, Range.NON_NEGATIVE)
                    .orElse(p.electricityPerJUsd());
            double pue = m.has("pue") ? m.number("pue", Range.closed(1, 5, "1 to 5"), null) : p.pue();
            double water = m.optionalQuantity("water_use", Dimension.VOLUME_PER_ENERGY, Range.NON_NEGATIVE)
                    .orElse(p.waterPerJM3());
            double build = m.optionalQuantity("build_time", Dimension.DURATION, Range.closed(0, 20 * Units.YEAR_S, "0 to 20 yr"))
                    .orElse(p.buildTimeS());
            double backup = m.optionalQuantity("backup_power_cost", Dimension.MONEY_PER_POWER, Range.NON_NEGATIVE)
                    .orElse(p.backupPowerPerWUsd());
            double waterPrice = m.optionalQuantity("water_price", Dimension.MONEY_PER_VOLUME, Range.NON_NEGATIVE)
                    .orElse(p.waterPricePerM3Usd());
            m.finish();
            return problems.count() > mark ? null
                    : new Economics.Terrestrial(p.id(), capex, electricity, pue, water, build, backup, waterPrice);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> choices(Object... pairs) {
        Map<String, E> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return m;
    }
}
