package io.looplab.vm;

/** A slice object {@code start:stop:step} (any part may be None). */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, null, PySlice::define);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("slice", "__new__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyException.type("slice() takes no keyword arguments");
            }
            return switch (a.length - 1) {
                case 1 -> new PySlice(Py.NONE, a[1], Py.NONE);
                case 2 -> new PySlice(a[1], a[2], Py.NONE);
                case 3 -> new PySlice(a[1], a[2], a[3]);
                default -> throw PyException.type(a.length == 1 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + (a.length - 1));
            };
        }));
        t.define("start", Descriptors.getter("start", o -> ((PySlice) o).start));
        t.define("stop", Descriptors.getter("stop", o -> ((PySlice) o).stop));
        t.define("step", Descriptors.getter("step", o -> ((PySlice) o).step));
        t.define("indices", PyBuiltinFunction.method2("slice", "indices", (o, n) -> {
            long len = Ops.index(n);
            if (len < 0) {
                throw PyException.value("length should not be negative");
            }
            long[] ix = ((PySlice) o).indices(len);
            return PyTuple.of(PyInt.of(ix[0]), PyInt.of(ix[1]), PyInt.of(ix[2]));
        }));
        t.define("__eq__", PyBuiltinFunction.method2("slice", "__eq__", (a, b) -> b instanceof PySlice s
                ? Ops.compare(io.looplab.lang.CmpOperator.EQ, tuple((PySlice) a), tuple(s)) : Py.NOT_IMPLEMENTED));
        t.define("__hash__", Py.NONE);
    }

    private static PyTuple tuple(PySlice s) {
        return PyTuple.of(s.start, s.stop, s.step);
    }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, count} clamped to a sequence of length n. */
    public long[] indices(long n) {
        long st = step == Py.NONE ? 1 : Ops.index(step);
        if (st == 0) {
            throw PyException.value("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = bound(start, n, 0, 0, n);
            hi = bound(stop, n, n, 0, n);
        } else {
            lo = bound(start, n, n - 1, -1, n - 1);
            hi = bound(stop, n, -1, -1, n - 1);
        }
        long count;
        if (st > 0) {
            count = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            count = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new long[] {lo, hi, st, count};
    }

    private static long bound(PyObject v, long n, long dflt, long lower, long upper) {
        if (v == Py.NONE) {
            return dflt;
        }
        long x = Ops.index(v);
        if (x < 0) {
            x += n;
            if (x < lower) {
                x = lower;
            }
        } else if (x > upper) {
            x = upper;
        }
        return x;
    }
}
