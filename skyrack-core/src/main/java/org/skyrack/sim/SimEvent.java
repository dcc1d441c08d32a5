package org.skyrack.sim;

/**
 * Something that happens to the data center at one instant. Time is a count of milliseconds
 * from the scenario epoch. Events of the same instant run in the order of their {@link Kind}
 * (so a satellite enters shadow before the work it carries is re-planned), then in the order they
 * were scheduled.
 */
public sealed interface SimEvent {

    /** Milliseconds from the scenario epoch. */
    long timeMillis();

    /** The tie-break rank among events of the same instant. */
    Kind kind();

    /**
     * Event kinds, in the order they run at one instant: the world changes first (geometry,
     * faults), then the resources react (battery floor, thermal limit), then work completes and
     * new work starts.
     */
    enum Kind { ECLIPSE, CONTACT, LINK, FAULT, BATTERY_FLOOR, THERMAL_LIMIT, CHECKPOINT, COMPLETION, ARRIVAL }

    /** A satellite enters ({@code entering}) or leaves umbra or penumbra. */
    record Eclipse(long timeMillis, int satellite, boolean umbra, boolean entering) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.ECLIPSE;
        }
    }

    /** A satellite rises above ({@code start}) or sets below a ground station's mask. */
    record Contact(long timeMillis, int satellite, int station, boolean start) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.CONTACT;
        }
    }

    /** An inter-satellite link comes up or goes down. */
    record Link(long timeMillis, int satelliteA, int satelliteB, boolean up) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.LINK;
        }
    }

    /** A fault on a satellite: {@code cause} names it (e.g. a radiation fault kind, or MTBF). */
    record Fault(long timeMillis, int satellite, String cause, int unit) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.FAULT;
        }
    }

    /** A satellite's battery reaches its floor. */
    record BatteryFloor(long timeMillis, int satellite) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.BATTERY_FLOOR;
        }
    }

    /** A satellite's deck reaches its maximum temperature. */
    record ThermalLimit(long timeMillis, int satellite) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.THERMAL_LIMIT;
        }
    }

    /** A training job checkpoints. */
    record Checkpoint(long timeMillis, long workId) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.CHECKPOINT;
        }
    }

    /**
     * A piece of work (a job step, a request, a transfer) completes, or wakes to look at what
     * changed; {@code workId} says which, and stale wake-ups are recognised by the work itself.
     */
    record Completion(long timeMillis, long workId) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.COMPLETION;
        }
    }

    /** New work arrives (a job submitted, a request sent). */
    record Arrival(long timeMillis, long workId) implements SimEvent {
        @Override
        public Kind kind() {
            return Kind.ARRIVAL;
        }
    }
}
