package io.looplab.sim.greenlet;

import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

import java.util.Arrays;

/** greenlet's switching rules: where values go and what a resumed switch() returns. */
final class Switching {
    private Switching() {
    }

    /**
     * Sends values (or an exception) from greenlet {@code from} to {@code to}: a dead target
     * passes them to its parent; an exception thrown into a greenlet that never started kills it
     * without running it (a GreenletExit then becomes a plain value for its parent). Returns what
     * a switch to the calling greenlet itself returns, or the switch to perform.
     */
    static PyObject deliver(Greenlets gs, Greenlet from, Greenlet to, PyObject[] args, String[] kwnames,
                            PyBaseException error) {
        to = to.live();
        while (error != null && to.state == Greenlet.State.NEW) {
            to.state = Greenlet.State.DEAD;
            if (error.isInstance(Greenlets.GREENLET_EXIT)) {
                args = new PyObject[] {error};
                kwnames = null;
                error = null;
            }
            to = to.parent.live();
        }
        gs.checkSameThread(to);
        if (to == from) {
            if (error != null) {
                throw error.toJava();
            }
            return pack(args, kwnames);
        }
        return new GreenletSwitch(gs, from, to, args, kwnames, error);
    }

    /**
     * What the receiving switch() returns (greenlet's single_result): no keywords, one value:
     * that value; several or none: their tuple; only keywords: the dict; both: (args, kwargs).
     */
    static PyObject pack(PyObject[] values, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyTuple args = PyTuple.of(Arrays.copyOfRange(values, 0, values.length - nkw));
        if (nkw == 0) {
            return args.size() == 1 ? args.get(0) : args;
        }
        PyDict kw = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kw.put(PyStr.of(kwnames[i]), values[values.length - nkw + i]);
        }
        return args.size() == 0 ? kw : PyTuple.of(args, kw);
    }
}
