package org.skyrack.sim;

import java.util.PriorityQueue;

/**
 * The simulator's clock and agenda: events come out by time, then {@link SimEvent.Kind}, then
 * the order they were scheduled, so a run is the same whatever produced the events. Scheduling
 * an event before the current time is a defect in the caller and is refused. O(log n) per event;
 * nothing scans all events.
 */
public final class EventQueue {

    private record Entry(SimEvent event, long sequence) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(event.timeMillis(), o.event.timeMillis());
            if (c != 0) {
                return c;
            }
            c = event.kind().compareTo(o.event.kind());
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }

    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long nowMillis;
    private long sequence;

    /** An empty agenda at the epoch. */
    public EventQueue() {
        this(0);
    }

    /** An empty agenda at {@code startMillis}. */
    public EventQueue(long startMillis) {
        this.nowMillis = startMillis;
    }

    /** Current time, ms from the epoch: the time of the last event taken. */
    public long nowMillis() {
        return nowMillis;
    }

    /**
     * Adds an event.
     *
     * @throws IllegalArgumentException if the event is before the current time
     */
    public void schedule(SimEvent event) {
        if (event.timeMillis() < nowMillis) {
            throw new IllegalArgumentException("event in the past: " + event + " at " + event.timeMillis()
                    + " ms, now " + nowMillis + " ms");
        }
        queue.add(new Entry(event, sequence++));
    }

    /** Whether any event is left. */
    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Time of the next event, ms, or {@link Long#MAX_VALUE} when none is left. */
    public long peekTimeMillis() {
        Entry e = queue.peek();
        return e == null ? Long.MAX_VALUE : e.event.timeMillis();
    }

    /** Takes the next event and moves the clock to it. */
    public SimEvent next() {
        Entry e = queue.remove();
        nowMillis = e.event.timeMillis();
        return e.event;
    }

    /** Events waiting. */
    public int size() {
        return queue.size();
    }
}
