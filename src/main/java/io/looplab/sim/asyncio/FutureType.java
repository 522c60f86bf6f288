package io.looplab.sim.asyncio;

import io.looplab.vm.Args;
import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.Arrays;

/** The Python-visible methods of asyncio.Future and asyncio.Task. */
final class FutureType {
    /** Future is subclassable from Python; its __new__ creates the instance, so this only refuses direct use. */
    private static final PyType.Allocator ALLOC = cls -> {
        throw PyException.type("cannot create '" + cls.name() + "' without Future.__new__");
    };
    static final PyType FUTURE = PyType.builtin("Future", PyType.OBJECT, ALLOC, FutureType::defineFuture);
    static final PyType TASK = PyType.builtin("Task", FUTURE, null, FutureType::defineTask);

    private FutureType() {
    }

    private static Future f(PyObject o) {
        return (Future) o;
    }

    private static Task t(PyObject o) {
        return (Task) o;
    }

    private static void defineFuture(PyType t) {
        t.define("__module__", PyStr.of("_asyncio"));
        t.define("__new__", PyBuiltinFunction.methodN("Future", "__new__", (a, k) -> {
            PyObject loop = Py.NONE;
            int nkw = k == null ? 0 : k.length;
            for (int i = 0; i < nkw; i++) {
                if (k[i].equals("loop")) {
                    loop = a[a.length - nkw + i];
                }
            }
            Aio aio = Aio.of(Runtime.active());
            EventLoop l = loop == Py.NONE ? aio.eventLoop(() -> AsyncioCore.newLoop(aio)) : (EventLoop) loop;
            PyType cls = (PyType) a[0];
            return cls == FUTURE ? new Future(l) : new Future(l, cls);
        }));
        t.define("_make_cancelled_error", PyBuiltinFunction.method1("Future", "_make_cancelled_error",
                o -> f(o).makeCancelledError()));
        t.define("_cancel_message", Descriptors.getSet("_cancel_message",
                o -> f(o).cancelMessage == null ? Py.NONE : f(o).cancelMessage,
                (o, v) -> f(o).cancelMessage = v == Py.NONE ? null : v));
        t.define("result", PyBuiltinFunction.method1("Future", "result", o -> f(o).result()));
        t.define("exception", PyBuiltinFunction.method1("Future", "exception", o -> f(o).exceptionValue()));
        t.define("done", PyBuiltinFunction.method1("Future", "done", o -> Py.bool(f(o).done())));
        t.define("cancelled", PyBuiltinFunction.method1("Future", "cancelled", o -> Py.bool(f(o).cancelled())));
        t.define("cancel", PyBuiltinFunction.methodN("Future", "cancel", (a, k) -> {
            Args p = new Args("cancel", Arrays.copyOfRange(a, 1, a.length), k, "msg");
            return Py.bool(f(a[0]).cancel(p.get(0)));
        }));
        t.define("set_result", PyBuiltinFunction.method2("Future", "set_result", (o, v) -> {
            f(o).setResult(v);
            return Py.NONE;
        }));
        t.define("set_exception", PyBuiltinFunction.method2("Future", "set_exception", (o, e) -> {
            f(o).setException(asException(e));
            return Py.NONE;
        }));
        t.define("add_done_callback", PyBuiltinFunction.methodN("Future", "add_done_callback", (a, k) -> {
            f(a[0]).addDoneCallback(a[1]);
            return Py.NONE;
        }));
        t.define("remove_done_callback", PyBuiltinFunction.method2("Future", "remove_done_callback",
                (o, fn) -> PyInt.of(f(o).removeDoneCallback(fn))));
        t.define("get_loop", PyBuiltinFunction.method1("Future", "get_loop", o -> f(o).loop));
        t.define("__await__", PyBuiltinFunction.method1("Future", "__await__", o -> new FutureIter(f(o))));
        t.define("__iter__", PyBuiltinFunction.method1("Future", "__iter__", o -> new FutureIter(f(o))));
        t.define("__repr__", PyBuiltinFunction.method1("Future", "__repr__", o -> f(o).repr()));
        t.define("_asyncio_future_blocking", Descriptors.getSet("_asyncio_future_blocking",
                o -> Py.bool(f(o).blocking), (o, v) -> f(o).blocking = Ops.isTrue(v)));
        t.define("_loop", Descriptors.getter("_loop", o -> f(o).loop));
        t.define("_state", Descriptors.getter("_state", o -> PyStr.of(f(o).stateName())));
        t.define("_log_traceback", Descriptors.getSet("_log_traceback", o -> Py.bool(f(o).logTraceback),
                (o, v) -> f(o).logTraceback = Ops.isTrue(v)));
        t.define("__hash__", PyBuiltinFunction.method1("Future", "__hash__", o -> PyInt.of(o.hashCode())));
    }

    static PyBaseException asException(PyObject e) {
        if (e instanceof PyType type) {
            e = Ops.call(type);
        }
        if (!(e instanceof PyBaseException b)) {
            throw PyException.type("invalid exception object");
        }
        return b;
    }

    private static void defineTask(PyType t) {
        t.define("__module__", PyStr.of("_asyncio"));
        t.define("__new__", PyBuiltinFunction.methodN("Task", "__new__", (a, k) -> {
            Args p = new Args("Task", Arrays.copyOfRange(a, 1, a.length), k, "coro", "loop", "name", "context");
            PyObject loop = p.get(1, Py.NONE);
            Aio aio = Aio.of(Runtime.active());
            EventLoop l = loop == Py.NONE ? aio.eventLoop(() -> AsyncioCore.newLoop(aio)) : (EventLoop) loop;
            PyObject name = p.get(2, Py.NONE);
            return new Task(l, p.require(0), name == Py.NONE ? null : Ops.str(name));
        }));
        t.define("get_name", PyBuiltinFunction.method1("Task", "get_name", o -> PyStr.of(t(o).name)));
        t.define("set_name", PyBuiltinFunction.method2("Task", "set_name", (o, n) -> {
            t(o).name = Ops.str(n);
            t(o).loop.aio.trace.taskRenamed(t(o));
            return Py.NONE;
        }));
        t.define("get_coro", PyBuiltinFunction.method1("Task", "get_coro", o -> t(o).coro));
        t.define("cancelling", PyBuiltinFunction.method1("Task", "cancelling", o -> PyInt.of(t(o).numCancelsRequested)));
        t.define("uncancel", PyBuiltinFunction.method1("Task", "uncancel", o -> PyInt.of(t(o).uncancel())));
        t.define("set_result", PyBuiltinFunction.method2("Task", "set_result", (o, v) -> {
            throw PyException.runtime("Task does not support set_result operation");
        }));
        t.define("set_exception", PyBuiltinFunction.method2("Task", "set_exception", (o, v) -> {
            throw PyException.runtime("Task does not support set_exception operation");
        }));
        t.define("_coro", Descriptors.getter("_coro", o -> t(o).coro));
        t.define("_fut_waiter", Descriptors.getter("_fut_waiter", o -> t(o).futWaiter == null ? Py.NONE : t(o).futWaiter));
        t.define("_must_cancel", Descriptors.getter("_must_cancel", o -> Py.bool(t(o).mustCancel)));
        t.define("_log_destroy_pending", Descriptors.getSet("_log_destroy_pending",
                o -> Py.bool(t(o).logDestroyPending), (o, v) -> t(o).logDestroyPending = Ops.isTrue(v)));
    }
}
