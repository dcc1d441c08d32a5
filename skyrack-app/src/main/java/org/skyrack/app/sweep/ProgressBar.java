package org.skyrack.app.sweep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most every {@link #REDRAW_NANOS}: points done,
 * rate and time left at the rate so far. Drawn only on a terminal and without {@code --quiet}.
 */
final class ProgressBar {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;
    private int done;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** One more point finished. */
    void step() {
        done++;
        long now = System.nanoTime();
        if (now - lastDraw >= REDRAW_NANOS || done == total) {
            lastDraw = now;
            double s = (now - start) / 1e9;
            double rate = s > 0 ? done / s : 0;
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String left = rate > 0 ? duration((total - done) / rate) : "?";
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d points, %.1f/s, %s left ", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total, rate, left);
            err.flush();
        }
    }

    /** Ends the bar's line. */
    void finish() {
        err.println();
        err.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
