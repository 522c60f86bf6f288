package io.looplab.sim;

import io.looplab.trace.ThreadState;
import io.looplab.vm.Fiber;

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
    /** Set when woken by its deadline rather than by another thread. */
    boolean timedOut;
    boolean started;
    /** Set while the fiber is suspended: on wake-up the suspending call returns resumeValue (or raises resumeError). */
    boolean suspended;
    io.looplab.vm.PyObject resumeValue;
    io.looplab.vm.PyBaseException resumeError;

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

    public boolean isAlive() {
        return state != ThreadState.DONE;
    }

    @Override
    public String toString() {
        return name + "(" + state + ")";
    }
}
