package io.looplab.sim;

import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The time module on the virtual clock: time/monotonic/perf_counter read it, sleep blocks the
 * calling thread, strftime/localtime show it as UTC wall time (0 is 1970-01-01 00:00:00).
 */
final class TimeModule {
    private TimeModule() {
    }

    static PyModule create(Kernel k) {
        PyModule m = new PyModule("time");
        for (String name : new String[] {"time", "monotonic", "perf_counter", "process_time", "thread_time"}) {
            m.put(name, PyBuiltinFunction.of0(name, () -> k.clockReading()));
        }
        for (String name : new String[] {"time_ns", "monotonic_ns", "perf_counter_ns", "process_time_ns"}) {
            m.put(name, PyBuiltinFunction.of0(name, () -> PyInt.of(k.now())));
        }
        m.put("sleep", PyBuiltinFunction.of1("sleep", secs -> new Sleep(duration(secs, "sleep length"))));
        m.put("strftime", PyBuiltinFunction.ofN("strftime", (a, kw) -> PyStr.of(Strftime.format(Ops.str(a[0]),
                a.length > 1 ? StructTime.toDate(a[1]) : at(k.now())))));
        m.put("localtime", PyBuiltinFunction.ofN("localtime", (a, kw) -> StructTime.of(when(k, a))));
        m.put("gmtime", PyBuiltinFunction.ofN("gmtime", (a, kw) -> StructTime.of(when(k, a))));
        m.put("ctime", PyBuiltinFunction.ofN("ctime", (a, kw) -> PyStr.of(Strftime.format("%a %b %e %H:%M:%S %Y", when(k, a)))));
        m.put("asctime", PyBuiltinFunction.ofN("asctime", (a, kw) -> PyStr.of(Strftime.format("%a %b %e %H:%M:%S %Y",
                a.length > 0 ? StructTime.toDate(a[0]) : at(k.now())))));
        m.put("struct_time", StructTime.TYPE);
        m.put("timezone", PyInt.of(0));
        m.put("tzname", io.looplab.vm.PyTuple.of(PyStr.of("UTC"), PyStr.of("UTC")));
        return m;
    }

    private static ZonedDateTime when(Kernel k, PyObject[] a) {
        if (a.length > 0 && a[0] != Py.NONE) {
            return at((long) Math.floor(Ops.toDouble(a[0])) * Kernel.NS);
        }
        return at(k.now());
    }

    static ZonedDateTime at(long ns) {
        return ZonedDateTime.ofInstant(Instant.ofEpochSecond(Math.floorDiv(ns, Kernel.NS)), ZoneOffset.UTC);
    }

    /** Seconds to integer ns as the oracle rounds them (round(f * 1e9)); negative is an error. */
    static long duration(PyObject secs, String what) {
        if (!(secs instanceof PyInt || secs instanceof PyFloat)) {
            if (secs.type().lookup("__float__") == null && secs.type().lookup("__index__") == null) {
                throw PyException.type("'" + secs.type().name() + "' object cannot be interpreted as an integer");
            }
        }
        double d = Ops.toDouble(secs);
        if (d < 0) {
            throw PyException.value(what + " must be non-negative");
        }
        if (Double.isNaN(d)) {
            throw PyException.value("Invalid value NaN (not a number)");
        }
        if (d > 1e7) {
            throw PyException.overflow(what + " is too large");
        }
        if (secs instanceof PyInt i) {
            return i.longValue() * Kernel.NS;
        }
        return (long) Math.rint(d * 1e9);
    }
}
