package io.looplab.vm;

/**
 * A float read from the virtual clock that remembers its exact nanoseconds and which reading it
 * was. {@code reading + delay} keeps the reading number, so asyncio timers computed at different
 * moments but due at the same nanosecond are ordered by when their deadline was computed —
 * what real time does, and what the oracle's VTime reproduces.
 */
public final class ClockReading extends PyFloat {
    public final long ns;
    public final long reading;

    public ClockReading(long ns, long reading) {
        super(ns / 1e9);
        this.ns = ns;
        this.reading = reading;
    }

    /** Seconds to integer ns as the oracle rounds them, or Long.MIN_VALUE when out of range. */
    public static long durationNs(PyObject x) {
        if (x instanceof PyInt i) {
            return i.isSmall() && Math.abs(i.value) < 10_000_000L ? i.value * 1_000_000_000L : Long.MIN_VALUE;
        }
        double f = ((PyFloat) x).value;
        if (Double.isNaN(f) || Math.abs(f) > 1e7) {
            return Long.MIN_VALUE;
        }
        return (long) Math.rint(f * 1e9);
    }

    /** reading +/- seconds (null when the result cannot stay a reading). */
    static PyObject shift(ClockReading r, PyObject delta, boolean add) {
        if (delta instanceof ClockReading other) {
            return add ? null : new PyFloat((r.ns - other.ns) / 1e9);
        }
        if (!(delta instanceof PyInt || delta instanceof PyFloat)) {
            return null;
        }
        long d = durationNs(delta);
        if (d == Long.MIN_VALUE) {
            return null;
        }
        return new ClockReading(add ? r.ns + d : r.ns - d, r.reading);
    }
}
