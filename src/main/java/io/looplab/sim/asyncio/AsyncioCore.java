package io.looplab.sim.asyncio;

import io.looplab.vm.Args;
import io.looplab.vm.Code;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyFunction;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PySet;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.Arrays;

/**
 * The native half of asyncio (what CPython has in C or that needs the kernel): the loop core,
 * Future, Task, sleep and the running-loop bookkeeping, as the module {@code _asyncio_core}.
 * The Python half (gather, wait, locks, queues, TaskGroup, timeouts, run) is asyncio.py.
 */
public final class AsyncioCore {
    private AsyncioCore() {
    }

    /** Registers _asyncio_core and asyncio for a simulation. */
    public static void register(Aio aio) {
        Runtime rt = aio.rt;
        rt.registerModule("_asyncio_core", r -> module(aio));
        rt.registerModule("asyncio", r -> PythonModules.load(r, "asyncio"));
        for (String sub : new String[] {"events", "tasks", "futures", "locks", "queues", "exceptions", "runners",
            "taskgroups", "timeouts", "coroutines", "base_events"}) {
            rt.registerModule("asyncio." + sub, r -> r.importModule("asyncio"));
        }
    }

    static EventLoop newLoop(Aio aio) {
        PyObject cls = aio.loopClass != null ? aio.loopClass : LoopType.CORE;
        return (EventLoop) Ops.call(cls);
    }

    private static PyModule module(Aio aio) {
        PyModule m = new PyModule("_asyncio_core");
        m.put("Future", FutureType.FUTURE);
        m.put("Task", FutureType.TASK);
        m.put("_LoopCore", LoopType.CORE);
        m.put("Handle", Handle.TYPE);
        m.put("TimerHandle", TimerHandle.TYPE);
        m.put("CancelledError", Aio.CANCELLED_ERROR);
        m.put("InvalidStateError", Aio.INVALID_STATE_ERROR);
        m.put("TimeoutError", ExceptionTypes.TIMEOUT_ERROR);
        m.put("sleep", sleep(aio));
        m.put("get_running_loop", PyBuiltinFunction.of0("get_running_loop", aio::requireRunningLoop));
        m.put("_get_running_loop", PyBuiltinFunction.of0("_get_running_loop", () -> orNone(aio.runningLoop())));
        m.put("get_event_loop", PyBuiltinFunction.of0("get_event_loop", () -> aio.eventLoop(() -> newLoop(aio))));
        m.put("set_event_loop", PyBuiltinFunction.of1("set_event_loop", l -> {
            aio.setEventLoop(l == Py.NONE ? null : (EventLoop) l);
            return Py.NONE;
        }));
        m.put("new_event_loop", PyBuiltinFunction.of0("new_event_loop", () -> newLoop(aio)));
        m.put("_set_loop_class", PyBuiltinFunction.of1("_set_loop_class", c -> {
            aio.loopClass = (PyType) c;
            return Py.NONE;
        }));
        m.put("current_task", PyBuiltinFunction.ofN("current_task", (a, k) -> {
            Args p = new Args("current_task", a, k, "loop");
            PyObject l = p.get(0, Py.NONE);
            return orNone(aio.currentTask(l == Py.NONE ? aio.requireRunningLoop() : (EventLoop) l));
        }));
        m.put("all_tasks", PyBuiltinFunction.ofN("all_tasks", (a, k) -> {
            Args p = new Args("all_tasks", a, k, "loop");
            PyObject l = p.get(0, Py.NONE);
            return allTasks(aio, l == Py.NONE ? aio.requireRunningLoop() : (EventLoop) l);
        }));
        m.put("iscoroutine", PyBuiltinFunction.of1("iscoroutine", o -> Py.bool(Aio.isCoroutine(o))));
        m.put("iscoroutinefunction", PyBuiltinFunction.of1("iscoroutinefunction",
                o -> Py.bool(o instanceof PyFunction f && (f.code.flags & Code.COROUTINE) != 0)));
        m.put("isfuture", PyBuiltinFunction.of1("isfuture", o -> Py.bool(o instanceof Future
                || io.looplab.vm.Attributes.lookupOrNull(o, "_asyncio_future_blocking") != null
                && !(o instanceof PyType))));
        m.put("_get_loop", PyBuiltinFunction.of1("_get_loop",
                o -> o instanceof Future f ? f.loop : Ops.callMethod(o, "get_loop")));
        m.put("_chain_cancelled", PyBuiltinFunction.of1("_chain_cancelled", f -> f));
        return m;
    }

    /** asyncio.sleep(delay, result=None), with direct entries for the common positional calls. */
    private static PyBuiltinFunction sleep(Aio aio) {
        return PyBuiltinFunction.of(PyBuiltinFunction.of1("sleep", d -> new SleepCoroutine(aio, d, Py.NONE)),
                PyBuiltinFunction.of2("sleep", (d, r) -> new SleepCoroutine(aio, d, r)),
                PyBuiltinFunction.ofN("sleep", (a, k) -> {
                    Args p = new Args("sleep", a, k, "delay", "result");
                    return new SleepCoroutine(aio, p.require(0), p.get(1, Py.NONE));
                }));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.NONE : o;
    }

    /**
     * all_tasks(loop): {t for t in list(_all_tasks) if t's loop is loop and not t.done()}. _all_tasks
     * is a WeakSet filled in creation order; both are sets, so the order is hash order (tasks hash by
     * creation number, as in the oracle).
     */
    private static PyObject allTasks(Aio aio, EventLoop loop) {
        PySet weak = new PySet(false);
        for (Task t : aio.tasks) {
            if (!t.done()) {
                weak.add(t);
            }
        }
        PySet result = new PySet(false);
        for (PyObject o : weak.toArray()) {
            Task t = (Task) o;
            if (t.loop == loop && !t.done()) {
                result.add(t);
            }
        }
        return result;
    }

    static PyObject[] rest(PyObject[] a, int from) {
        return Arrays.copyOfRange(a, from, a.length);
    }
}
