package io.looplab.trace;

/**
 * The figures a comparison shows under each lane: virtual time taken, OS threads that ran Python
 * code (the main thread included), and context switches: how many times the running thread
 * changed, i.e. the GIL passed from one thread to another (an idle gap in between, while every
 * thread waited, does not count; greenlet switches stay inside one thread and do not count).
 */
public record TraceSummary(long virtualNs, int threads, int contextSwitches) {

    public static TraceSummary of(Trace t) {
        long end = 0;
        java.util.BitSet ran = new java.util.BitSet();
        int last = -1;
        int switches = 0;
        for (Event e : t) {
            end = e.timeNs();
            if (e.kind() == EventKind.THREAD_STATE && e.b() == ThreadState.RUNNING.ordinal()) {
                ran.set(e.a());
            } else if (e.kind() == EventKind.GIL && e.a() >= 0) {
                if (last >= 0 && e.a() != last) {
                    switches++;
                }
                last = e.a();
            }
        }
        return new TraceSummary(end, ran.cardinality(), switches);
    }

    /** "virtual time 3.000 s, threads 4, context switches 12". */
    public String describe() {
        return "virtual time " + Trace.stamp(virtualNs) + " s, threads " + threads + ", context switches "
                + contextSwitches;
    }
}
