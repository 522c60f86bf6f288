package io.looplab.sim.asyncio;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.sim.SimSuspension;
import io.looplab.trace.Trace;

/**
 * The loop's select(): nothing is ready, so its thread sleeps until the earliest timer (its
 * exact due time and reading), or indefinitely when there is none, unless another thread wakes
 * it with call_soon_threadsafe.
 */
final class LoopWait extends SimSuspension {
    private final EventLoop loop;
    private final TimerHandle until;

    LoopWait(EventLoop loop, TimerHandle until) {
        this.loop = loop;
        this.until = until;
    }

    @Override
    protected void block(Kernel k, Agent a) {
        loop.waiter = a;
        if (until == null) {
            k.blockIndefinitely(a, describe());
        } else {
            k.block(a, until.due, until.reading, describe());
        }
    }

    @Override
    public String describe() {
        return until == null ? "event loop idle (no timers, nothing ready)"
                : "event loop waiting for its next timer at " + Trace.stamp(until.due);
    }
}
