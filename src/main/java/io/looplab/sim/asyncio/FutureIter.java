package io.looplab.sim.asyncio;

import io.looplab.vm.NativeCoroutine;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;

/** Future.__await__: yields the future itself until it is done (telling the Task what to wait for), then returns its result. */
final class FutureIter extends NativeCoroutine {
    private final Future fut;
    private boolean yielded;
    private PyObject result;

    FutureIter(Future fut) {
        this.fut = fut;
    }

    @Override
    public PyObject send(PyObject value) {
        if (!yielded && !fut.done()) {
            yielded = true;
            fut.blocking = true;
            return fut;
        }
        if (!fut.done()) {
            throw PyException.runtime("await wasn't used with future");
        }
        result = fut.result();
        return DONE;
    }

    @Override
    public PyObject result() {
        return result;
    }
}
