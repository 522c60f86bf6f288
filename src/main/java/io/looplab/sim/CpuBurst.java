package io.looplab.sim;

import io.looplab.trace.Trace;

/**
 * looplab.cpu(seconds): the calling thread does that much CPU work holding the GIL. Time moves
 * while it burns ({@link Kernel#burn}); a forced switch queues it behind the thread that wanted
 * the GIL, and when it runs again it burns the rest (the oracle's cpu_ns loop).
 */
public final class CpuBurst extends SimSuspension {
    private long left;

    public CpuBurst(long ns) {
        this.left = ns;
    }

    @Override
    protected void block(Kernel k, Agent a) {
        k.gil.startBurn(a, describe());
        left = k.gil.burn(a, left);
    }

    @Override
    protected boolean wakeUp(Kernel k, Agent a) {
        return left == 0;
    }

    @Override
    public String describe() {
        return "cpu() work, " + Trace.stamp(left) + " s left";
    }
}
