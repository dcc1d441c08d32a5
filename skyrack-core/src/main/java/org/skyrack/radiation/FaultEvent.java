package org.skyrack.radiation;

/**
 * One radiation fault on one satellite.
 *
 * @param timeMillis time of the fault, ms from the scenario epoch
 * @param kind       what happened
 * @param index      which accelerator (0 to count − 1) or which host, per {@link FaultKind#target()}
 */
public record FaultEvent(long timeMillis, FaultKind kind, int index) {
}
