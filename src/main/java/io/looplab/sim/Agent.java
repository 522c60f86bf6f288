package io.looplab.sim;

import io.looplab.trace.ThreadState;
import io.looplab.vm.Fiber;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyObject;

/** A simulated OS thread: a fiber the kernel schedules, never a Java thread. */
public final class Agent {
    final int id;
    String name;
    final boolean daemon;
    /** The fiber this thread is running now (greenlets swap it). */
    Fiber fiber;
    ThreadState state = ThreadState.RUNNABLE;
    /** Bumped whenever the thread blocks or wakes, so stale timers are ignored. */
    int token;
    /** Virtual time it last became runnable (for the GIL switch rule). */
    long readyAt;
    /** What it waits for, for the trace and deadlock reports. */
    String waitingFor = "";
    /** Set while the fiber is suspended: on wake-up the suspending call returns resumeValue (or raises resumeError). */
    boolean suspended;
    /** The wait the fiber is suspended in (asked on wake-up whether the call may return). */
    SimSuspension waitingOn;
    PyObject resumeValue;
    PyBaseException resumeError;

    Agent(int id, String name, boolean daemon, Fiber fiber) {
        this.id = id;
        this.name = name;
        this.daemon = daemon;
        this.fiber = fiber;
        fiber.owner = this;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isDaemon() {
        return daemon;
    }

    public boolean isAlive() {
        return state != ThreadState.DONE;
    }

    /** The fiber the thread runs now: its own, or the greenlet it switched to. */
    public Fiber fiber() {
        return fiber;
    }

    /** The suspended call returns v when the thread runs again. */
    public void resumeWith(PyObject v) {
        resumeValue = v;
        resumeError = null;
    }

    /** The suspended call raises e when the thread runs again. */
    public void resumeWithError(PyBaseException e) {
        resumeValue = null;
        resumeError = e;
    }

    /**
     * A greenlet switch: the thread now runs f, which the caller has already prepared (resumed
     * or given its first call), so the kernel runs it as it is.
     */
    public void switchTo(Fiber f) {
        fiber = f;
        suspended = false;
        resumeValue = null;
        resumeError = null;
    }

    @Override
    public String toString() {
        return name + "(" + state + ")";
    }
}
