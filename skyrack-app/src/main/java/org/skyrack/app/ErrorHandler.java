package org.skyrack.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.skyrack.scenario.Problem;
import org.skyrack.scenario.ScenarioException;
import picocli.CommandLine;

/**
 * Maps every failure to exit codes and short messages: bad input (scenario problems, bad
 * options, unusable data folders) prints one line per problem and exits 2; anything else is
 * an internal error, one line and exit 1. Never a stack trace unless SKYRACK_DEBUG is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code for internal errors. */
    static final int INTERNAL = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (System.getenv("SKYRACK_DEBUG") != null) {
            e.printStackTrace(err);
        }
        if (e instanceof ScenarioException se) {
            for (Problem p : se.problems()) {
                err.println(p);
            }
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof BadInputException b) {
            err.println(b.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("skyrack: I/O error: " + io.getCause().getMessage());
            err.flush();
            return INTERNAL;
        }
        err.println("skyrack: internal error: " + e + " (set SKYRACK_DEBUG=1 for the stack trace; please report it)");
        err.flush();
        return INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("skyrack: " + e.getMessage().replace('\n', ' '));
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return BAD_INPUT;
    }
}
