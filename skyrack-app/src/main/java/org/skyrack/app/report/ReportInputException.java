package org.skyrack.app.report;

/** A run folder the report cannot be built from; the message is the one line to show the user. */
public final class ReportInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ReportInputException(String message) {
        super(message);
    }
}
