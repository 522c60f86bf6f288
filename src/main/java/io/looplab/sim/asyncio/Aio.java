package io.looplab.sim.asyncio;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.NativeCoroutine;
import io.looplab.vm.PyException;
import io.looplab.vm.PyGenerator;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The asyncio state of one simulation: counters, the task registry, running and current loops per thread. */
public final class Aio {
    public static final PyType CANCELLED_ERROR =
            ExceptionTypes.define("CancelledError", "asyncio.exceptions", ExceptionTypes.BASE_EXCEPTION);
    public static final PyType INVALID_STATE_ERROR =
            ExceptionTypes.define("InvalidStateError", "asyncio.exceptions", ExceptionTypes.EXCEPTION);

    final Kernel kernel;
    final Runtime rt;
    final AioTrace trace;
    final String scenarioPath;
    final PyType cancelledError = CANCELLED_ERROR;
    private int handleIds;
    private int futureIds;
    private int loopIds;
    private long taskNumbers;
    private long taskNames;
    final List<Task> tasks = new ArrayList<>();
    private final Map<Agent, EventLoop> running = new IdentityHashMap<>();
    private final Map<Agent, EventLoop> currentLoop = new IdentityHashMap<>();
    private final Map<Agent, Boolean> loopCreatedByPolicy = new HashMap<>();
    /** The Python-level loop class asyncio.py defines (a subclass of _LoopCore). */
    PyType loopClass;

    public Aio(Kernel kernel, String scenarioPath) {
        this.kernel = kernel;
        this.rt = kernel.runtime();
        this.scenarioPath = scenarioPath;
        this.trace = new AioTrace(this, kernel.trace());
        rt.extensions.put(Aio.class, this);
        kernel.addWaitListener(this::threadWaits);
    }

    /** A thread that runs a loop blocks in something else than the loop's select: the loop is frozen. */
    private void threadWaits(Agent a, io.looplab.sim.SimSuspension s) {
        EventLoop loop = running.get(a);
        if (loop != null && !(s instanceof LoopWait) && s.blocksThread()) {
            trace.loopBlocked(loop, loop.currentTask, s.describe());
        }
    }

    static Aio of(Runtime rt) {
        return (Aio) rt.extensions.get(Aio.class);
    }

    int newHandleId() {
        return ++handleIds;
    }

    int newFutureId() {
        return ++futureIds;
    }

    int newLoopId() {
        return ++loopIds;
    }

    long nextTaskNumber() {
        return ++taskNumbers;
    }

    long nextTaskName() {
        return ++taskNames;
    }

    void register(Task t) {
        tasks.add(t);
    }

    PyException invalidState(String msg) {
        return PyException.of(INVALID_STATE_ERROR, msg);
    }

    Agent agent() {
        return kernel.currentAgent();
    }

    void enterTask(EventLoop loop, Task t) {
        Task cur = loop.currentTask;
        if (cur != null) {
            throw PyException.runtime("Cannot enter into task " + io.looplab.vm.Ops.repr(t)
                    + " while another task " + io.looplab.vm.Ops.repr(cur) + " is being executed.");
        }
        loop.currentTask = t;
    }

    void leaveTask(EventLoop loop, Task t) {
        if (loop.currentTask == t) {
            loop.currentTask = null;
        }
    }

    Task currentTask(EventLoop loop) {
        return loop.currentTask;
    }

    EventLoop runningLoop() {
        return running.get(agent());
    }

    void setRunningLoop(EventLoop loop) {
        if (loop == null) {
            running.remove(agent());
        } else {
            running.put(agent(), loop);
        }
    }

    EventLoop requireRunningLoop() {
        EventLoop l = runningLoop();
        if (l == null) {
            throw PyException.runtime("no running event loop");
        }
        return l;
    }

    /** The policy's get_event_loop(): the thread's current loop, created on demand in the main thread. */
    EventLoop eventLoop(LoopFactory factory) {
        EventLoop l = runningLoop();
        if (l != null) {
            return l;
        }
        Agent a = agent();
        l = currentLoop.get(a);
        if (l == null) {
            if (a.id() != 0 || loopCreatedByPolicy.containsKey(a)) {
                throw PyException.runtime("There is no current event loop in thread '" + a.name() + "'.");
            }
            loopCreatedByPolicy.put(a, Boolean.TRUE);
            l = factory.create();
            currentLoop.put(a, l);
        }
        return l;
    }

    void setEventLoop(EventLoop l) {
        if (l == null) {
            currentLoop.remove(agent());
        } else {
            currentLoop.put(agent(), l);
        }
        loopCreatedByPolicy.put(agent(), Boolean.TRUE);
    }

    /** Makes a new loop (an instance of the Python-level loop class). */
    interface LoopFactory {
        EventLoop create();
    }

    /** Handle._run's error path: an exception in a callback goes to the loop's exception handler. */
    void exceptionInCallback(EventLoop loop, String message, io.looplab.vm.PyBaseException e, Handle h) {
        io.looplab.vm.PyDict ctx = new io.looplab.vm.PyDict();
        ctx.put("message", PyStr.of(message));
        ctx.put("exception", e);
        ctx.put("handle", h);
        callExceptionHandler(loop, ctx);
    }

    void callExceptionHandler(EventLoop loop, PyObject ctx) {
        if (loop.exceptionHandler != null) {
            try {
                io.looplab.vm.Ops.call(loop.exceptionHandler, loop, ctx);
                return;
            } catch (PyException err) {
                rt.stderr.write("Unhandled error in exception handler\n");
            }
        }
        defaultExceptionHandler(ctx);
    }

    /** BaseEventLoop.default_exception_handler: the message, the context, the traceback, on stderr. */
    void defaultExceptionHandler(PyObject ctx) {
        io.looplab.vm.PyDict d = (io.looplab.vm.PyDict) ctx;
        PyObject msg = d.get("message");
        StringBuilder sb = new StringBuilder(msg == null ? "Unhandled exception in event loop" : io.looplab.vm.Ops.str(msg));
        for (var e : d.entries()) {
            String key = io.looplab.vm.Ops.str(e.getKey());
            if (!key.equals("message") && !key.equals("exception")) {
                sb.append('\n').append(key).append(": ").append(io.looplab.vm.Ops.safeRepr(e.getValue()));
            }
        }
        sb.append('\n');
        PyObject exc = d.get("exception");
        if (exc instanceof io.looplab.vm.PyBaseException be) {
            sb.append(io.looplab.vm.Tracebacks.format(be, rt));
        }
        rt.stderr.write(sb.toString());
    }

    /** At exit: what CPython's garbage collector would report about tasks. */
    public void reportLeftovers() {
        for (Task t : tasks) {
            if (!t.done() && t.logDestroyPending) {
                rt.stderr.write("Task was destroyed but it is pending!\ntask: " + FutureRepr.of(t) + "\n");
            } else if (t.done() && t.logTraceback && t.exception != null) {
                rt.stderr.write("Task exception was never retrieved\nfuture: " + FutureRepr.of(t) + "\n"
                        + io.looplab.vm.Tracebacks.format(t.exception, rt));
            }
        }
    }

    static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && g.isCoroutine() || o instanceof NativeCoroutine;
    }

    static PyStr str(String s) {
        return PyStr.of(s);
    }
}
