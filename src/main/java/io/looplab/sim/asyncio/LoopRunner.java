package io.looplab.sim.asyncio;

import io.looplab.vm.Fiber;
import io.looplab.vm.Frame;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyException;
import io.looplab.vm.PyGenerator;
import io.looplab.vm.PyObject;

/**
 * run_forever / run_until_complete as a frame on the loop thread's stack, so the Python code it
 * runs (task steps, callbacks) runs as ordinary child frames that may block the thread. Each
 * pass is CPython's _run_once: drop cancelled timers, wait in select until something is due,
 * move due timers to ready, then run exactly the handles that were ready at that moment.
 */
final class LoopRunner extends NativeFrame {
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;

    private final EventLoop loop;
    private final Future until;
    private Fiber fiber;
    private boolean inIteration;
    private int ntodo;
    private int done;
    private Task stepping;
    private Handle callback;
    private PyBaseException reraise;
    private Handle.Callback stopCallback;

    LoopRunner(EventLoop loop, Future until) {
        this.loop = loop;
        this.until = until;
    }

    @Override
    public int step(Fiber fb, int event, PyObject value, PyBaseException error) {
        this.fiber = fb;
        switch (event) {
            case START -> {
                start();
            }
            case CHILD_RETURNED, CHILD_YIELDED, CHILD_RAISED -> childDone(event, value, error);
            case RESUMED -> afterSelect();
            default -> {
                return finish(error);
            }
        }
        return iterate();
    }

    private void start() {
        loop.checkClosed();
        if (loop.isRunning()) {
            throw PyException.runtime("This event loop is already running");
        }
        if (loop.aio.runningLoop() != null) {
            throw PyException.runtime("Cannot run the event loop while another loop is running");
        }
        if (until != null) {
            stopCallback = new Handle.Callback() {
                @Override
                public boolean run(LoopRunner runner) {
                    if (until.cancelled() || until.exception == null
                            || !until.exception.isInstance(io.looplab.vm.ExceptionTypes.SYSTEM_EXIT)
                            && !until.exception.isInstance(io.looplab.vm.ExceptionTypes.KEYBOARD_INTERRUPT)) {
                        loop.stopping = true;
                    }
                    return false;
                }

                @Override
                public String describe() {
                    return "_run_until_complete_cb()";
                }
            };
            until.addDoneCallback(new Future.DoneCallback(null, stopCallback, null));
        }
        loop.runningIn = loop.aio.agent();
        loop.aio.setRunningLoop(loop);
        loop.aio.trace.loopRunning(loop, true);
    }

    /** Runs ready handles until one pushes a frame, the loop must wait, or it stops. */
    private int iterate() {
        while (true) {
            if (reraise != null) {
                return finish(reraise);
            }
            if (inIteration) {
                while (done < ntodo) {
                    Handle h = loop.ready.pollFirst();
                    done++;
                    if (h.cancelled) {
                        continue;
                    }
                    if (run(h)) {
                        return CONTINUE;
                    }
                    if (reraise != null) {
                        return finish(reraise);
                    }
                }
                inIteration = false;
                if (loop.stopping) {
                    return finish(null);
                }
            }
            dropCancelledTimers();
            if (loop.ready.isEmpty() && !loop.stopping) {
                TimerHandle next = loop.scheduled.isEmpty() ? null : loop.scheduled.peek();
                if (next == null || next.due > loop.aio.kernel.now()) {
                    fiber.suspension = new LoopWait(loop, next);
                    return SUSPEND;
                }
            }
            afterSelect();
        }
    }

    /** After select: everything due moves to the ready queue; this pass runs what is ready now. */
    private void afterSelect() {
        loop.waiter = null;
        long now = loop.time().ns;
        while (!loop.scheduled.isEmpty() && loop.scheduled.peek().due <= now) {
            TimerHandle t = loop.scheduled.pop();
            t.scheduled = false;
            loop.ready.addLast(t);
            loop.aio.trace.timerReady(t);
        }
        ntodo = loop.ready.size();
        done = 0;
        inIteration = true;
    }

    private void dropCancelledTimers() {
        TimerHeap s = loop.scheduled;
        int n = s.size();
        if (n > MIN_SCHEDULED_TIMER_HANDLES && loop.timerCancelledCount * 2 > n) {
            s.removeCancelled();
            loop.timerCancelledCount = 0;
            return;
        }
        while (!s.isEmpty() && s.peek().cancelled) {
            loop.timerCancelledCount--;
            s.pop().scheduled = false;
        }
    }

    /** Runs one handle; true when it pushed a frame whose outcome comes back as a child event. */
    private boolean run(Handle h) {
        loop.aio.trace.handleRun(h);
        if (h.internal != null) {
            try {
                return h.internal.run(this);
            } catch (PyException e) {
                reportCallbackError(h, e.exc);
                return false;
            }
        }
        callback = h;
        fiber.pushCall(h.callable, h.args, NATIVE);
        return true;
    }

    /** Called by Task.step: run the coroutine's frame as this frame's child. */
    void runStep(Task t, Frame f) {
        stepping = t;
        fiber.pushGenerator((PyGenerator) t.coro, f, NATIVE);
    }

    void reraise(PyBaseException e) {
        reraise = e;
    }

    private void childDone(int event, PyObject value, PyBaseException error) {
        if (stepping != null) {
            Task t = stepping;
            stepping = null;
            int kind = event == CHILD_RETURNED ? Task.RETURNED : event == CHILD_YIELDED ? Task.YIELDED : Task.RAISED;
            t.stepDone(this, kind, value, error);
            return;
        }
        Handle h = callback;
        callback = null;
        if (event == CHILD_RAISED) {
            if (error.isInstance(io.looplab.vm.ExceptionTypes.SYSTEM_EXIT)
                    || error.isInstance(io.looplab.vm.ExceptionTypes.KEYBOARD_INTERRUPT)) {
                reraise = error;
                return;
            }
            reportCallbackError(h, error);
        }
    }

    /** Handle._run: an exception in a callback goes to the loop's exception handler, the loop goes on. */
    private void reportCallbackError(Handle h, PyBaseException e) {
        loop.aio.exceptionInCallback(loop, "Exception in callback " + h.describe(), e, h);
    }

    /** run_forever's finally and run_until_complete's epilogue. */
    private int finish(PyBaseException error) {
        loop.stopping = false;
        loop.runningIn = null;
        loop.waiter = null;
        loop.aio.setRunningLoop(null);
        loop.aio.trace.loopRunning(loop, false);
        if (until != null) {
            if (!until.callbacks.isEmpty()) {
                until.callbacks.removeIf(cb -> cb.internal() == stopCallback);
            }
        }
        if (error != null) {
            fiber.error = error;
            return RAISE;
        }
        if (until == null) {
            fiber.value = io.looplab.vm.Py.NONE;
            return RETURN;
        }
        if (!until.done()) {
            fiber.error = PyException.runtime("Event loop stopped before Future completed.").exc;
            return RAISE;
        }
        try {
            fiber.value = until.result();
            return RETURN;
        } catch (PyException e) {
            fiber.error = e.exc;
            return RAISE;
        }
    }

    @Override
    public String describe() {
        return "event loop " + Ops.repr(loop);
    }
}
