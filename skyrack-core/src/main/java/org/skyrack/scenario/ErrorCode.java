package org.skyrack.scenario;

/**
 * What kind of problem an input has. Tests assert these codes rather than message prose; the
 * CLI prints the message. Every code maps to exit status 2.
 */
public enum ErrorCode {
    /** The file does not exist or cannot be read. */
    FILE_UNREADABLE,
    /** The file is larger than {@link YamlLimits#MAX_FILE_BYTES}. */
    FILE_TOO_LARGE,
    /** The file is not UTF-8 text (NUL bytes, invalid sequences, control characters). */
    BINARY_CONTENT,
    /** The file holds no YAML document, or only comments. */
    EMPTY_FILE,
    /** The text is not well-formed YAML. */
    YAML_SYNTAX,
    /** The file holds more than one YAML document. */
    MULTIPLE_DOCUMENTS,
    /** Anchors and aliases expand past {@link YamlLimits#MAX_EXPANDED_NODES} or nest too deep. */
    ALIAS_LIMIT,
    /** The same key twice in one mapping. */
    DUPLICATE_KEY,
    /** A key the language does not define (the message suggests the closest one). */
    UNKNOWN_KEY,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A mapping where a list was expected, a list where a scalar was, and so on. */
    WRONG_TYPE,
    /** A value that should be a number is not one. */
    NOT_A_NUMBER,
    /** NaN or an infinite value. */
    NOT_FINITE,
    /** A physical quantity written without a unit. */
    MISSING_UNIT,
    /** A unit skyrack does not know. */
    UNKNOWN_UNIT,
    /** A known unit of the wrong dimension (a mass given in km). */
    WRONG_UNIT,
    /** A number outside its allowed range (altitude below 150 km, efficiency above 1). */
    OUT_OF_RANGE,
    /** A word that is not one of the allowed choices. */
    INVALID_CHOICE,
    /** A date, time or time of day that cannot be read. */
    INVALID_DATE,
    /** A name that refers to nothing defined (a satellite design, a station, a vehicle). */
    UNDEFINED_REFERENCE,
    /** Two things of one kind share a name. */
    DUPLICATE_NAME,
    /** Values that are each fine but do not fit together (Walker T not divisible by P). */
    INCONSISTENT,
    /** A TLE or OMM file that cannot be read as one. */
    INVALID_ORBIT_FILE
}
