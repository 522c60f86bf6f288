package io.looplab.sim;

/**
 * A thread's wake-up time in the kernel's heap, ordered by (due, reading, uniq): reading is the
 * clock-reading number at which the deadline was computed, as the oracle orders ties.
 */
record Timer(long due, long reading, long uniq, Agent agent, int token) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(due, o.due);
        if (c != 0) {
            return c;
        }
        c = Long.compare(reading, o.reading);
        return c != 0 ? c : Long.compare(uniq, o.uniq);
    }
}
