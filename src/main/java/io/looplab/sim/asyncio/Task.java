package io.looplab.sim.asyncio;

import io.looplab.vm.Attributes;
import io.looplab.vm.Frame;
import io.looplab.vm.NativeCoroutine;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyException;
import io.looplab.vm.PyGenerator;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/**
 * asyncio.Task: drives a coroutine one step at a time (CPython 3.11's Task.__step and
 * __wakeup, tasks.py). A step sends into the coroutine; what comes out decides what happens
 * next: a future to wait for, a bare yield (run again soon), a return value, an exception.
 * The first step is scheduled with call_soon when the task is created; cancel() lands at the
 * next await.
 */
public final class Task extends Future {
    /** Outcomes of a step, as the interpreter reports the coroutine's frame. */
    static final int RETURNED = 0;
    static final int YIELDED = 1;
    static final int RAISED = 2;

    final PyObject coro;
    String name;
    /** Creation number: the hash (the oracle hashes tasks this way so sets of tasks iterate reproducibly). */
    final long number;
    boolean mustCancel;
    Future futWaiter;
    int numCancelsRequested;
    boolean logDestroyPending = true;
    /** The trace's POS of this task while suspended (-1 until first computed). */
    int pos = -1;

    Task(EventLoop loop, PyObject coro, String name) {
        super(loop);
        if (!Aio.isCoroutine(coro)) {
            throw PyException.type("a coroutine was expected, got " + Ops.repr(coro));
        }
        this.coro = coro;
        this.number = loop.aio.nextTaskNumber();
        this.name = name != null ? name : "Task-" + loop.aio.nextTaskName();
        if (coro instanceof PyGenerator g) {
            g.started = true;
        }
        loop.aio.trace.taskCreated(this);
        loop.callSoon(null, null, stepCallback(null));
        loop.aio.register(this);
    }

    @Override
    public PyType type() {
        return FutureType.TASK;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    Handle.Callback stepCallback(PyBaseException exc) {
        return new Handle.Callback() {
            @Override
            public boolean run(LoopRunner runner) {
                return step(runner, exc);
            }

            @Override
            public String describe() {
                return "Task.__step()";
            }

            @Override
            public Task task() {
                return Task.this;
            }
        };
    }

    /** __wakeup(future): the awaited future is done, so take the next step (with its exception, if any). */
    Handle.Callback wakeupCallback(Future fut) {
        return new Handle.Callback() {
            @Override
            public boolean run(LoopRunner runner) {
                PyBaseException exc = null;
                try {
                    fut.result();
                } catch (PyException e) {
                    exc = e.exc;
                }
                return step(runner, exc);
            }

            @Override
            public String describe() {
                return "Task.task_wakeup()";
            }

            @Override
            public Task task() {
                return Task.this;
            }
        };
    }

    @Override
    public boolean cancel(PyObject msg) {
        logTraceback = false;
        if (done()) {
            return false;
        }
        numCancelsRequested++;
        loop.aio.trace.taskCancelRequested(this);
        if (futWaiter != null && futWaiter.cancelDispatch(msg)) {
            return true;
        }
        mustCancel = true;
        cancelMessage = msg;
        return true;
    }

    int uncancel() {
        if (numCancelsRequested > 0) {
            numCancelsRequested--;
        }
        return numCancelsRequested;
    }

    /** __step(exc): returns true when the coroutine's frame was pushed (the runner then reports its outcome). */
    boolean step(LoopRunner runner, PyBaseException exc) {
        if (done()) {
            throw loop.aio.invalidState("_step(): already done: " + Ops.repr(this) + ", " + (exc == null ? "None"
                    : Ops.repr(exc)));
        }
        if (mustCancel) {
            if (exc == null || !exc.isInstance(loop.aio.cancelledError)) {
                exc = makeCancelledError();
            }
            mustCancel = false;
        }
        futWaiter = null;
        loop.aio.enterTask(loop, this);
        loop.aio.trace.stepBegin(this);
        if (coro instanceof PyGenerator g) {
            Frame f;
            try {
                f = exc == null ? g.prepareSend(Py.NONE) : g.prepareThrow(exc);
            } catch (PyException e) {
                stepDone(runner, RAISED, null, e.exc);
                return false;
            }
            if (f == null) {
                stepDone(runner, RAISED, null, exc);
                return false;
            }
            runner.runStep(this, f);
            return true;
        }
        NativeCoroutine nc = (NativeCoroutine) coro;
        try {
            PyObject r = exc == null ? nc.send(Py.NONE) : nc.throwIn(exc);
            if (r == NativeCoroutine.DONE) {
                stepDone(runner, RETURNED, nc.result(), null);
            } else {
                stepDone(runner, YIELDED, r, null);
            }
        } catch (PyException e) {
            stepDone(runner, RAISED, null, e.exc);
        }
        return false;
    }

    /** The second half of __step: sort out what the coroutine's send()/throw() produced. */
    void stepDone(LoopRunner runner, int kind, PyObject value, PyBaseException exc) {
        try {
            if (kind == RETURNED) {
                if (mustCancel) {
                    mustCancel = false;
                    super.cancel(cancelMessage);
                } else {
                    super.setResult(value);
                }
            } else if (kind == RAISED) {
                raised(runner, exc);
            } else {
                yielded(value);
            }
        } finally {
            loop.aio.leaveTask(loop, this);
            loop.aio.trace.stepEnd(this);
        }
    }

    private void raised(LoopRunner runner, PyBaseException exc) {
        if (exc.isInstance(loop.aio.cancelledError)) {
            cancelledExc = exc;
            super.cancel(null);
            return;
        }
        super.setException(exc);
        if (exc.isInstance(io.looplab.vm.ExceptionTypes.KEYBOARD_INTERRUPT)
                || exc.isInstance(io.looplab.vm.ExceptionTypes.SYSTEM_EXIT)) {
            runner.reraise(exc);
        }
    }

    private void yielded(PyObject result) {
        if (result instanceof Future fut) {
            if (fut.loop != loop) {
                rescheduleWithError("Task " + Ops.repr(this) + " got Future " + Ops.repr(fut)
                        + " attached to a different loop");
            } else if (!fut.blocking) {
                rescheduleWithError("yield was used instead of yield from in task " + Ops.repr(this) + " with "
                        + Ops.repr(fut));
            } else if (fut == this) {
                rescheduleWithError("Task cannot await on itself: " + Ops.repr(this));
            } else {
                fut.blocking = false;
                fut.addDoneCallback(new DoneCallback(null, null, this::wakeupCallback));
                futWaiter = fut;
                if (mustCancel && futWaiter.cancelDispatch(cancelMessage)) {
                    mustCancel = false;
                }
            }
        } else if (result == Py.NONE) {
            loop.callSoon(null, null, stepCallback(null));
        } else if (result instanceof PyGenerator g && !g.isCoroutine()) {
            rescheduleWithError("yield was used instead of yield from for generator in task " + Ops.repr(this)
                    + " with " + Ops.repr(result));
        } else if (Attributes.lookupOrNull(result, "_asyncio_future_blocking") != null) {
            rescheduleWithError("LoopLab only awaits asyncio futures, not " + result.type().name());
        } else {
            rescheduleWithError("Task got bad yield: " + Ops.repr(result));
        }
    }

    private void rescheduleWithError(String message) {
        loop.callSoon(null, null, stepCallback(PyException.runtime(message).exc));
    }
}
