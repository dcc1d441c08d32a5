package org.skyrack.app;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * Checks a file of two- or three-line element sets before {@link org.skyrack.orbit.ConstellationBuilder}
 * reads it, with the same rules as a scenario's {@code type: tle} group: every line starting
 * {@code "1 "} is followed by its {@code "2 "} line and both pass Orekit's format and checksum
 * test; any other non-blank line is the name of the next set. Problems are one-line
 * {@link BadInputException}s naming the option, the file and the line.
 */
final class TleFile {

    private TleFile() {
    }

    /** Throws a {@link BadInputException} unless {@code file} holds at least one valid element set. */
    static void check(String option, Path file) {
        String where = "skyrack: " + option + " " + file + ": ";
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(where + (Files.exists(file) ? "not a readable file" : "no such file"));
        }
        List<String> lines = new ArrayList<>();
        try {
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines.add(l.stripTrailing());
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(where + "not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new BadInputException(where + "cannot read it: " + e.getMessage());
        }
        int sets = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("1 ")) {
                if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("2 ")) {
                    throw new BadInputException(where + "line " + (i + 1) + ": a TLE line 1 without its line 2");
                }
                if (!formatOk(l, lines.get(i + 1))) {
                    throw new BadInputException(where + "line " + (i + 1) + ": not a valid element set "
                            + "(format or checksum): '" + l + "'");
                }
                sets++;
                i++;
            } else if (l.startsWith("2 ")) {
                throw new BadInputException(where + "line " + (i + 1) + ": a TLE line 2 without its line 1");
            }
        }
        if (sets == 0) {
            throw new BadInputException(where + "holds no two-line element set");
        }
    }

    private static boolean formatOk(String line1, String line2) {
        try {
            return TLE.isFormatOK(line1, line2);
        } catch (OrekitException e) {
            return false; // Orekit throws on a wrong checksum
        }
    }
}
