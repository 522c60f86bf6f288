package io.looplab.vm;

import io.looplab.lang.Operator;

/** set and frozenset: constructors, methods and the set operators. */
final class SetMethods {
    private SetMethods() {
    }

    static void defineSet(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("set", "__new__", (a, k) -> fill(new PySet(false), a)));
        t.define("add", PyBuiltinFunction.method2("set", "add", (s, x) -> {
            ((PySet) s).add(x);
            return Py.NONE;
        }));
        common(t, "set");
    }

    static void defineFrozen(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("frozenset", "__new__", (a, k) -> fill(new PySet(true), a)));
        common(t, "frozenset");
    }

    private static PySet fill(PySet s, PyObject[] a) {
        if (a.length > 1) {
            for (PyObject x : Ops.toArray(a[1])) {
                s.add(x);
            }
        }
        return s;
    }

    private static void common(PyType t, String owner) {
        t.define("__len__", PyBuiltinFunction.method1(owner, "__len__", s -> PyInt.of(((PySet) s).size())));
        t.define("__iter__", PyBuiltinFunction.method1(owner, "__iter__", s -> Iterators.set((PySet) s)));
        t.define("__contains__", PyBuiltinFunction.method2(owner, "__contains__", (s, x) -> Py.bool(((PySet) s).contains(x))));
        t.define("__eq__", PyBuiltinFunction.method2(owner, "__eq__",
                (a, b) -> b instanceof PySet ? Py.bool(a.equals(b)) : Py.NOT_IMPLEMENTED));
    }

    /** a op b for two sets (| & - ^); the result takes a's kind. */
    static PyObject operator(Operator op, PySet a, PySet b) {
        PySet r;
        switch (op) {
            case BITOR -> {
                r = a.copy(a.isFrozen());
                for (PyObject x : b.toArray()) {
                    r.add(x);
                }
            }
            case BITAND -> {
                r = new PySet(a.isFrozen());
                PySet small = a.size() <= b.size() ? a : b;
                PySet big = small == a ? b : a;
                for (PyObject x : small.toArray()) {
                    if (big.contains(x)) {
                        r.add(x);
                    }
                }
            }
            case SUB -> {
                r = new PySet(a.isFrozen());
                for (PyObject x : a.toArray()) {
                    if (!b.contains(x)) {
                        r.add(x);
                    }
                }
            }
            case BITXOR -> {
                r = new PySet(a.isFrozen());
                for (PyObject x : a.toArray()) {
                    if (!b.contains(x)) {
                        r.add(x);
                    }
                }
                for (PyObject x : b.toArray()) {
                    if (!a.contains(x)) {
                        r.add(x);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return r;
    }

    static PyObject inplace(Operator op, PySet a, PySet b) {
        PyObject r = operator(op, a, b);
        if (r == null) {
            return null;
        }
        PyObject[] items = ((PySet) r).toArray();
        a.clear();
        for (PyObject x : items) {
            a.add(x);
        }
        return a;
    }
}
