package io.looplab.sim.asyncio;

import io.looplab.sim.Agent;
import io.looplab.vm.ClockReading;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.ArrayDeque;

/**
 * The event loop's state (BaseEventLoop): the ready deque, the timer heap, the flags. The
 * iteration itself (_run_once) is {@link LoopRunner}; callSoon and callAt only append, as in
 * CPython. The Python-visible loop class subclasses this type, adding the coroutine methods
 * (shutdown_asyncgens...) written in Python.
 */
public final class EventLoop extends PyObject {
    static final PyType.Allocator ALLOC = EventLoop::new;

    private final PyType type;
    private final PyDict dict = new PyDict();
    final Aio aio;
    final int id;
    final ArrayDeque<Handle> ready = new ArrayDeque<>();
    final TimerHeap scheduled = new TimerHeap();
    boolean stopping;
    boolean closed;
    /** The thread running this loop, or null. */
    Agent runningIn;
    /** The thread blocked in this loop's select, for call_soon_threadsafe wake-ups. */
    Agent waiter;
    int timerCancelledCount;
    boolean debug;
    PyObject exceptionHandler;
    PyObject taskFactory;
    /** The task whose step is running (asyncio's _current_tasks[loop]). */
    Task currentTask;

    private EventLoop(PyType type) {
        this.type = type;
        this.aio = Aio.of(Runtime.active());
        this.id = aio.newLoopId();
        aio.trace.loopCreated(this);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    void checkClosed() {
        if (closed) {
            throw PyException.runtime("Event loop is closed");
        }
    }

    /** loop.time(): a reading of the virtual clock. */
    ClockReading time() {
        return aio.kernel.clockReading();
    }

    Handle callSoon(PyObject callable, PyObject[] args, Handle.Callback internal) {
        checkClosed();
        Handle h = new Handle(this, callable, args, internal);
        ready.addLast(h);
        aio.trace.handleScheduled(h);
        return h;
    }

    /** call_soon_threadsafe: call_soon, then wake the loop's thread if it waits in select. */
    Handle callSoonThreadsafe(PyObject callable, PyObject[] args) {
        Handle h = callSoon(callable, args, null);
        if (waiter != null) {
            aio.kernel.wake(waiter);
        }
        return h;
    }

    TimerHandle callLater(PyObject delay, PyObject callable, PyObject[] args, Handle.Callback internal) {
        ClockReading now = time();
        PyObject when = io.looplab.vm.Ops.binary(io.looplab.lang.Operator.ADD, now, delay);
        return callAt(when, callable, args, internal);
    }

    TimerHandle callAt(PyObject when, PyObject callable, PyObject[] args, Handle.Callback internal) {
        checkClosed();
        long due;
        long reading;
        if (when instanceof ClockReading r) {
            due = r.ns;
            reading = r.reading;
        } else if (when instanceof PyFloat || when instanceof PyInt) {
            due = ClockReading.durationNs(when);
            if (due == Long.MIN_VALUE) {
                due = Long.MAX_VALUE / 2;
            }
            reading = -1;
        } else {
            throw PyException.type("'<' not supported between instances of '" + when.type().name() + "' and 'float'");
        }
        TimerHandle t = new TimerHandle(this, due, reading, when, callable, args, internal);
        scheduled.push(t);
        t.scheduled = true;
        aio.trace.timerScheduled(t);
        return t;
    }

    Future createFuture() {
        checkClosed();
        return new Future(this);
    }

    Task createTask(PyObject coro, String name) {
        checkClosed();
        return new Task(this, coro, name);
    }

    boolean isRunning() {
        return runningIn != null;
    }

    void close() {
        if (isRunning()) {
            throw PyException.runtime("Cannot close a running event loop");
        }
        if (closed) {
            return;
        }
        closed = true;
        ready.clear();
        scheduled.clear();
    }
}
