package io.looplab.sim;

import io.looplab.vm.Suspension;

/** A suspension the kernel knows how to register: it blocks the calling thread on something. */
public abstract class SimSuspension extends Suspension {
    /** Registers agent a as blocked (timers, wait queues); the kernel has already taken it off the CPU. */
    protected abstract void block(Kernel k, Agent a);
}
