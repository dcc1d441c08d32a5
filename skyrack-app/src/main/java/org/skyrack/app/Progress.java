package org.skyrack.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long run on stderr: once a step has taken longer than {@value #SHOW_AFTER_MS} ms,
 * one line names it and counts its seconds, rewritten in place every second, and ends with the
 * step's time when the next step begins. Steps that finish sooner print nothing. Only when
 * stderr is a terminal and without {@code --quiet}; otherwise every call does nothing, so stderr stays clean
 * for logs and pipes.
 */
final class Progress implements AutoCloseable {

    /** A step is shown once it has run this long, ms. */
    static final long SHOW_AFTER_MS = 2000;
    /** Interval between updates of the shown line, ms. */
    static final long TICK_MS = 1000;

    private static final long NANOS_PER_MS = 1_000_000L;
    /** Linux's link to the file behind this process's stderr. */
    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private String stage;
    private long startedNanos;
    private boolean shown;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        if (enabled) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "skyrack-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** Progress on {@code err} if stderr is a terminal and not {@code quiet}; else a silent one. */
    static Progress onTerminal(PrintWriter err, boolean quiet) {
        return new Progress(err, !quiet && stderrIsTerminal());
    }

    /**
     * Whether stderr is a terminal: on Linux, where file descriptor 2 points (so progress still
     * shows when stdout is redirected, {@code --format json > run.json}); elsewhere, whether
     * the JVM has a console (stdin and stdout both terminals).
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(STDERR_LINK).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Progress that prints nothing. */
    static Progress silent() {
        return new Progress(null, false);
    }

    /** The run starts step {@code name}; the previous one is done. */
    synchronized void stage(String name) {
        if (ticker == null) {
            return;
        }
        finishStage();
        stage = name;
        startedNanos = System.nanoTime();
    }

    private synchronized void tick() {
        if (stage == null) {
            return;
        }
        long ms = (System.nanoTime() - startedNanos) / NANOS_PER_MS;
        if (ms >= SHOW_AFTER_MS) {
            err.printf(Locale.ROOT, "\rskyrack: %s ... %d s", stage, ms / 1000);
            err.flush();
            shown = true;
        }
    }

    private void finishStage() {
        if (shown) {
            long ms = (System.nanoTime() - startedNanos) / NANOS_PER_MS;
            err.printf(Locale.ROOT, "\rskyrack: %s: done in %.1f s   %n", stage, ms / 1000.0);
            err.flush();
        }
        stage = null;
        shown = false;
    }

    /** Ends the last step and stops updating. */
    @Override
    public synchronized void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        finishStage();
    }
}
