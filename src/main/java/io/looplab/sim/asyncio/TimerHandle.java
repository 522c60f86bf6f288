package io.looplab.sim.asyncio;

import io.looplab.vm.Descriptors;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/**
 * A callback due at a time (asyncio.TimerHandle). Ordered by (due ns, clock reading): timers
 * due at the same nanosecond fire in the order their deadlines were computed; timers from one
 * shared reading tie exactly and keep heapq's order, as in CPython.
 */
public final class TimerHandle extends Handle {
    public static final PyType TYPE = PyType.builtin("TimerHandle", Handle.TYPE, null, TimerHandle::define);

    final long due;
    final long reading;
    final PyObject when;
    boolean scheduled;

    TimerHandle(EventLoop loop, long due, long reading, PyObject when, PyObject callable, PyObject[] args,
                Callback internal) {
        super(loop, callable, args, internal);
        this.due = due;
        this.reading = reading;
        this.when = when;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** TimerHandle.__lt__ on the oracle's (due, reading) key. */
    boolean lessThan(TimerHandle o) {
        return due < o.due || due == o.due && reading < o.reading;
    }

    @Override
    public void cancel() {
        if (!cancelled && scheduled) {
            loop.timerCancelledCount++;
        }
        super.cancel();
    }

    @Override
    String kindName() {
        return "TimerHandle when=" + io.looplab.vm.Ops.repr(when);
    }

    private static void define(PyType t) {
        t.define("when", PyBuiltinFunction.method1("TimerHandle", "when", h -> ((TimerHandle) h).when));
        t.define("_scheduled", Descriptors.getter("_scheduled", h -> Py.bool(((TimerHandle) h).scheduled)));
    }
}
