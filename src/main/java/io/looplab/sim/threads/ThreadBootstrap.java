package io.looplab.sim.threads;

import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.Fiber;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyObject;

/**
 * The bottom of a thread started by _thread.start_new_thread (CPython's thread_run): call the
 * function; an exception other than SystemExit is reported on stderr; at the end the thread's
 * sentinel locks are released, which wakes a Thread.join() waiting on them.
 */
final class ThreadBootstrap extends NativeFrame {
    private final Threads threads;
    private final PyObject func;
    private final PyObject[] args;
    private final String[] kwnames;

    ThreadBootstrap(Threads threads, PyObject func, PyObject[] args, String[] kwnames) {
        this.threads = threads;
        this.func = func;
        this.args = args;
        this.kwnames = kwnames;
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        if (event == START) {
            fiber.pushCall(func, args, kwnames, NATIVE);
            return CONTINUE;
        }
        if (event == CHILD_RAISED && !error.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            fiber.runtime.stderr.write("Exception ignored in thread started by: " + Ops.safeRepr(func) + "\n"
                    + io.looplab.vm.Tracebacks.format(error, fiber.runtime));
        }
        threads.threadEnded(threads.current());
        fiber.value = Py.NONE;
        return RETURN;
    }
}
