package io.looplab.sim.asyncio;

import io.looplab.vm.NativeCoroutine;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;
import io.looplab.trace.Trace;

/**
 * asyncio.sleep(delay, result) — the coroutine of tasks.py, step for step: a delay <= 0 is a
 * bare yield (one loop iteration); otherwise, when first run, a future plus a call_later that
 * sets it, await the future, and cancel the timer handle in any case.
 */
final class SleepCoroutine extends NativeCoroutine {
    static final PyType TYPE = PyType.builtin("coroutine", NativeCoroutine.TYPE, null, t -> { });

    private final Aio aio;
    private final PyObject delay;
    private final PyObject value;
    private int state;
    private Future future;
    private TimerHandle handle;
    private PyObject result;

    SleepCoroutine(Aio aio, PyObject delay, PyObject value) {
        this.aio = aio;
        this.delay = delay;
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject send(PyObject v) {
        switch (state) {
            case 0:
                return start();
            case 1:
                state = 3;
                handle.cancel();
                if (!future.done()) {
                    throw PyException.runtime("await wasn't used with future");
                }
                result = future.result();
                return DONE;
            case 2:
                state = 3;
                result = value;
                return DONE;
            default:
                throw PyException.runtime("cannot reuse already awaited coroutine");
        }
    }

    private PyObject start() {
        boolean now = delay instanceof io.looplab.vm.PyInt i && i.isSmall() ? i.value <= 0
                : Ops.compareBool(io.looplab.lang.CmpOperator.LT_E, delay, io.looplab.vm.PyInt.of(0));
        if (now) {
            state = 2;
            return io.looplab.vm.Py.NONE;
        }
        EventLoop loop = aio.requireRunningLoop();
        future = loop.createFuture();
        handle = loop.callLater(delay, null, null, setResultUnlessCancelled(future, value));
        future.label = "sleep until " + Trace.stamp(handle.due);
        state = 1;
        future.blocking = true;
        return future;
    }

    static Handle.Callback setResultUnlessCancelled(Future f, PyObject result) {
        return new Handle.Callback() {
            @Override
            public boolean run(LoopRunner runner) {
                if (!f.cancelled()) {
                    f.setResult(result);
                }
                return false;
            }

            @Override
            public String describe() {
                return "futures._set_result_unless_cancelled()";
            }
        };
    }

    @Override
    public PyObject throwIn(PyBaseException exc) {
        if (state == 1) {
            handle.cancel();
        }
        state = 3;
        throw exc.toJava();
    }

    @Override
    public PyObject result() {
        return result;
    }
}
