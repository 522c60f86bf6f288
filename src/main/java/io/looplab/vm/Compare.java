package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/** Rich comparison: builtin fast paths and the __eq__/__lt__ protocol with reflection. */
final class Compare {
    private Compare() {
    }

    /** Comparison among builtin values, or null if it needs the generic protocol. */
    static PyObject builtin(CmpOperator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            int c = x.isSmall() && y.isSmall() ? Long.compare(x.value, y.value) : x.toBig().compareTo(y.toBig());
            return Py.bool(Arith.compareResult(op, c));
        }
        if (a instanceof PyFloat || b instanceof PyFloat) {
            if (isNumber(a) && isNumber(b)) {
                return Py.bool(numeric(op, a, b));
            }
            return null;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return Py.bool(Arith.compareResult(op, x.compareTo(y)));
        }
        if (a.type() == b.type() && (a instanceof PyList || a instanceof PyTuple) && a.type().isBuiltin()) {
            return sequence(op, items(a), items(b));
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
            return Py.bool(Arith.compareResult(op, java.util.Arrays.compareUnsigned(x.value, y.value)));
        }
        return null;
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static boolean numeric(CmpOperator op, PyObject a, PyObject b) {
        if (a instanceof PyFloat x && b instanceof PyFloat y) {
            return compareDoubles(op, x.value, y.value);
        }
        if (a instanceof PyInt i) {
            int c = Arith.compareIntFloat(i, ((PyFloat) b).value);
            return c != 2 && Arith.compareResult(op, c) || c == 2 && op == CmpOperator.NOT_EQ;
        }
        int c = Arith.compareIntFloat((PyInt) b, ((PyFloat) a).value);
        return c != 2 && Arith.compareResult(op, -c) || c == 2 && op == CmpOperator.NOT_EQ;
    }

    private static boolean compareDoubles(CmpOperator op, double x, double y) {
        return switch (op) {
            case EQ -> x == y;
            case NOT_EQ -> x != y;
            case LT -> x < y;
            case LT_E -> x <= y;
            case GT -> x > y;
            case GT_E -> x >= y;
            default -> false;
        };
    }

    private static PyObject[] items(PyObject o) {
        return o instanceof PyList l ? l.toArray() : ((PyTuple) o).items;
    }

    /** Lexicographic comparison, as list_richcompare: the first unequal pair decides. */
    private static PyObject sequence(CmpOperator op, PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && (a[i] == b[i] || Ops.eqBool(a[i], b[i]))) {
            i++;
        }
        if (i >= n) {
            return Py.bool(Arith.compareResult(op, Integer.compare(a.length, b.length)));
        }
        if (op == CmpOperator.EQ) {
            return Py.FALSE;
        }
        if (op == CmpOperator.NOT_EQ) {
            return Py.TRUE;
        }
        return Ops.compare(op, a[i], b[i]);
    }

    private static final String[] DUNDER = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
    private static final CmpOperator[] SWAPPED = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.GT,
        CmpOperator.GT_E, CmpOperator.LT, CmpOperator.LT_E};

    /** do_richcompare: reflected first if b's type is a proper subclass overriding it. */
    static PyObject rich(CmpOperator op, PyObject a, PyObject b) {
        int k = op.ordinal();
        PyType ta = a.type();
        PyType tb = b.type();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(DUNDER[SWAPPED[k].ordinal()]) != null;
        if (reflectedFirst) {
            PyObject r = tryDunder(b, DUNDER[SWAPPED[k].ordinal()], a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = tryDunder(a, DUNDER[k], b);
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedFirst) {
            r = tryDunder(b, DUNDER[SWAPPED[k].ordinal()], a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == CmpOperator.EQ) {
            return Py.bool(a == b);
        }
        if (op == CmpOperator.NOT_EQ) {
            return Py.bool(a != b);
        }
        throw PyException.type("'" + op.symbol + "' not supported between instances of '" + ta.name() + "' and '"
                + tb.name() + "'");
    }

    private static PyObject tryDunder(PyObject self, String name, PyObject other) {
        PyObject m = self.type().lookup(name);
        if (m == null) {
            return Py.NOT_IMPLEMENTED;
        }
        return Ops.callBound(m, self, other);
    }
}
