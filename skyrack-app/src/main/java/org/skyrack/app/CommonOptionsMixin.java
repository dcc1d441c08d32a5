package org.skyrack.app;

import picocli.CommandLine.ArgGroup;

/** Mixes {@link CommonOptions} into a command. */
final class CommonOptionsMixin {

    @ArgGroup(exclusive = false, heading = "Common options:%n")
    CommonOptions options = new CommonOptions();
}
