package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;

/**
 * bisect (CPython's Modules/_bisectmodule.c): binary search with lo, hi and key=, comparing
 * only with "<" exactly as CPython does (x < a[mid] for the right variants, a[mid] < x for the left).
 */
final class BisectModule {
    private static final String[] PARAMS = {"a", "x", "lo", "hi", "key"};

    private BisectModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("bisect");
        PyBuiltinFunction right = PyBuiltinFunction.ofN("bisect_right", (a, k) -> search("bisect_right", a, k,
                true, false));
        PyBuiltinFunction insortRight = PyBuiltinFunction.ofN("insort_right", (a, k) -> search("insort_right",
                a, k, true, true));
        m.put("bisect_right", right);
        m.put("bisect", right);
        m.put("bisect_left", PyBuiltinFunction.ofN("bisect_left", (a, k) -> search("bisect_left", a, k, false, false)));
        m.put("insort_right", insortRight);
        m.put("insort", insortRight);
        m.put("insort_left", PyBuiltinFunction.ofN("insort_left", (a, k) -> search("insort_left", a, k, false, true)));
        return m;
    }

    /** All four functions: find the index (on key(x) when inserting with a key), then maybe insert x. */
    private static PyObject search(String fn, PyObject[] args, String[] kw, boolean right, boolean insert) {
        NativeTypes.clinicKeywords(fn, kw, PARAMS);
        Args p = new Args(fn, args, kw, PARAMS);
        if (p.positionalCount() > 4) {
            throw PyException.type(fn + " expected at most 4 arguments, got " + p.positionalCount());
        }
        PyObject a = p.require(0);
        PyObject x = p.require(1);
        PyObject key = p.get(4, Py.NONE);
        long lo = p.get(2) == null ? 0 : Ops.index(p.get(2));
        PyObject hiArg = p.get(3, Py.NONE);
        // Argument Clinic maps hi=None to -1, so an explicit -1 also means len(a)
        long hi = hiArg == Py.NONE ? -1 : Ops.index(hiArg);
        PyObject target = insert && key != Py.NONE ? Ops.call(key, x) : x;
        long index = bisect(a, target, lo, hi, key, right);
        if (!insert) {
            return PyInt.of(index);
        }
        if (a instanceof PyList l && l.type() == PyList.TYPE) {
            l.insert((int) index, x);
        } else {
            Ops.callMethod(a, "insert", PyInt.of(index), x);
        }
        return Py.NONE;
    }

    private static long bisect(PyObject a, PyObject item, long lo, long hi, PyObject key, boolean right) {
        if (lo < 0) {
            throw PyException.value("lo must be non-negative");
        }
        if (hi == -1) {
            hi = Ops.len(a);
        }
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject v = Ops.getItem(a, PyInt.of(mid));
            if (key != Py.NONE) {
                v = Ops.call(key, v);
            }
            boolean lt = right ? Ops.compareBool(CmpOperator.LT, item, v) : Ops.compareBool(CmpOperator.LT, v, item);
            if (lt == right) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
