package org.skyrack.radiation;

/**
 * A radiation-induced fault, and whether it strikes an accelerator chip or its host (the CPU
 * and memory of the board that drives the accelerators). Rates per unit dose are in
 * {@link FaultRates}.
 */
public enum FaultKind {
    /** A wrong result with no error raised (silent data corruption) on an accelerator. */
    SILENT_DATA_CORRUPTION(Target.ACCELERATOR),
    /** An uncorrectable error in an accelerator's high-bandwidth memory. */
    HBM_UNCORRECTABLE(Target.ACCELERATOR),
    /** An accelerator hang or crash that needs a reset. */
    ACCELERATOR_CRASH(Target.ACCELERATOR),
    /** An error on the host CPU. */
    HOST_CPU(Target.HOST),
    /** An error in host memory. */
    HOST_RAM(Target.HOST);

    /** What a fault strikes: one of a satellite's accelerators or one of its hosts. */
    public enum Target { ACCELERATOR, HOST }

    private final Target target;

    FaultKind(Target target) {
        this.target = target;
    }

    /** Whether the fault's index counts accelerators or hosts. */
    public Target target() {
        return target;
    }
}
