package io.looplab.sim;

import io.looplab.trace.EventKind;
import io.looplab.trace.ThreadState;

/**
 * The GIL: who holds it (the running thread; nobody while every thread waits) and the oracle's
 * rule for CPU-bound work (vrun.py _Sched.cpu_ns, README "CPU-bound work"): while a thread burns
 * CPU in looplab.cpu(), another thread that became runnable at w gets the GIL at w + 5 ms
 * (CPython's forced switch); the burner then queues behind it, FIFO, and burns the rest later.
 */
final class Gil {
    /** CPython's sys.getswitchinterval(): 5 ms before a waiting thread forces the holder out. */
    static final long SWITCH_INTERVAL = 5_000_000L;

    private final Kernel k;
    private Agent holder;

    Gil(Kernel k) {
        this.k = k;
    }

    /** The GIL changes hands (null: released, every thread waits); one GIL event per change. */
    void handTo(Agent a) {
        if (a != holder) {
            holder = a;
            k.trace.add(EventKind.GIL, a == null ? -1 : a.id, a == null ? -1 : a.id, 0, 0);
        }
    }

    /** Shows the threads that now wait for a burning GIL holder as WAITING_GIL. */
    void startBurn(Agent a, String what) {
        k.setState(a, ThreadState.RUNNING, what);
        for (Agent r : k.runq) {
            if (r.state == ThreadState.RUNNABLE) {
                k.setState(r, ThreadState.WAITING_GIL, "GIL held by " + a.name);
            }
        }
    }

    /**
     * a burns {@code left} ns of CPU holding the GIL; returns what is left when a forced switch
     * takes the GIL away (0: done, a runs on). One pass of the oracle's cpu_ns loop.
     */
    long burn(Agent a, long left) {
        promoteDue(k.now());
        long start = k.now();
        long want = firstRequest();
        long end = start + left;
        if (want < 0 || want + SWITCH_INTERVAL >= end) {
            promoteDue(end);
            k.setNow(end);
            k.setState(a, ThreadState.RUNNING, "");
            return 0;
        }
        long switchAt = Math.max(want + SWITCH_INTERVAL, start);
        promoteDue(switchAt);
        k.setNow(switchAt);
        k.queue(a, switchAt, ThreadState.WAITING_GIL, "GIL: forced switch after " + SWITCH_INTERVAL / 1_000_000 + " ms");
        return left - (switchAt - start);
    }

    /** Every thread whose deadline is <= upto becomes runnable in deadline order, stamped with its deadline. */
    private void promoteDue(long upto) {
        Timer t;
        while ((t = k.timers.peek()) != null && t.due() <= upto) {
            k.timers.poll();
            Agent a = t.agent();
            if (a.token == t.token() && a.state != ThreadState.RUNNABLE && a.state != ThreadState.DONE) {
                if (t.due() > k.now()) {
                    k.setNow(t.due());
                }
                k.queue(a, t.due(), ThreadState.WAITING_GIL, "GIL held by " + k.current.name);
            }
        }
    }

    /** When another thread first wanted the GIL: the earliest a runnable one did, else the next deadline; -1: never. */
    private long firstRequest() {
        long first = -1;
        for (Agent r : k.runq) {
            if (first < 0 || r.readyAt < first) {
                first = r.readyAt;
            }
        }
        if (first >= 0) {
            return first;
        }
        k.dropStale();
        Timer t = k.timers.peek();
        return t == null ? -1 : t.due();
    }
}
