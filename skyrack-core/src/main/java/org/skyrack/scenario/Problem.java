package org.skyrack.scenario;

import java.util.Objects;

/**
 * One thing wrong with an input file, located to the line and field.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param path    dotted field path ({@code constellation.groups[0].altitude}), empty for the whole file
 * @param code    the class of problem
 * @param message what is wrong, the value seen and what was expected
 */
public record Problem(String file, int line, String path, ErrorCode code, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The one-line form the CLI prints: {@code FILE:LINE: path: message}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message.replace('\n', ' ').replace('\r', ' ')).toString();
    }
}
