package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * _thread.lock on the kernel, as the oracle's VLock: release() does not hand the lock over (the
 * releasing thread may take it again before the woken waiter runs: CPython's barging), and
 * woken waiters retry in FIFO order ({@link LockWait}).
 */
final class SimLock extends PyObject {
    static final PyType TYPE = PyType.builtin("lock", PyType.OBJECT, null, SimLock::define);
    /** _thread.TIMEOUT_MAX on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    final Threads threads;
    private final long id;
    private boolean locked;
    /** Threads blocked in acquire, in the order they retry. */
    final ArrayDeque<Agent> waiters = new ArrayDeque<>();

    SimLock(Threads threads) {
        this.threads = threads;
        this.id = Runtime.active().newId();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean locked() {
        return locked;
    }

    /** Takes the lock if it is free. */
    boolean tryAcquire() {
        if (locked) {
            return false;
        }
        locked = true;
        return true;
    }

    /** acquire(blocking=True, timeout=-1): True, False, or a wait (the kernel blocks the caller). */
    PyObject acquire(PyObject[] a, String[] k) {
        Args p = new Args("acquire", Arrays.copyOfRange(a, 1, a.length), k, "blocking", "timeout");
        boolean blocking = Ops.isTrue(p.get(0, Py.TRUE));
        PyObject timeoutArg = p.get(1, PyInt.of(-1));
        double timeout = seconds(timeoutArg);
        if (!blocking && timeout != -1) {
            throw PyException.value("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw PyException.value("timeout value must be a non-negative number");
        }
        if (timeout > TIMEOUT_MAX) {
            throw PyException.overflow("timeout value is too large");
        }
        if (tryAcquire()) {
            return Py.TRUE;
        }
        if (!blocking || timeout == 0) {
            return Py.FALSE;
        }
        return new LockWait(this, timeout == -1 ? -1 : durationNs(timeoutArg), describeWait());
    }

    /** The oracle's _dur_ns: seconds to integer ns; -1 (wait forever) when too large to be a deadline. */
    static long durationNs(PyObject secs) {
        long ns = io.looplab.vm.ClockReading.durationNs(secs);
        return ns == Long.MIN_VALUE ? -1 : ns;
    }

    private static double seconds(PyObject t) {
        if (!(t instanceof PyInt || t instanceof PyFloat)) {
            throw PyException.type("'" + t.type().name() + "' object cannot be interpreted as an integer or float");
        }
        return Ops.toDouble(t);
    }

    /** What the trace shows a blocked thread waiting for: the threading call that led here. */
    private String describeWait() {
        return WaitDescription.of(threads.current().fiber(), "lock " + repr());
    }

    void release() {
        if (!locked) {
            throw PyException.runtime("release unlocked lock");
        }
        locked = false;
        Agent next = waiters.pollFirst();
        if (next != null) {
            threads.kernel.wake(next);
        }
    }

    String repr() {
        return "<" + (locked ? "locked" : "unlocked") + " _thread.lock object at 0x" + Long.toHexString(0x7f0000000000L + id * 16) + ">";
    }

    private static SimLock l(PyObject o) {
        return (SimLock) o;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("_thread"));
        PyBuiltinFunction acquire = PyBuiltinFunction.methodN("lock", "acquire", (a, k) -> l(a[0]).acquire(a, k));
        PyBuiltinFunction release = PyBuiltinFunction.method1("lock", "release", o -> {
            l(o).release();
            return Py.NONE;
        });
        PyBuiltinFunction locked = PyBuiltinFunction.method1("lock", "locked", o -> Py.bool(l(o).locked));
        t.define("acquire", acquire);
        t.define("acquire_lock", acquire);
        t.define("__enter__", acquire);
        t.define("release", release);
        t.define("release_lock", release);
        t.define("locked", locked);
        t.define("locked_lock", locked);
        t.define("__exit__", PyBuiltinFunction.methodN("lock", "__exit__", (a, k) -> {
            l(a[0]).release();
            return Py.NONE;
        }));
        t.define("_at_fork_reinit", PyBuiltinFunction.method1("lock", "_at_fork_reinit", o -> {
            l(o).locked = false;
            l(o).waiters.clear();
            return Py.NONE;
        }));
        t.define("__hash__", PyBuiltinFunction.method1("lock", "__hash__", o -> PyInt.of(l(o).id)));
        t.define("__repr__", PyBuiltinFunction.method1("lock", "__repr__", o -> PyStr.of(l(o).repr())));
    }
}
