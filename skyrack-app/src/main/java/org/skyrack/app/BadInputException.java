package org.skyrack.app;

/** Bad input that is not a scenario file problem (an option value, a data folder); its message is the one line shown. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
