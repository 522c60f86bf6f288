package io.looplab.sim.asyncio;

import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;
import io.looplab.vm.Py;

/**
 * A callback registered with the loop (asyncio.Handle): either a Python callable with its
 * arguments, or one of the kernel's own callbacks (a task step or wakeup), which the loop runs
 * without a Python call.
 */
public class Handle extends PyObject {
    public static final PyType TYPE = PyType.builtin("Handle", PyType.OBJECT, null, Handle::define);

    /** A callback implemented in Java: the loop calls it when the handle runs. */
    public interface Callback {
        /** Runs the callback; returns true if it pushed a frame the runner must wait for. */
        boolean run(LoopRunner runner);

        /** For reprs and the trace. */
        String describe();

        /** The task this callback steps or wakes, if any. */
        default Task task() {
            return null;
        }
    }

    final EventLoop loop;
    PyObject callable;
    PyObject[] args;
    Callback internal;
    boolean cancelled;
    final int id;

    Handle(EventLoop loop, PyObject callable, PyObject[] args, Callback internal) {
        this.loop = loop;
        this.callable = callable;
        this.args = args;
        this.internal = internal;
        this.id = loop.aio.newHandleId();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            callable = null;
            args = null;
            internal = null;
            loop.aio.trace.handleCancelled(this);
        }
    }

    /** For the trace and the board: never runs Python code. */
    String describe() {
        if (internal != null) {
            return internal.describe();
        }
        if (callable == null) {
            return "cancelled";
        }
        return Callbacks.describe(callable, args);
    }

    String kindName() {
        return "Handle";
    }

    PyObject repr() {
        String cb = internal != null ? internal.describe() : callable == null ? "" : Callbacks.format(callable, args);
        return PyStr.of("<" + kindName() + (cancelled ? " cancelled" : " " + cb) + ">");
    }

    private static void define(PyType t) {
        t.define("cancel", PyBuiltinFunction.method1("Handle", "cancel", h -> {
            ((Handle) h).cancel();
            return Py.NONE;
        }));
        t.define("cancelled", PyBuiltinFunction.method1("Handle", "cancelled", h -> Py.bool(((Handle) h).cancelled)));
        t.define("__repr__", PyBuiltinFunction.method1("Handle", "__repr__", h -> ((Handle) h).repr()));
        t.define("get_context", PyBuiltinFunction.method1("Handle", "get_context", h -> Py.NONE));
    }

    static String repr(PyObject o) {
        return Ops.repr(o);
    }
}
