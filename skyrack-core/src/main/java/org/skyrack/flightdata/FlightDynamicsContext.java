package org.skyrack.flightdata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.orekit.data.DataContext;
import org.orekit.data.DataProvidersManager;
import org.orekit.data.DirectoryCrawler;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.frames.Frames;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScales;
import org.orekit.time.UTCScale;
import org.orekit.utils.IERSConventions;

/**
 * The Orekit data (time scales, frames, leap seconds, EOP) that skyrack computes with, built
 * once at the program's edge and passed down; nothing reads Orekit's global default context.
 *
 * <p>{@link #offline()} needs no download and no Orekit data set: leap seconds come from the
 * OS {@code leap-seconds.list} when it is valid, else from the table bundled in the jar, and
 * Earth orientation parameters are zero. {@link #fromOrekitData(Path)} instead reads a full
 * Orekit data directory (the {@code --orekit-data DIR} option). Either way the UTC scale and
 * the ITRF are built during construction, so a bad data set fails here and not mid-run.
 * Instances are immutable once built and safe to share between threads.
 */
public final class FlightDynamicsContext {

    /** Where Debian-like systems keep the leap-second list that their tzdata package updates. */
    public static final Path OS_LEAP_SECONDS_LIST = Path.of("/usr/share/zoneinfo/leap-seconds.list");

    /** IERS conventions used for the ITRF (the current ones, IERS 2010). */
    public static final IERSConventions CONVENTIONS = IERSConventions.IERS_2010;

    /**
     * Whether tidal effects on EOP are ignored. True: they are sub-millisecond corrections to
     * EOP values that are zero offline anyway, and skipping them avoids their interpolation cost.
     */
    public static final boolean SIMPLE_EOP = true;

    private final DataContext dataContext;
    private final UTCScale utc;
    private final Frame itrf;
    private final LeapSecondSource leapSecondSource;

    private FlightDynamicsContext(DataContext dataContext, LeapSecondSource leapSecondSource) {
        this.dataContext = dataContext;
        this.leapSecondSource = leapSecondSource;
        // Resolve the lazily loaded parts now so that data problems surface at the edge.
        this.utc = dataContext.getTimeScales().getUTC();
        this.itrf = dataContext.getFrames().getITRF(CONVENTIONS, SIMPLE_EOP);
    }

    /**
     * Builds the offline context from the OS leap-second list
     * ({@link #OS_LEAP_SECONDS_LIST}), falling back to the bundled table.
     *
     * @return the offline context
     * @see #offline(Path)
     */
    public static FlightDynamicsContext offline() {
        return offline(OS_LEAP_SECONDS_LIST);
    }

    /**
     * Builds the offline context from a given leap-second list, with zero EOP.
     *
     * <p>The file is used if it is valid (see {@link LeapSecondsList}) and knows every leap
     * second the bundled table knows; otherwise the bundled table is used and
     * {@link LeapSecondSource#fallbackReason()} says why. An expired but otherwise valid file
     * is still used, because leap seconds are only ever added: it is right for every date up
     * to its expiry and the only risk is a leap second announced later, which
     * {@link LeapSecondSource#isExpired(LocalDate)} lets the caller warn about.
     *
     * @param leapSecondsList path of a {@code leap-seconds.list} file; it may not exist
     * @return the offline context
     */
    public static FlightDynamicsContext offline(Path leapSecondsList) {
        Objects.requireNonNull(leapSecondsList, "leapSecondsList");
        LeapSecondsList bundled = LeapSecondsList.bundled();
        String reason;
        try {
            LeapSecondsList fromFile = LeapSecondsList.read(leapSecondsList);
            if (lastOffset(fromFile) >= lastOffset(bundled)) {
                return offline(fromFile, new LeapSecondSource(LeapSecondSource.Kind.OS_FILE,
                        Optional.of(leapSecondsList), Optional.of(fromFile.expiry()), Optional.empty()));
            }
            reason = leapSecondsList + " stops at TAI-UTC = " + lastOffset(fromFile)
                    + " s but the bundled table reaches " + lastOffset(bundled) + " s";
        } catch (NoSuchFileException e) {
            reason = leapSecondsList + " does not exist";
        } catch (IOException e) {
            reason = "cannot read " + leapSecondsList + ": " + e;
        } catch (IllegalArgumentException e) {
            reason = e.getMessage();
        }
        return offline(bundled, new LeapSecondSource(LeapSecondSource.Kind.BUNDLED,
                Optional.empty(), Optional.of(bundled.expiry()), Optional.of(reason)));
    }

    /**
     * Builds a context reading a full Orekit data directory (leap seconds, EOP, ephemerides,
     * gravity fields...) with Orekit's usual file-name conventions, as the
     * {@code --orekit-data DIR} option asks.
     *
     * @param orekitDataDir the Orekit data directory
     * @return the context reading that directory
     * @throws IllegalArgumentException naming the directory if it is missing, is not a
     *                                  directory, or holds no usable leap-second or EOP data
     */
    public static FlightDynamicsContext fromOrekitData(Path orekitDataDir) {
        Objects.requireNonNull(orekitDataDir, "orekitDataDir");
        if (!Files.isDirectory(orekitDataDir)) {
            throw new IllegalArgumentException("Orekit data directory " + orekitDataDir
                    + (Files.exists(orekitDataDir) ? " is not a directory" : " does not exist"));
        }
        LazyLoadedDataContext context = new LazyLoadedDataContext();
        DataProvidersManager manager = context.getDataProvidersManager();
        manager.addProvider(new DirectoryCrawler(orekitDataDir.toFile()));
        try {
            // Load UTC first and alone, so that the loaded file names are the leap-second source.
            context.getTimeScales().getUTC();
            Path source = manager.getLoadedDataNames().stream().findFirst().map(Path::of).orElse(orekitDataDir);
            return new FlightDynamicsContext(context, new LeapSecondSource(LeapSecondSource.Kind.OREKIT_DATA,
                    Optional.of(source), Optional.empty(), Optional.empty()));
        } catch (OrekitException e) {
            throw new IllegalArgumentException("Orekit data directory " + orekitDataDir
                    + " is not usable: " + e.getMessage(), e);
        }
    }

    /**
     * The Orekit data context, for Orekit APIs that take one.
     *
     * @return the data context (never Orekit's global default)
     */
    public DataContext dataContext() {
        return dataContext;
    }

    /**
     * The time scales of this context.
     *
     * @return the time scales
     */
    public TimeScales timeScales() {
        return dataContext.getTimeScales();
    }

    /**
     * The reference frames of this context.
     *
     * @return the frames
     */
    public Frames frames() {
        return dataContext.getFrames();
    }

    /**
     * The UTC time scale, with this context's leap seconds.
     *
     * @return the UTC scale
     */
    public UTCScale utc() {
        return utc;
    }

    /**
     * The Earth-fixed frame: ITRF with {@link #CONVENTIONS} and {@link #SIMPLE_EOP}; with
     * zero EOP it differs from the true ITRF by the ignored UT1−UTC and polar motion.
     *
     * @return the ITRF
     */
    public Frame itrf() {
        return itrf;
    }

    /**
     * Where the leap seconds came from, for logs and expiry warnings.
     *
     * @return the leap-second source
     */
    public LeapSecondSource leapSecondSource() {
        return leapSecondSource;
    }

    private static FlightDynamicsContext offline(LeapSecondsList table, LeapSecondSource source) {
        List<OffsetModel> offsets = table.entries().stream()
                .map(e -> new OffsetModel(new DateComponents(e.date().getYear(), e.date().getMonthValue(),
                        e.date().getDayOfMonth()), e.taiMinusUtcSeconds()))
                .toList();
        LazyLoadedDataContext context = new LazyLoadedDataContext();
        // With no provider at all Orekit would look at the orekit.data.path system property;
        // one that never finds anything keeps this context closed to outside data.
        context.getDataProvidersManager().addProvider((names, loader, manager) -> false);
        context.getTimeScales().clearUTCTAIOffsetsLoaders();
        context.getTimeScales().addUTCTAIOffsetsLoader(() -> offsets);
        // Orekit installs its file loaders when none is registered; an empty one means zero EOP.
        for (IERSConventions conventions : IERSConventions.values()) {
            context.getFrames().addEOPHistoryLoader(conventions, (converter, history) -> { });
        }
        // CCSDS messages centred on EARTH ask for the Earth body; without JPL files serve a geocentric one.
        context.getCelestialBodies().addCelestialBodyLoader("Earth", name -> new OfflineEarth(context.getFrames()));
        return new FlightDynamicsContext(context, source);
    }

    private static int lastOffset(LeapSecondsList table) {
        return table.entries().get(table.entries().size() - 1).taiMinusUtcSeconds();
    }

    /**
     * Where a context's leap seconds came from.
     *
     * @param kind           the kind of source
     * @param path           the file read, if any (none for the bundled table)
     * @param expiry         UTC date the table expires, when the source states it
     * @param fallbackReason why the bundled table replaced the requested file, if it did
     */
    public record LeapSecondSource(Kind kind, Optional<Path> path, Optional<LocalDate> expiry,
                                   Optional<String> fallbackReason) {

        /** The kinds of leap-second source. */
        public enum Kind {
            /** The OS (tzdata) {@code leap-seconds.list}, or another file given explicitly. */
            OS_FILE,
            /** The table shipped in the skyrack jar. */
            BUNDLED,
            /** A leap-second file found by Orekit in an Orekit data directory. */
            OREKIT_DATA
        }

        /** Rejects nulls, so that absent values are always empty optionals. */
        public LeapSecondSource {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expiry, "expiry");
            Objects.requireNonNull(fallbackReason, "fallbackReason");
        }

        /**
         * Tells whether the table has expired on a date, meaning a leap second announced since
         * may be missing; false when the expiry is unknown.
         *
         * @param date UTC calendar date to check, typically today
         * @return true if the expiry is known and {@code date} is on or after it
         */
        public boolean isExpired(LocalDate date) {
            return expiry.map(e -> !date.isBefore(e)).orElse(false);
        }
    }
}
