package io.looplab.sim.asyncio;

import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;

import java.util.ArrayList;
import java.util.List;

/**
 * asyncio.Future (CPython's futures.py / _asynciomodule.c): a result that will exist later.
 * Done callbacks are never called directly; completing a future schedules them on its loop.
 */
public class Future extends PyObject {
    static final int PENDING = 0;
    static final int CANCELLED = 1;
    static final int FINISHED = 2;

    /** A done callback: a Python callable, or one of the kernel's (task wakeup, loop stop). */
    record DoneCallback(PyObject callable, Handle.Callback internal, java.util.function.Function<Future, Handle.Callback> bind) {
    }

    final EventLoop loop;
    final int id;
    int state = PENDING;
    PyObject result;
    PyBaseException exception;
    PyObject cancelMessage;
    PyBaseException cancelledExc;
    boolean blocking;
    boolean logTraceback;
    /** What this future stands for, for the board ("sleep until 2.000"), or null. */
    String label;

    /** Names what the future stands for (a thread-pool job wrapped by wrap_future). */
    public void setLabel(String text) {
        label = text;
    }
    /** Done callbacks, in order; empty until the first is added (most futures get one or none). */
    List<DoneCallback> callbacks = List.of();

    /** Python subclasses of Future (asyncio's _GatheringFuture) carry their type and a dict. */
    private final PyType subtype;
    private io.looplab.vm.PyDict dict;

    Future(EventLoop loop) {
        this(loop, null);
    }

    Future(EventLoop loop, PyType subtype) {
        this.loop = loop;
        this.id = loop.aio.newFutureId();
        this.subtype = subtype;
    }

    @Override
    public PyType type() {
        return subtype != null ? subtype : FutureType.FUTURE;
    }

    @Override
    public io.looplab.vm.PyDict dict() {
        if (subtype != null && dict == null) {
            dict = new io.looplab.vm.PyDict();
        }
        return dict;
    }

    /** fut.cancel(msg) as Python code would call it: a Python subclass may override cancel. */
    boolean cancelDispatch(PyObject msg) {
        if (subtype == null || subtype.isBuiltin()) {
            return cancel(msg);
        }
        PyObject m = io.looplab.vm.Attributes.get(this, "cancel");
        return io.looplab.vm.Ops.isTrue(io.looplab.vm.Ops.call(m, new PyObject[] {msg == null ? io.looplab.vm.Py.NONE : msg},
                new String[] {"msg"}));
    }

    public boolean done() {
        return state != PENDING;
    }

    public boolean cancelled() {
        return state == CANCELLED;
    }

    PyBaseException makeCancelledError() {
        if (cancelledExc != null) {
            PyBaseException e = cancelledExc;
            cancelledExc = null;
            return e;
        }
        PyBaseException e = cancelMessage == null ? new PyBaseException(loop.aio.cancelledError)
                : new PyBaseException(loop.aio.cancelledError, cancelMessage);
        return e;
    }

    /** future.result(): the value, or raises (CancelledError, the exception, InvalidStateError). */
    public PyObject result() {
        if (state == CANCELLED) {
            throw makeCancelledError().toJava();
        }
        if (state != FINISHED) {
            throw loop.aio.invalidState("Result is not set.");
        }
        logTraceback = false;
        if (exception != null) {
            throw exception.toJava();
        }
        return result;
    }

    PyObject exceptionValue() {
        if (state == CANCELLED) {
            throw makeCancelledError().toJava();
        }
        if (state != FINISHED) {
            throw loop.aio.invalidState("Exception is not set.");
        }
        logTraceback = false;
        return exception == null ? io.looplab.vm.Py.NONE : exception;
    }

    public boolean cancel(PyObject msg) {
        logTraceback = false;
        if (state != PENDING) {
            return false;
        }
        state = CANCELLED;
        cancelMessage = msg;
        completed();
        return true;
    }

    public void setResult(PyObject value) {
        if (state != PENDING) {
            throw loop.aio.invalidState("invalid state");
        }
        result = value;
        state = FINISHED;
        completed();
    }

    public void setException(PyBaseException exc) {
        if (state != PENDING) {
            throw loop.aio.invalidState("invalid state");
        }
        if (exc.type() == io.looplab.vm.ExceptionTypes.STOP_ITERATION) {
            throw PyException.type("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        exception = exc;
        state = FINISHED;
        completed();
        logTraceback = true;
    }

    String stateName() {
        return state == PENDING ? "PENDING" : state == CANCELLED ? "CANCELLED" : "FINISHED";
    }

    /** The state changed to done: record it, then schedule every callback (__schedule_callbacks). */
    void completed() {
        loop.aio.trace.futureDone(this);
        if (callbacks.isEmpty()) {
            return;
        }
        List<DoneCallback> cbs = callbacks;
        callbacks = List.of();
        for (DoneCallback cb : cbs) {
            schedule(cb);
        }
    }

    private void schedule(DoneCallback cb) {
        if (cb.callable() != null) {
            loop.callSoon(cb.callable(), new PyObject[] {this}, null);
        } else {
            loop.callSoon(null, null, cb.bind() != null ? cb.bind().apply(this) : cb.internal());
        }
    }

    void addDoneCallback(DoneCallback cb) {
        loop.aio.trace.callbackAdded(this, cb);
        if (state != PENDING) {
            schedule(cb);
        } else {
            if (callbacks.isEmpty()) {
                callbacks = new ArrayList<>(1);
            }
            callbacks.add(cb);
        }
    }

    public void addDoneCallback(PyObject fn) {
        addDoneCallback(new DoneCallback(fn, null, null));
    }

    int removeDoneCallback(PyObject fn) {
        int before = callbacks.size();
        if (before > 0) {
            callbacks.removeIf(cb -> cb.callable() != null && io.looplab.vm.Ops.eqBool(cb.callable(), fn));
        }
        return before - callbacks.size();
    }

    String describe() {
        return "Future-" + id;
    }

    PyStr repr() {
        return PyStr.of(FutureRepr.of(this));
    }
}
