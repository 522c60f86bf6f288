package io.looplab.vm;

import io.looplab.lang.CmpOperator;

import java.util.Arrays;

/** list's special methods: items and slices, concatenation and repetition, comparison, repr. */
final class ListDunders {
    private ListDunders() {
    }

    static void define(PyType t) {
        t.define("__hash__", Py.NONE);
        t.define("__len__", PyBuiltinFunction.method1("list", "__len__", x -> PyInt.of(((PyList) x).size())));
        t.define("__iter__", PyBuiltinFunction.method1("list", "__iter__", x -> Iterators.list((PyList) x)));
        t.define("__reversed__", PyBuiltinFunction.method1("list", "__reversed__",
                x -> Iterators.reversedList((PyList) x)));
        t.define("__contains__", PyBuiltinFunction.method2("list", "__contains__", (x, v) -> {
            PyList l = (PyList) x;
            for (int i = 0; i < l.size(); i++) {
                if (ListMethods.eq(l.get(i), v)) {
                    return Py.TRUE;
                }
            }
            return Py.FALSE;
        }));
        t.define("__getitem__", PyBuiltinFunction.method2("list", "__getitem__", ListDunders::getItem));
        t.define("__setitem__", PyBuiltinFunction.method3("list", "__setitem__", (x, k, v) -> {
            setItem((PyList) x, k, v);
            return Py.NONE;
        }));
        t.define("__delitem__", PyBuiltinFunction.method2("list", "__delitem__", (x, k) -> {
            delItem((PyList) x, k);
            return Py.NONE;
        }));
        t.define("__repr__", PyBuiltinFunction.method1("list", "__repr__", x -> PyStr.of(repr((PyList) x))));
        arithmetic(t);
        comparisons(t);
    }

    static String repr(PyList l) {
        return Repr.container(l, () -> "[" + Repr.join(l.items, l.size()) + "]", "[...]");
    }

    private static void arithmetic(PyType t) {
        t.define("__add__", PyBuiltinFunction.method2("list", "__add__", (x, y) -> {
            if (!(y instanceof PyList b)) {
                throw PyException.type("can only concatenate list (not \"" + y.type().name() + "\") to list");
            }
            PyList a = (PyList) x;
            PyObject[] r = Arrays.copyOf(a.items, a.size() + b.size());
            System.arraycopy(b.items, 0, r, a.size(), b.size());
            return new PyList(r, r.length);
        }));
        t.define("__iadd__", PyBuiltinFunction.method2("list", "__iadd__", (x, y) -> {
            ListMethods.extend((PyList) x, y);
            return x;
        }));
        t.define("__mul__", PyBuiltinFunction.method2("list", "__mul__", ListDunders::repeat));
        t.define("__rmul__", PyBuiltinFunction.method2("list", "__rmul__", ListDunders::repeat));
        t.define("__imul__", PyBuiltinFunction.method2("list", "__imul__", (x, n) -> {
            PyList l = (PyList) x;
            long k = repeatCount(n);
            if (k == Long.MIN_VALUE) {
                return Py.NOT_IMPLEMENTED;
            }
            PyObject[] src = l.toArray();
            l.clear();
            l.ensureCapacity(checkedSize(src.length, k));
            for (long i = 0; i < k; i++) {
                l.extend(src, src.length);
            }
            return l;
        }));
    }

    /** The repeat count for seq * n, or Long.MIN_VALUE to answer NotImplemented (n has __rmul__). */
    static long repeatCount(PyObject n) {
        if (n instanceof PyInt i) {
            return i.isSmall() ? Math.max(0, i.value) : i.signum() < 0 ? 0 : Long.MAX_VALUE;
        }
        if (n.type().lookup("__index__") != null) {
            return Math.max(0, Ops.index(n));
        }
        if (!n.type().isBuiltin() && n.type().lookup("__rmul__") != null) {
            return Long.MIN_VALUE;
        }
        throw PyException.type("can't multiply sequence by non-int of type '" + n.type().name() + "'");
    }

    static int checkedSize(int len, long k) {
        if (len != 0 && k > Integer.MAX_VALUE / 2 / len) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return (int) (len * k);
    }

    private static PyObject repeat(PyObject x, PyObject n) {
        PyList l = (PyList) x;
        long k = repeatCount(n);
        if (k == Long.MIN_VALUE) {
            return Py.NOT_IMPLEMENTED;
        }
        int len = l.size();
        PyObject[] r = new PyObject[checkedSize(len, len == 0 ? 0 : k)];
        for (int i = 0; i < r.length; i += len) {
            System.arraycopy(l.items, 0, r, i, len);
        }
        return new PyList(r, r.length);
    }

    static PyObject getItem(PyObject x, PyObject key) {
        PyList l = (PyList) x;
        if (key instanceof PySlice s) {
            PyObject[] r = Items.slice(l.items, l.size(), s);
            return new PyList(r, r.length);
        }
        return l.get(Items.index(key, l.size(), "list"));
    }

    static void setItem(PyList l, PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            ListSlices.assign(l, s, value);
        } else {
            l.set(Items.index(key, l.size(), "list assignment"), value);
        }
    }

    static void delItem(PyList l, PyObject key) {
        if (key instanceof PySlice s) {
            ListSlices.delete(l, s);
        } else {
            l.remove(Items.index(key, l.size(), "list assignment"));
        }
    }

    private static void comparisons(PyType t) {
        CmpOperator[] ops = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
            CmpOperator.GT, CmpOperator.GT_E};
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < ops.length; i++) {
            CmpOperator op = ops[i];
            t.define(names[i], PyBuiltinFunction.method2("list", names[i], (a, b) -> {
                if (!(b instanceof PyList y)) {
                    return Py.NOT_IMPLEMENTED;
                }
                PyList x = (PyList) a;
                if (x.size() != y.size() && (op == CmpOperator.EQ || op == CmpOperator.NOT_EQ)) {
                    return Py.bool(op == CmpOperator.NOT_EQ);
                }
                return compareSequences(op, x.toArray(), y.toArray());
            }));
        }
    }

    /** list_richcompare / tuplerichcompare: the first unequal pair decides, else the lengths. */
    static PyObject compareSequences(CmpOperator op, PyObject[] a, PyObject[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && (a[i] == b[i] || Ops.eqBool(a[i], b[i]))) {
            i++;
        }
        if (i >= n) {
            int c = Integer.compare(a.length, b.length);
            return Py.bool(switch (op) {
                case EQ -> c == 0;
                case NOT_EQ -> c != 0;
                case LT -> c < 0;
                case LT_E -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            });
        }
        if (op == CmpOperator.EQ) {
            return Py.FALSE;
        }
        if (op == CmpOperator.NOT_EQ) {
            return Py.TRUE;
        }
        return Ops.compare(op, a[i], b[i]);
    }
}
