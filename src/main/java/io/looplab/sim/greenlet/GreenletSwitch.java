package io.looplab.sim.greenlet;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.sim.SimSuspension;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyObject;

/**
 * A switch from one greenlet to another of the same thread: the target's fiber is started
 * (run(*args, **kwargs)) or resumed (its own pending switch returns the values, or raises the
 * thrown exception), and the thread goes on running it at once. The switching fiber stays
 * suspended until something switches back to it.
 */
final class GreenletSwitch extends SimSuspension {
    private final Greenlets gs;
    private final Greenlet from;
    private final Greenlet target;
    private final PyObject[] args;
    private final String[] kwnames;
    private final PyBaseException error;

    GreenletSwitch(Greenlets gs, Greenlet from, Greenlet target, PyObject[] args, String[] kwnames,
                   PyBaseException error) {
        this.gs = gs;
        this.from = from;
        this.target = target;
        this.args = args;
        this.kwnames = kwnames;
        this.error = error;
    }

    @Override
    protected void block(Kernel k, Agent a) {
        Fiber f;
        if (target.state == Greenlet.State.NEW) {
            f = new Fiber(k.runtime());
            f.owner = target;
            target.fiber = f;
            target.state = Greenlet.State.ACTIVE;
            f.push(new GreenletRun(gs, target, args, kwnames), ExecFrame.BOUNDARY);
        } else {
            f = target.fiber;
            if (error != null) {
                f.resumeThrow(error);
            } else {
                f.resume(Switching.pack(args, kwnames));
            }
        }
        gs.switched(from, target);
        a.switchTo(f);
    }

    @Override
    public boolean blocksThread() {
        return false;
    }

    @Override
    public String describe() {
        return "greenlet switch";
    }
}
