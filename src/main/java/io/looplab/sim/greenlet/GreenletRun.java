package io.looplab.sim.greenlet;

import io.looplab.vm.Attributes;
import io.looplab.vm.Fiber;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.Suspension;

/**
 * The bottom of a greenlet's fiber: call run(*args, **kwargs); when it returns, the greenlet is
 * dead and its result goes to its parent (a GreenletExit that escapes run counts as a result,
 * any other exception is raised in the parent). The finished fiber is never resumed.
 */
final class GreenletRun extends NativeFrame {
    private final Greenlets gs;
    private final Greenlet g;
    private final PyObject[] args;
    private final String[] kwnames;

    GreenletRun(Greenlets gs, Greenlet g, PyObject[] args, String[] kwnames) {
        this.gs = gs;
        this.g = g;
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        if (event == START) {
            try {
                PyObject run = Attributes.get(g, "run");
                g.run = null;
                fiber.pushCall(run, args, kwnames, NATIVE);
                return CONTINUE;
            } catch (PyException e) {
                return finish(fiber, null, e.exc);
            }
        }
        if (event == CHILD_RAISED && error.isInstance(Greenlets.GREENLET_EXIT)) {
            return finish(fiber, error, null);
        }
        return event == CHILD_RAISED ? finish(fiber, null, error) : finish(fiber, value, null);
    }

    private int finish(Fiber fiber, PyObject result, PyBaseException error) {
        g.state = Greenlet.State.DEAD;
        PyObject[] values = error == null ? new PyObject[] {result} : new PyObject[0];
        fiber.suspension = (Suspension) Switching.deliver(gs, g, g.parent, values, null, error);
        return SUSPEND;
    }
}
