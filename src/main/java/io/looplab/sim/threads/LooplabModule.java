package io.looplab.sim.threads;

import io.looplab.sim.CpuBurst;
import io.looplab.vm.ClockReading;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.Runtime;

/**
 * {@code from looplab import cpu}: cpu(seconds) is CPU-bound work that holds the GIL for that
 * much virtual time (oracle README, "CPU-bound work"). Being native, it takes precedence over
 * the plain-CPython looplab.py that sits beside the scenarios, as the oracle's module does.
 */
final class LooplabModule {
    private LooplabModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("looplab");
        m.put("__doc__", PyStr.of("LoopLab's simulated machine: cpu(seconds) burns CPU holding the GIL."));
        m.put("cpu", PyBuiltinFunction.of1("cpu", secs -> cpu(rt, secs)));
        return m;
    }

    /** The oracle's cpu(): float() what is not a number, refuse negatives and the unrepresentable. */
    private static PyObject cpu(Runtime rt, PyObject secs) {
        if (!(secs instanceof PyInt || secs instanceof PyFloat)) {
            secs = Ops.call(rt.builtins.get("float"), secs);
        }
        if (Ops.toDouble(secs) < 0) {
            throw PyException.value("cpu time must be non-negative");
        }
        long ns = ClockReading.durationNs(secs);
        if (ns == Long.MIN_VALUE) {
            throw PyException.overflow("cpu time too large");
        }
        return ns == 0 ? Py.NONE : new CpuBurst(ns);
    }
}
