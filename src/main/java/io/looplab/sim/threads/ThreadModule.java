package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.sim.Kernel;
import io.looplab.vm.Attributes;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyBoundMethod;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyFunction;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.Map;

/**
 * The _thread module on the kernel: every thread is an {@link Agent} with its own fiber, locks
 * are {@link SimLock}s. threading.py (CPython's own) is built on exactly these functions.
 */
final class ThreadModule {
    private ThreadModule() {
    }

    static PyModule create(Kernel k) {
        Threads threads = Threads.of(k);
        PyModule m = new PyModule("_thread");
        PyBuiltinFunction start = PyBuiltinFunction.ofN("start_new_thread", (a, kw) -> startNewThread(threads, a, kw));
        m.put("start_new_thread", start);
        m.put("start_new", start);
        PyBuiltinFunction allocate = PyBuiltinFunction.of0("allocate_lock", () -> new SimLock(threads));
        m.put("allocate_lock", allocate);
        m.put("allocate", allocate);
        m.put("LockType", SimLock.TYPE);
        m.put("get_ident", PyBuiltinFunction.of0("get_ident", () -> PyInt.of(Threads.ident(threads.current()))));
        m.put("get_native_id", PyBuiltinFunction.of0("get_native_id", () -> PyInt.of(Threads.ident(threads.current()))));
        m.put("_set_sentinel", PyBuiltinFunction.of0("_set_sentinel", threads::newSentinel));
        m.put("_count", PyBuiltinFunction.of0("_count", () -> PyInt.of(threads.count())));
        m.put("stack_size", PyBuiltinFunction.ofN("stack_size", (a, kw) -> stackSize(threads, a)));
        m.put("TIMEOUT_MAX", new PyFloat(SimLock.TIMEOUT_MAX));
        m.put("error", ExceptionTypes.RUNTIME_ERROR);
        PyBuiltinFunction exit = PyBuiltinFunction.of0("exit", () -> {
            throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, new PyObject[0]).toJava();
        });
        m.put("exit", exit);
        m.put("exit_thread", exit);
        m.put("_excepthook", PyBuiltinFunction.of1("_excepthook", args -> excepthook(threads, args)));
        m.put("_local", ThreadLocal.TYPE);
        return m;
    }

    /** start_new_thread(function, args, kwargs=None): a new thread, runnable behind the others. */
    private static PyObject startNewThread(Threads threads, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyException.type("start_new_thread() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 3) {
            throw PyException.type("start_new_thread expected at least 2 arguments, got " + a.length);
        }
        if (!callable(a[0])) {
            throw PyException.type("first arg must be callable");
        }
        if (!(a[1] instanceof PyTuple args)) {
            throw PyException.type("2nd arg must be a tuple");
        }
        PyObject kwargs = a.length > 2 ? a[2] : Py.NONE;
        if (kwargs != Py.NONE && !(kwargs instanceof PyDict)) {
            throw PyException.type("optional 3rd arg must be a dictionary");
        }
        int nkw = kwargs instanceof PyDict d ? d.size() : 0;
        PyObject[] values = new PyObject[args.size() + nkw];
        System.arraycopy(args.items, 0, values, 0, args.size());
        String[] names = nkw == 0 ? null : new String[nkw];
        if (kwargs instanceof PyDict d) {
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                names[i] = Ops.str(e.getKey());
                values[args.size() + i++] = e.getValue();
            }
        }
        Fiber fiber = new Fiber(threads.kernel.runtime());
        fiber.push(new ThreadBootstrap(threads, a[0], values, names), ExecFrame.BOUNDARY);
        PyObject owner = a[0] instanceof PyBoundMethod bm ? bm.self : null;
        int number = threads.threadStarted();
        Agent agent = threads.kernel.spawn(threadName(owner, number), isDaemon(owner), fiber);
        return PyInt.of(Threads.ident(agent));
    }

    /**
     * threading.Thread starts its threads as start_new_thread(self._bootstrap, ()): the simulated
     * thread takes the Thread's name and daemon flag, so the trace shows "Thread-1 (spin)".
     */
    private static String threadName(PyObject thread, int number) {
        PyObject name = thread == null ? null : Attributes.lookupOrNull(thread, "_name");
        return name instanceof PyStr s ? s.value : "thread-" + number;
    }

    private static boolean isDaemon(PyObject thread) {
        PyObject d = thread == null ? null : Attributes.lookupOrNull(thread, "_daemonic");
        return d != null && Ops.isTrue(d);
    }

    /** stack_size([size]): the previous size; 0 or at least 32 KiB, as on Linux. */
    private static PyObject stackSize(Threads threads, PyObject[] a) {
        long old = threads.stackSize;
        if (a.length > 0) {
            long size = Ops.index(a[0]);
            if (size != 0 && size < 32768) {
                throw PyException.value("size not valid: " + size + " bytes");
            }
            threads.stackSize = size;
        }
        return PyInt.of(old);
    }

    /** _thread._excepthook(args): "Exception in thread NAME:" and the traceback, on stderr. */
    private static PyObject excepthook(Threads threads, PyObject args) {
        PyObject type = Attributes.get(args, "exc_type");
        if (type == ExceptionTypes.SYSTEM_EXIT) {
            return Py.NONE;
        }
        PyObject thread = Attributes.get(args, "thread");
        String name = thread == Py.NONE ? String.valueOf(Threads.ident(threads.current()))
                : Ops.str(Attributes.get(thread, "name"));
        StringBuilder sb = new StringBuilder("Exception in thread " + name + ":\n");
        PyObject value = Attributes.get(args, "exc_value");
        if (value instanceof PyBaseException e) {
            sb.append(io.looplab.vm.Tracebacks.format(e, threads.kernel.runtime()));
        } else {
            sb.append(Ops.str(type)).append('\n');
        }
        threads.kernel.runtime().stderr.write(sb.toString());
        return Py.NONE;
    }

    static boolean callable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }
}
