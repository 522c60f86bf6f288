package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

/** Builtins over iterables: sorted, min, max, sum, any, all and the lazy types of {@link SeqIterators}. */
final class SequenceBuiltins {
    private SequenceBuiltins() {
    }

    static void define(PyDict b) {
        b.put("enumerate", SeqIterators.ENUMERATE);
        b.put("zip", SeqIterators.ZIP);
        b.put("map", SeqIterators.MAP);
        b.put("filter", SeqIterators.FILTER);
        b.put("reversed", SeqIterators.REVERSED);
        b.put("sum", PyBuiltinFunction.ofN("sum", SequenceBuiltins::sum));
        b.put("min", PyBuiltinFunction.ofN("min", (a, k) -> minMax(a, k, CmpOperator.LT, "min")));
        b.put("max", PyBuiltinFunction.ofN("max", (a, k) -> minMax(a, k, CmpOperator.GT, "max")));
        b.put("sorted", PyBuiltinFunction.ofN("sorted", SequenceBuiltins::sorted));
        b.put("any", PyBuiltinFunction.of1("any", o -> {
            PyObject it = Ops.iter(o);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                if (Ops.isTrue(v)) {
                    return Py.TRUE;
                }
            }
            return Py.FALSE;
        }));
        b.put("all", PyBuiltinFunction.of1("all", o -> {
            PyObject it = Ops.iter(o);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                if (!Ops.isTrue(v)) {
                    return Py.FALSE;
                }
            }
            return Py.TRUE;
        }));
    }

    /** sum(iterable, /, start=0): 3.11 adds left to right (no compensated float summation yet). */
    private static PyObject sum(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        PyObject start = npos > 1 ? a[1] : null;
        if (a.length > 2) {
            throw PyException.type("sum() takes at most 2 arguments (" + a.length + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("start")) {
                throw PyException.type("'" + k[i] + "' is an invalid keyword argument for sum()");
            }
            if (start != null) {
                throw PyException.type("argument for sum() given by name ('start') and position (2)");
            }
            start = a[npos + i];
        }
        if (npos < 1) {
            throw PyException.type("sum() takes at least 1 positional argument (0 given)");
        }
        if (start instanceof PyStr) {
            throw PyException.type("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (start instanceof PyBytes) {
            throw PyException.type("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        PyObject total = start != null ? start : PyInt.of(0);
        PyObject it = Ops.iter(a[0]);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            total = Ops.binary(Operator.ADD, total, v);
        }
        return total;
    }

    /** min_max in bltinmodule.c: the first of equal extremes wins; key=None means no key. */
    private static PyObject minMax(PyObject[] a, String[] k, CmpOperator op, String name) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        PyObject key = null;
        PyObject dflt = null;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[npos + i];
            switch (k[i]) {
                case "key" -> key = v == Py.NONE ? null : v;
                case "default" -> dflt = v;
                default -> throw PyException.type("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (npos == 0) {
            throw PyException.type(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw PyException.type("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject it = Ops.iter(npos > 1 ? PyTuple.of(java.util.Arrays.copyOf(a, npos)) : a[0]);
        PyObject best = null;
        PyObject bestVal = null;
        for (PyObject item = Ops.next(it); item != null; item = Ops.next(it)) {
            PyObject val = key != null ? Ops.call(key, item) : item;
            if (bestVal == null || Ops.compareBool(op, val, bestVal)) {
                best = item;
                bestVal = val;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyException.value(name + "() arg is an empty sequence");
        }
        return best;
    }

    /** sorted(iterable, /, *, key=None, reverse=False): list(iterable).sort(...). */
    private static PyObject sorted(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - nkw;
        if (npos != 1) {
            throw PyException.type("sorted expected 1 argument, got " + npos);
        }
        PyObject[] items = Ops.toArray(a[0]);
        PyList l = new PyList(items, items.length);
        PyObject[] sortArgs = new PyObject[nkw + 1];
        sortArgs[0] = l;
        System.arraycopy(a, npos, sortArgs, 1, nkw);
        ListMethods.sortMethod(sortArgs, k);
        return l;
    }
}
