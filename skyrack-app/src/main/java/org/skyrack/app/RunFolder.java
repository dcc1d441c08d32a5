package org.skyrack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes a run's outputs atomically: files go to a hidden sibling folder, which is moved into
 * place only when complete. A crash leaves at most a {@code .NAME.partial-*} folder, never a
 * folder at the requested path that looks whole.
 */
final class RunFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    RunFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        Path parent = this.target.getParent();
        try {
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new BadInputException("skyrack: cannot create the output folder " + target + ": " + e.getMessage());
        }
    }

    /** Writes one text file into the run. */
    void write(String name, String content) {
        try {
            Files.writeString(staging.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a file of the run is staged, for outputs streamed rather than written at once. */
    Path staged(String name) {
        return staging.resolve(name);
    }

    /** Moves the finished run into place, replacing an earlier run at the same path. */
    void commit() {
        try {
            if (Files.exists(target)) {
                if (!Files.isDirectory(target)) {
                    throw new BadInputException("skyrack: output path exists and is not a folder: " + target);
                }
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path target() {
        return target;
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // Leave the partial folder: its name says it is partial.
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
