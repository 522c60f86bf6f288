package io.looplab.trace;

/** One event of a {@link Trace}, materialised for reading (see {@link EventKind} for a, b, c). */
public record Event(int seq, long timeNs, EventKind kind, int agent, int a, int b, int c, String text, long value) {
}
