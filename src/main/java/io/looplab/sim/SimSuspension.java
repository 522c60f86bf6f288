package io.looplab.sim;

import io.looplab.vm.Suspension;

/**
 * A suspension the kernel knows how to register: it blocks the calling thread on something.
 * A wait that CPython retries in a loop (a lock acquire that lost the race, a burst of CPU work
 * cut by a forced GIL switch) says so in {@link #wakeUp}; the kernel then calls {@link #block}
 * again, exactly when the thread would have run in CPython.
 */
public abstract class SimSuspension extends Suspension {
    /**
     * Registers agent a as blocked (timers, wait queues); the kernel has already taken it off
     * the CPU. A suspension that leaves a RUNNING (a greenlet switch, a burst of CPU work that
     * ended without a forced switch) lets the thread go on at once: the suspending call returns.
     */
    protected abstract void block(Kernel k, Agent a);

    /**
     * Called once when the thread first suspends, before anyone is told what it waits for (so
     * {@link #describe} can already name, say, its deadline); {@link #block} comes next.
     */
    protected void arm(Kernel k) {
    }

    /**
     * The blocked thread was picked to run again: true lets the suspending call return (with
     * what {@link Agent#resumeWith} set, None by default), false means it must wait again.
     */
    protected boolean wakeUp(Kernel k, Agent a) {
        return true;
    }

    /** False for a wait that never takes the thread off the CPU nor burns time (a greenlet switch). */
    public boolean blocksThread() {
        return true;
    }
}
