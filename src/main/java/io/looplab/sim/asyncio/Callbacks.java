package io.looplab.sim.asyncio;

import io.looplab.vm.Ops;
import io.looplab.vm.PyObject;

/** How asyncio describes a callback in reprs and error messages (format_helpers._format_callback). */
final class Callbacks {
    private Callbacks() {
    }

    /** For reprs the program may print: CPython's format, which may call the arguments' __repr__. */
    static String format(PyObject fn, PyObject[] args) {
        StringBuilder sb = new StringBuilder(name(fn)).append('(');
        if (args != null) {
            for (int i = 0; i < args.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Ops.repr(args[i]));
            }
        }
        return sb.append(')').toString();
    }

    /** For the trace: never runs Python code (futures and tasks by name, other values by safe repr). */
    static String describe(PyObject fn, PyObject[] args) {
        StringBuilder sb = new StringBuilder(name(fn)).append('(');
        if (args != null) {
            for (int i = 0; i < args.length; i++) {
                PyObject a = args[i];
                sb.append(i > 0 ? ", " : "").append(a instanceof Task t ? "<Task " + t.name + ">"
                        : a instanceof Future f ? "<Future-" + f.id + ">" : Ops.safeRepr(a));
            }
        }
        return sb.append(')').toString();
    }

    private static String name(PyObject fn) {
        if (fn instanceof io.looplab.vm.PyFunction f) {
            return f.qualname;
        }
        if (fn instanceof io.looplab.vm.PyBoundMethod m && m.function instanceof io.looplab.vm.PyFunction f) {
            return f.qualname;
        }
        if (fn instanceof io.looplab.vm.PyBuiltinFunction b) {
            return b.displayName();
        }
        return "<" + fn.type().name() + ">";
    }
}
