package org.skyrack.app.sweep;

/** Bad input to a sweep that is not a problem of the sweep file (an output folder, a changed sweep on resume); the message is the one line shown. */
public final class SweepInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SweepInputException(String message) {
        super(message);
    }
}
