package io.looplab.sim;

import io.looplab.trace.Trace;

/** time.sleep(d): the calling thread blocks for d of virtual time (0 lets every other runnable thread run first). */
final class Sleep extends SimSuspension {
    private final long ns;
    private long until;

    Sleep(long ns) {
        this.ns = ns;
    }

    @Override
    protected void arm(Kernel k) {
        until = k.now() + ns;
    }

    @Override
    protected void block(Kernel k, Agent a) {
        k.block(a, until, k.newReading(), describe());
    }

    @Override
    public String describe() {
        return "time.sleep until " + Trace.stamp(until);
    }
}
