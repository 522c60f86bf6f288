package io.looplab.sim.asyncio;

import io.looplab.trace.EventKind;
import io.looplab.trace.StepOutcome;
import io.looplab.trace.Trace;
import io.looplab.vm.CoroutineWrapper;
import io.looplab.vm.Frame;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyGenerator;
import io.looplab.vm.PyObject;

/**
 * What the asyncio kernel tells the trace: tasks and their steps, handles entering and leaving
 * the ready queue and the timer heap, futures completing. Never runs Python code (reprs are
 * {@link Ops#safeRepr}), so observing cannot change the program.
 */
final class AioTrace {
    private final Aio aio;
    private final Trace trace;
    /** The handle being run, so a task step can name it without a separate event. */
    Handle running;
    /** The last done-callback described, and its description (gather adds the same one to every child). */
    private PyObject lastCallback;
    private String lastCallbackText;

    AioTrace(Aio aio, Trace trace) {
        this.aio = aio;
        this.trace = trace;
    }

    private int agent() {
        var a = aio.kernel.currentAgent();
        return a == null ? -1 : a.id();
    }

    void loopCreated(EventLoop l) {
        trace.add(EventKind.LOOP_CREATED, agent(), l.id, agent(), 0);
    }

    void loopRunning(EventLoop l, boolean running) {
        trace.add(EventKind.LOOP_CREATED, agent(), l.id, agent(), running ? 1 : 2);
    }

    void taskCreated(Task t) {
        int line = t.coro instanceof PyGenerator g && inScenario(g.frame) ? g.frame.code.firstLine : 0;
        trace.add(EventKind.TASK_CREATED, agent(), t.id, t.loop.id, line, t.name);
    }

    void taskRenamed(Task t) {
        trace.add(EventKind.TASK_RENAMED, agent(), t.id, 0, 0, t.name);
    }

    void taskCancelRequested(Task t) {
        trace.add(EventKind.TASK_STATE, agent(), t.id, io.looplab.trace.TaskState.SCHEDULED.ordinal(), 0,
                "cancel requested");
    }

    /** A step's POS is the POS of the task's previous wait (its chain is frozen while suspended). */
    void stepBegin(Task t) {
        if (t.pos < 0) {
            t.pos = pos(t);
        }
        trace.add(EventKind.STEP_BEGIN, agent(), t.id, t.pos, running == null ? 0 : running.id);
        running = null;
    }

    void stepEnd(Task t) {
        if (!t.done()) {
            t.pos = pos(t);
            trace.add(EventKind.STEP_END, agent(), t.id, StepOutcome.WAIT.ordinal(), t.pos, waitingFor(t));
            return;
        }
        StepOutcome o;
        String text = null;
        String result;
        if (t.cancelled()) {
            o = StepOutcome.CANCELLED;
            result = "cancelled";
        } else if (t.exception != null) {
            o = StepOutcome.ERROR;
            text = t.exception.type().name();
            result = text + summary(t.exception);
        } else {
            o = StepOutcome.DONE;
            result = Ops.safeRepr(t.result);
        }
        trace.add(EventKind.STEP_END, agent(), t.id, o.ordinal(), 0, text);
        trace.add(EventKind.TASK_DONE, agent(), t.id, o.ordinal(), 0, result);
    }

    private static String summary(PyBaseException e) {
        if (e.args.size() == 0) {
            return "";
        }
        String s = e.args.size() == 1 ? Ops.safeRepr(e.args.get(0)) : Ops.safeRepr(e.args);
        return ": " + s;
    }

    private static String waitingFor(Task t) {
        Future w = t.futWaiter;
        if (w == null) {
            return "ready";
        }
        if (w instanceof Task other) {
            return "awaiting " + other.name;
        }
        return w.label != null ? w.label : "awaiting Future-" + w.id;
    }

    void handleScheduled(Handle h) {
        Handle.Callback cb = h.internal;
        Task t = cb == null ? null : cb.task();
        String text = t != null ? null : h.describe();
        trace.add(EventKind.HANDLE_SCHEDULED, agent(), h.id, h.loop.id, t == null ? 0 : t.id, text);
    }

    void timerScheduled(TimerHandle h) {
        trace.addWithLong(EventKind.TIMER_DUE_AT, agent(), h.id, h.loop.id, h.due, h.describe());
    }

    void handleCancelled(Handle h) {
        trace.add(EventKind.HANDLE_CANCELLED, agent(), h.id, h.loop.id, 0);
    }

    void handleRun(Handle h) {
        if (h.internal != null && h.internal.task() != null) {
            running = h;
            return;
        }
        trace.add(EventKind.HANDLE_RUN, agent(), h.id, h.loop.id, 0);
    }

    void timerReady(TimerHandle h) {
        trace.add(EventKind.TIMER_READY, agent(), h.id, h.loop.id, 0);
    }

    void loopBlocked(EventLoop l, Task t, String what) {
        trace.add(EventKind.LOOP_BLOCKED, agent(), l.id, t == null ? 0 : t.id, 0, what);
    }

    void futureDone(Future f) {
        if (!(f instanceof Task)) {
            trace.add(EventKind.FUTURE_DONE, agent(), f.id, f.state, 0, f.label);
        }
    }

    void callbackAdded(Future f, Future.DoneCallback cb) {
        if (cb.callable() != null) {
            if (cb.callable() != lastCallback) {
                lastCallback = cb.callable();
                lastCallbackText = Callbacks.describe(lastCallback, null);
            }
            trace.add(EventKind.CALLBACK_ADDED, agent(), f.id, 0, 0, lastCallbackText);
        }
    }

    /** The oracle's POS: the innermost frame of the await chain that is in the scenario file (0: none). */
    int pos(Task t) {
        PyObject obj = t.coro;
        int best = 0;
        for (int i = 0; i < 1000 && obj != null; i++) {
            if (obj instanceof CoroutineWrapper w) {
                obj = w.coro;
                continue;
            }
            if (obj instanceof io.looplab.vm.AsyncGenAwaitable a) {
                obj = a.generator();
                continue;
            }
            if (!(obj instanceof PyGenerator g)) {
                break;
            }
            if (!g.isFinished() && inScenario(g.frame)) {
                best = g.state() == PyGenerator.State.CREATED ? g.frame.code.firstLine : g.frame.suspendedLine();
            }
            obj = g.awaiting();
        }
        return best;
    }

    /** Whether a frame's code is the scenario's own (cached per code object: asked twice per step). */
    private boolean inScenario(Frame f) {
        io.looplab.vm.Code code = f.code;
        if (code.observerFlag == 0) {
            code.observerFlag = (byte) (code.fileName.equals(aio.scenarioPath) ? 1 : 2);
        }
        return code.observerFlag == 1;
    }
}
