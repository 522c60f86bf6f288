package io.looplab.vm;

import io.looplab.lang.Operator;

/** range's constructor, methods and dunders (Objects/rangeobject.c). */
final class RangeMethods {
    private RangeMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("range", "__new__", RangeMethods::newRange));
        t.define("__len__", PyBuiltinFunction.method1("range", "__len__", r -> len((PyRange) r)));
        t.define("__iter__", PyBuiltinFunction.method1("range", "__iter__", r -> ((PyRange) r).iterator(false)));
        t.define("__reversed__", PyBuiltinFunction.method1("range", "__reversed__",
                r -> ((PyRange) r).iterator(true)));
        t.define("__getitem__", PyBuiltinFunction.method2("range", "__getitem__", RangeMethods::getItem));
        t.define("__contains__", PyBuiltinFunction.method2("range", "__contains__",
                (r, x) -> Py.bool(contains((PyRange) r, x))));
        t.define("__repr__", PyBuiltinFunction.method1("range", "__repr__", r -> PyStr.of(((PyRange) r).repr())));
        t.define("__hash__", PyBuiltinFunction.methodN("range", "__hash__", (a, k) -> PyInt.of(hash((PyRange) a[0]))));
        t.define("__eq__", PyBuiltinFunction.method2("range", "__eq__",
                (a, b) -> b instanceof PyRange ? Py.bool(a.equals(b)) : Py.NOT_IMPLEMENTED));
        t.define("__ne__", PyBuiltinFunction.method2("range", "__ne__",
                (a, b) -> b instanceof PyRange ? Py.bool(!a.equals(b)) : Py.NOT_IMPLEMENTED));
        t.define("__bool__", PyBuiltinFunction.method1("range", "__bool__", r -> Py.bool(((PyRange) r).pyLength.signum() != 0)));
        t.define("index", PyBuiltinFunction.method2("range", "index", RangeMethods::index));
        t.define("count", PyBuiltinFunction.method2("range", "count", RangeMethods::count));
        t.define("start", Descriptors.getter("start", r -> ((PyRange) r).pyStart));
        t.define("stop", Descriptors.getter("stop", r -> ((PyRange) r).pyStop));
        t.define("step", Descriptors.getter("step", r -> ((PyRange) r).pyStep));
    }

    /** len(range): any length that fits a Py_ssize_t. */
    static PyInt len(PyRange r) {
        if (!r.pyLength.isSmall()) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        return r.pyLength;
    }

    private static PyObject newRange(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type("range() takes no keyword arguments");
        }
        int n = a.length - 1;
        if (n == 0) {
            throw PyException.type("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw PyException.type("range expected at most 3 arguments, got " + n);
        }
        if (n == 1) {
            return new PyRange(PyInt.of(0), toInt(a[1]), PyInt.of(1));
        }
        return new PyRange(toInt(a[1]), toInt(a[2]), n == 3 ? toInt(a[3]) : PyInt.of(1));
    }

    /** PyNumber_Index: an int, or the result of __index__. */
    static PyInt toInt(PyObject o) {
        if (o instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject m = o.type().lookup("__index__");
        if (m == null) {
            throw PyException.type("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = Ops.callBound(m, o);
        if (!(r instanceof PyInt i)) {
            throw PyException.type("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    static PyObject getItem(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice s) {
            return slice(r, s);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyException.type("range indices must be integers or slices, not " + key.type().name());
        }
        PyInt i = toInt(key);
        if (i.signum() < 0) {
            i = (PyInt) Ops.binary(Operator.ADD, i, r.pyLength);
        }
        if (i.signum() < 0 || Ops.compareBool(io.looplab.lang.CmpOperator.GT_E, i, r.pyLength)) {
            throw PyException.index("range object index out of range");
        }
        return r.item(i);
    }

    /** compute_slice: the slice's indices mapped through the range, as a new range. */
    private static PyObject slice(PyRange r, PySlice s) {
        if (!r.pyLength.isSmall()) {
            throw PyException.unsupported("slicing a range longer than 2**63");
        }
        long[] ix = s.indices(r.length);
        PyInt start = r.item(PyInt.of(ix[0]));
        PyInt stop = r.item(PyInt.of(ix[1]));
        PyInt step = (PyInt) Ops.binary(Operator.MULT, PyInt.of(ix[2]), r.pyStep);
        return new PyRange(start, stop, step);
    }

    /** range_contains: exact ints (and bools) arithmetically, anything else by equality. */
    static boolean contains(PyRange r, PyObject x) {
        if (x instanceof PyInt i && (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE)) {
            return r.containsInt(i);
        }
        PyObject it = r.iterator(false);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (Ops.eqBool(v, x)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject index(PyObject self, PyObject x) {
        PyRange r = (PyRange) self;
        if (x instanceof PyInt i && (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE)) {
            if (!r.containsInt(i)) {
                throw PyException.value(Ops.repr(x) + " is not in range");
            }
            return Ops.binary(Operator.FLOORDIV, Ops.binary(Operator.SUB, i, r.pyStart), r.pyStep);
        }
        PyObject it = r.iterator(false);
        long n = 0;
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it), n++) {
            if (Ops.eqBool(v, x)) {
                return PyInt.of(n);
            }
        }
        throw PyException.value("sequence.index(x): x not in sequence");
    }

    private static PyObject count(PyObject self, PyObject x) {
        PyRange r = (PyRange) self;
        if (x instanceof PyInt i && (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE)) {
            return PyInt.of(r.containsInt(i) ? 1 : 0);
        }
        long n = 0;
        PyObject it = r.iterator(false);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (Ops.eqBool(v, x)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    /** range_hash: hash((len, start, step)) with None for the parts that do not matter. */
    static long hash(PyRange r) {
        PyObject second = r.pyLength.signum() == 0 ? Py.NONE : r.pyStart;
        PyObject third = r.pyLength.signum() == 0 || r.pyLength.isSmall() && r.pyLength.value == 1 ? Py.NONE : r.pyStep;
        return Ops.hash(PyTuple.of(r.pyLength, second, third));
    }
}
