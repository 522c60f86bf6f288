package io.looplab.sim.asyncio;

import io.looplab.vm.Args;
import io.looplab.vm.Control;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;

import java.util.Arrays;

/** The natively implemented methods of the event loop (BaseEventLoop's scheduling core). */
final class LoopType {
    static final PyType CORE = PyType.builtin("_LoopCore", PyType.OBJECT, EventLoop.ALLOC, LoopType::define);

    private LoopType() {
    }

    private static EventLoop l(PyObject o) {
        return (EventLoop) o;
    }

    /** (callback, *args, context=None) -> the args after the callback. */
    private static PyObject[] callbackArgs(PyObject[] a, String[] k, int first) {
        int nkw = k == null ? 0 : k.length;
        for (String name : k == null ? new String[0] : k) {
            if (!name.equals("context")) {
                throw PyException.type("call_soon() got an unexpected keyword argument '" + name + "'");
            }
        }
        return Arrays.copyOfRange(a, first + 1, a.length - nkw);
    }

    private static void checkCallback(PyObject cb, String method) {
        if (Aio.isCoroutine(cb) || cb instanceof io.looplab.vm.PyFunction f && (f.code.flags & io.looplab.vm.Code.COROUTINE) != 0) {
            throw PyException.type("coroutines cannot be used with " + method + "()");
        }
    }

    private static void define(PyType t) {
        t.define("call_soon", PyBuiltinFunction.methodN("loop", "call_soon", (a, k) -> {
            checkCallback(a[1], "call_soon");
            return l(a[0]).callSoon(a[1], callbackArgs(a, k, 1), null);
        }));
        t.define("call_soon_threadsafe", PyBuiltinFunction.methodN("loop", "call_soon_threadsafe", (a, k) -> {
            checkCallback(a[1], "call_soon_threadsafe");
            return l(a[0]).callSoonThreadsafe(a[1], callbackArgs(a, k, 1));
        }));
        t.define("call_later", PyBuiltinFunction.methodN("loop", "call_later", (a, k) -> {
            if (a[1] == Py.NONE) {
                throw PyException.type("delay must not be None");
            }
            checkCallback(a[2], "call_later");
            return l(a[0]).callLater(a[1], a[2], callbackArgs(a, k, 2), null);
        }));
        t.define("call_at", PyBuiltinFunction.methodN("loop", "call_at", (a, k) -> {
            if (a[1] == Py.NONE) {
                throw PyException.type("when cannot be None");
            }
            checkCallback(a[2], "call_at");
            return l(a[0]).callAt(a[1], a[2], callbackArgs(a, k, 2), null);
        }));
        t.define("time", PyBuiltinFunction.method1("loop", "time", o -> l(o).time()));
        t.define("create_future", PyBuiltinFunction.method1("loop", "create_future", o -> l(o).createFuture()));
        t.define("create_task", PyBuiltinFunction.methodN("loop", "create_task", (a, k) -> {
            Args p = new Args("create_task", Arrays.copyOfRange(a, 1, a.length), k, "coro", "name", "context");
            return createTask(l(a[0]), p.require(0), p.get(1, Py.NONE));
        }));
        t.define("run_until_complete", PyBuiltinFunction.method2("loop", "run_until_complete",
                (o, f) -> Control.push(new LoopRunner(l(o), ensureFuture(l(o), f)), ExecFrame.CALL)));
        t.define("run_forever", PyBuiltinFunction.method1("loop", "run_forever",
                o -> Control.push(new LoopRunner(l(o), null), ExecFrame.CALL)));
        t.define("stop", PyBuiltinFunction.method1("loop", "stop", o -> {
            l(o).stopping = true;
            return Py.NONE;
        }));
        t.define("close", PyBuiltinFunction.method1("loop", "close", o -> {
            l(o).close();
            return Py.NONE;
        }));
        t.define("is_running", PyBuiltinFunction.method1("loop", "is_running", o -> Py.bool(l(o).isRunning())));
        t.define("is_closed", PyBuiltinFunction.method1("loop", "is_closed", o -> Py.bool(l(o).closed)));
        t.define("get_debug", PyBuiltinFunction.method1("loop", "get_debug", o -> Py.bool(l(o).debug)));
        t.define("set_debug", PyBuiltinFunction.method2("loop", "set_debug", (o, v) -> {
            l(o).debug = Ops.isTrue(v);
            return Py.NONE;
        }));
        t.define("set_exception_handler", PyBuiltinFunction.method2("loop", "set_exception_handler", (o, h) -> {
            l(o).exceptionHandler = h == Py.NONE ? null : h;
            return Py.NONE;
        }));
        t.define("get_exception_handler", PyBuiltinFunction.method1("loop", "get_exception_handler",
                o -> l(o).exceptionHandler == null ? Py.NONE : l(o).exceptionHandler));
        t.define("set_task_factory", PyBuiltinFunction.method2("loop", "set_task_factory", (o, f) -> {
            l(o).taskFactory = f == Py.NONE ? null : f;
            return Py.NONE;
        }));
        t.define("get_task_factory", PyBuiltinFunction.method1("loop", "get_task_factory",
                o -> l(o).taskFactory == null ? Py.NONE : l(o).taskFactory));
        t.define("call_exception_handler", PyBuiltinFunction.method2("loop", "call_exception_handler", (o, ctx) -> {
            l(o).aio.callExceptionHandler(l(o), ctx);
            return Py.NONE;
        }));
        t.define("default_exception_handler", PyBuiltinFunction.method2("loop", "default_exception_handler", (o, ctx) -> {
            l(o).aio.defaultExceptionHandler(ctx);
            return Py.NONE;
        }));
        t.define("__repr__", PyBuiltinFunction.method1("loop", "__repr__", o -> PyStr.of("<" + o.type().name()
                + " running=" + (l(o).isRunning() ? "True" : "False") + " closed=" + (l(o).closed ? "True" : "False")
                + " debug=" + (l(o).debug ? "True" : "False") + ">")));
    }

    static PyObject createTask(EventLoop loop, PyObject coro, PyObject name) {
        if (loop.taskFactory != null) {
            PyObject task = Ops.call(loop.taskFactory, loop, coro);
            if (name != Py.NONE) {
                Ops.callMethod(task, "set_name", name);
            }
            return task;
        }
        loop.checkClosed();
        return new Task(loop, coro, name == Py.NONE ? null : Ops.str(name));
    }

    /** tasks.ensure_future for run_until_complete: a coroutine becomes a task of this loop. */
    static Future ensureFuture(EventLoop loop, PyObject f) {
        if (f instanceof Future fut) {
            if (fut.loop != loop) {
                throw PyException.value("The future belongs to a different loop than the one specified as the loop argument");
            }
            return fut;
        }
        if (Aio.isCoroutine(f)) {
            PyObject t = createTask(loop, f, Py.NONE);
            if (t instanceof Task task) {
                task.logDestroyPending = false;
            }
            return (Future) t;
        }
        PyObject awaitable = io.looplab.vm.Attributes.lookupOrNull(f, "__await__");
        if (awaitable != null) {
            PyObject wrap = loop.aio.rt.importModule("asyncio").get("_wrap_awaitable");
            return (Future) createTask(loop, Ops.call(wrap, f), Py.NONE);
        }
        throw PyException.type("An asyncio.Future, a coroutine or an awaitable is required");
    }
}
