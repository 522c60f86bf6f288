package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/** tuple's constructor, methods and dunders (Objects/tupleobject.c), for tuple and its subclasses. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("tuple", "__new__", (a, k) -> {
            if (k != null && k.length > 0 && a[0] == PyTuple.TYPE) {
                throw PyException.type("tuple() takes no keyword arguments");
            }
            int npos = a.length - 1 - (k == null ? 0 : k.length);
            if (npos > 1) {
                throw PyException.type("tuple expected at most 1 argument, got " + npos);
            }
            PyType cls = (PyType) a[0];
            if (cls == PyTuple.TYPE && npos == 1 && a[1] instanceof PyTuple given && given.type() == PyTuple.TYPE) {
                return given;
            }
            PyObject[] items = npos == 1 ? Ops.toArray(a[1]) : new PyObject[0];
            return cls == PyTuple.TYPE ? PyTuple.of(items) : PyTuple.ofType(cls, items);
        }));
        t.define("__len__", PyBuiltinFunction.method1("tuple", "__len__", x -> PyInt.of(((PyTuple) x).size())));
        t.define("__getitem__", PyBuiltinFunction.method2("tuple", "__getitem__", (x, i) -> {
            PyTuple tu = (PyTuple) x;
            return i instanceof PySlice s ? PyTuple.of(Items.slice(tu.items, tu.size(), s))
                    : tu.get(Items.index(i, tu.size(), "tuple"));
        }));
        t.define("__iter__", PyBuiltinFunction.method1("tuple", "__iter__",
                x -> Iterators.array(Iterators.TUPLE_ITERATOR, ((PyTuple) x).items, ((PyTuple) x).size())));
        t.define("__contains__", PyBuiltinFunction.method2("tuple", "__contains__",
                (x, v) -> Py.bool(count((PyTuple) x, v, true) > 0)));
        t.define("__repr__", PyBuiltinFunction.method1("tuple", "__repr__", x -> PyStr.of(repr((PyTuple) x))));
        t.define("__hash__", PyBuiltinFunction.methodN("tuple", "__hash__", (a, k) -> PyInt.of(Ops.hash(a[0]))));
        t.define("__getnewargs__", PyBuiltinFunction.method1("tuple", "__getnewargs__",
                x -> PyTuple.of(PyTuple.of(((PyTuple) x).items.clone()))));
        t.define("count", PyBuiltinFunction.method2("tuple", "count", (x, v) -> PyInt.of(count((PyTuple) x, v, false))));
        t.define("index", PyBuiltinFunction.methodN("tuple", "index", TupleMethods::index));
        arithmetic(t);
        comparisons(t);
    }

    static String repr(PyTuple tu) {
        if (tu.size() == 0) {
            return "()";
        }
        return Repr.container(tu, () -> "(" + Repr.join(tu.items, tu.size()) + (tu.size() == 1 ? ",)" : ")"), "(...)");
    }

    /** How many items equal v (identity first); with firstOnly, stops at the first. */
    private static int count(PyTuple tu, PyObject v, boolean firstOnly) {
        int n = 0;
        for (PyObject x : tu.items) {
            if (ListMethods.eq(x, v)) {
                n++;
                if (firstOnly) {
                    return n;
                }
            }
        }
        return n;
    }

    private static PyObject index(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("index", a, k);
        if (p.length < 2 || p.length > 4) {
            throw PyException.type("index expected " + (p.length < 2 ? "at least 1 argument" : "at most 3 arguments")
                    + ", got " + (p.length - 1));
        }
        PyTuple tu = (PyTuple) p[0];
        long start = p.length > 2 ? ListMethods.sliceIndex(p[2], tu.size()) : 0;
        long stop = p.length > 3 ? ListMethods.sliceIndex(p[3], tu.size()) : Long.MAX_VALUE;
        for (long i = start; i < stop && i < tu.size(); i++) {
            if (ListMethods.eq(tu.get((int) i), p[1])) {
                return PyInt.of(i);
            }
        }
        throw PyException.value("tuple.index(x): x not in tuple");
    }

    private static void arithmetic(PyType t) {
        t.define("__add__", PyBuiltinFunction.method2("tuple", "__add__", (x, y) -> {
            if (!(y instanceof PyTuple b)) {
                throw PyException.type("can only concatenate tuple (not \"" + y.type().name() + "\") to tuple");
            }
            PyTuple a = (PyTuple) x;
            PyObject[] r = java.util.Arrays.copyOf(a.items, a.size() + b.size());
            System.arraycopy(b.items, 0, r, a.size(), b.size());
            return PyTuple.of(r);
        }));
        t.define("__mul__", PyBuiltinFunction.method2("tuple", "__mul__", TupleMethods::repeat));
        t.define("__rmul__", PyBuiltinFunction.method2("tuple", "__rmul__", TupleMethods::repeat));
    }

    private static PyObject repeat(PyObject x, PyObject n) {
        PyTuple tu = (PyTuple) x;
        long k = ListDunders.repeatCount(n);
        if (k == Long.MIN_VALUE) {
            return Py.NOT_IMPLEMENTED;
        }
        if (k == 1 && tu.type() == PyTuple.TYPE) {
            return tu;
        }
        int len = tu.size();
        PyObject[] r = new PyObject[ListDunders.checkedSize(len, len == 0 ? 0 : k)];
        for (int i = 0; i < r.length; i += len) {
            System.arraycopy(tu.items, 0, r, i, len);
        }
        return PyTuple.of(r);
    }

    private static void comparisons(PyType t) {
        CmpOperator[] ops = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
            CmpOperator.GT, CmpOperator.GT_E};
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < ops.length; i++) {
            CmpOperator op = ops[i];
            t.define(names[i], PyBuiltinFunction.method2("tuple", names[i], (a, b) -> b instanceof PyTuple y
                    ? ListDunders.compareSequences(op, ((PyTuple) a).items, y.items) : Py.NOT_IMPLEMENTED));
        }
    }
}
