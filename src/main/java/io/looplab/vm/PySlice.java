package io.looplab.vm;

/** A slice object {@code start:stop:step} (any part may be None). */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, null, t -> { });

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
