package org.skyrack.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a geometry command writes its data: stdout, or a file written atomically (a hidden
 * temporary file beside it, moved into place when complete, so a failed run leaves the old
 * file or none, never a truncated one).
 */
final class OutputTarget implements AutoCloseable {

    private static final int MAX_ATTEMPTS = 100;

    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private OutputTarget(Path target, Path temp, Writer writer) {
        this.target = target;
        this.temp = temp;
        this.writer = writer;
    }

    /** Stdout (picocli's writer, left open) when {@code out} is null, else the file {@code out}. */
    static OutputTarget open(Path out, PrintWriter stdout) {
        if (out == null) {
            return new OutputTarget(null, null, stdout);
        }
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new BadInputException("skyrack: --out: " + out + " is a folder; give a file name");
        }
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile: its owner-only permissions would stay on the result.
            for (int attempt = 0; ; attempt++) {
                Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                        + ".partial");
                try {
                    Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    return new OutputTarget(target, temp, new BufferedWriter(w, 1 << 16));
                } catch (FileAlreadyExistsException e) {
                    if (attempt >= MAX_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new BadInputException("skyrack: --out: cannot write " + out + ": " + e.getMessage());
        }
    }

    Writer writer() {
        return writer;
    }

    /** The file written, or null for stdout. */
    Path file() {
        return target;
    }

    /** Flushes, and for a file moves it into place. */
    void commit() {
        try {
            writer.flush();
            if (target != null) {
                writer.close();
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (target == null) {
            try {
                writer.flush();
            } catch (IOException e) {
                // stdout: picocli's PrintWriter records errors instead of throwing
            }
            return;
        }
        if (!committed) {
            try {
                writer.close();
            } catch (IOException e) {
                // the temporary file is deleted below anyway
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a leftover hidden .partial file says what it is
            }
        }
    }
}
