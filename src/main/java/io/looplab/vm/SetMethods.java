package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

/** set and frozenset: constructors, methods and operators (the algorithms are in {@link SetAlgebra}). */
final class SetMethods {
    private SetMethods() {
    }

    static void defineSet(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("set", "__new__", (a, k) -> new PySet((PyType) a[0])));
        t.define("__init__", PyBuiltinFunction.methodN("set", "__init__", (a, k) -> {
            PySet s = (PySet) a[0];
            PyObject iterable = oneArg(s.type().name(), "set", a, k);
            s.clear();
            if (iterable != null) {
                s.update(iterable);
            }
            return Py.NONE;
        }));
        t.define("__hash__", Py.NONE);
        t.define("add", PyBuiltinFunction.method2("set", "add", (s, x) -> {
            ((PySet) s).add(x);
            return Py.NONE;
        }));
        t.define("discard", PyBuiltinFunction.method2("set", "discard", (s, x) -> {
            ((PySet) s).discard(x);
            return Py.NONE;
        }));
        t.define("remove", PyBuiltinFunction.method2("set", "remove", (s, x) -> {
            if (!((PySet) s).discard(x)) {
                throw PyException.key(null, x);
            }
            return Py.NONE;
        }));
        t.define("pop", PyBuiltinFunction.method1("set", "pop", s -> ((PySet) s).pop()));
        t.define("clear", PyBuiltinFunction.method1("set", "clear", s -> {
            ((PySet) s).clear();
            return Py.NONE;
        }));
        t.define("copy", PyBuiltinFunction.method1("set", "copy", s -> SetAlgebra.copy((PySet) s)));
        mutators(t);
        common(t, "set");
    }

    static void defineFrozen(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("frozenset", "__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject iterable = oneArg(cls.name(), "frozenset", a, k);
            if (cls == PySet.FROZEN && iterable instanceof PySet f && f.type() == PySet.FROZEN) {
                return f;
            }
            PySet s = new PySet(cls);
            if (iterable != null) {
                s.update(iterable);
            }
            return s;
        }));
        t.define("__hash__", PyBuiltinFunction.methodN("frozenset", "__hash__",
                (a, k) -> PyInt.of(((PySet) a[0]).frozenHash())));
        t.define("copy", PyBuiltinFunction.method1("frozenset", "copy",
                s -> s.type() == PySet.FROZEN ? s : SetAlgebra.copy((PySet) s)));
        common(t, "frozenset");
    }

    /** The optional single positional argument of set() / frozenset(). */
    private static PyObject oneArg(String typeName, String owner, PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type(owner + "() takes no keyword arguments");
        }
        if (a.length > 2) {
            throw PyException.type(typeName + " expected at most 1 argument, got " + (a.length - 1));
        }
        return a.length == 2 ? a[1] : null;
    }

    private static void mutators(PyType t) {
        t.define("update", PyBuiltinFunction.methodN("set", "update", (a, k) -> {
            for (PyObject o : rest("set.update", a, k)) {
                ((PySet) a[0]).update(o);
            }
            return Py.NONE;
        }));
        t.define("intersection_update", PyBuiltinFunction.methodN("set", "intersection_update", (a, k) -> {
            SetAlgebra.intersectionUpdate((PySet) a[0], rest("set.intersection_update", a, k));
            return Py.NONE;
        }));
        t.define("difference_update", PyBuiltinFunction.methodN("set", "difference_update", (a, k) -> {
            for (PyObject o : rest("set.difference_update", a, k)) {
                SetAlgebra.differenceUpdate((PySet) a[0], o);
            }
            return Py.NONE;
        }));
        t.define("symmetric_difference_update", PyBuiltinFunction.method2("set", "symmetric_difference_update",
                (s, o) -> {
                    SetAlgebra.symmetricDifferenceUpdate((PySet) s, o);
                    return Py.NONE;
                }));
        inplace(t, "__ior__", Operator.BITOR);
        inplace(t, "__iand__", Operator.BITAND);
        inplace(t, "__isub__", Operator.SUB);
        inplace(t, "__ixor__", Operator.BITXOR);
    }

    private static void inplace(PyType t, String name, Operator op) {
        t.define(name, PyBuiltinFunction.method2("set", name, (s, o) -> {
            if (!(o instanceof PySet other)) {
                return Py.NOT_IMPLEMENTED;
            }
            return inplace(op, (PySet) s, other);
        }));
    }

    private static PyObject[] rest(String name, PyObject[] a, String[] k) {
        Args.positional(name, a, k);
        PyObject[] r = new PyObject[a.length - 1];
        System.arraycopy(a, 1, r, 0, r.length);
        return r;
    }

    private static void common(PyType t, String owner) {
        t.define("__len__", PyBuiltinFunction.method1(owner, "__len__", s -> PyInt.of(((PySet) s).size())));
        t.define("__iter__", PyBuiltinFunction.method1(owner, "__iter__", s -> new SetIterator((PySet) s)));
        t.define("__contains__", PyBuiltinFunction.method2(owner, "__contains__",
                (s, x) -> Py.bool(((PySet) s).contains(x))));
        t.define("__repr__", PyBuiltinFunction.method1(owner, "__repr__", s -> PyStr.of(repr((PySet) s))));
        t.define("union", PyBuiltinFunction.methodN(owner, "union",
                (a, k) -> SetAlgebra.union((PySet) a[0], rest(owner + ".union", a, k))));
        t.define("intersection", PyBuiltinFunction.methodN(owner, "intersection",
                (a, k) -> SetAlgebra.intersectionMulti((PySet) a[0], rest(owner + ".intersection", a, k))));
        t.define("difference", PyBuiltinFunction.methodN(owner, "difference",
                (a, k) -> SetAlgebra.differenceMulti((PySet) a[0], rest(owner + ".difference", a, k))));
        t.define("symmetric_difference", PyBuiltinFunction.method2(owner, "symmetric_difference",
                (s, o) -> SetAlgebra.symmetricDifference((PySet) s, o)));
        t.define("issubset", PyBuiltinFunction.method2(owner, "issubset",
                (s, o) -> Py.bool(SetAlgebra.isSubset((PySet) s, o))));
        t.define("issuperset", PyBuiltinFunction.method2(owner, "issuperset",
                (s, o) -> Py.bool(SetAlgebra.isSuperset((PySet) s, o))));
        t.define("isdisjoint", PyBuiltinFunction.method2(owner, "isdisjoint",
                (s, o) -> Py.bool(SetAlgebra.isDisjoint((PySet) s, o))));
        operators(t, owner);
    }

    private static void operators(PyType t, String owner) {
        String[][] names = {{"__or__", "__ror__"}, {"__and__", "__rand__"}, {"__sub__", "__rsub__"},
            {"__xor__", "__rxor__"}};
        Operator[] ops = {Operator.BITOR, Operator.BITAND, Operator.SUB, Operator.BITXOR};
        for (int i = 0; i < ops.length; i++) {
            Operator op = ops[i];
            t.define(names[i][0], PyBuiltinFunction.method2(owner, names[i][0], (a, b) -> binary(op, a, b)));
            t.define(names[i][1], PyBuiltinFunction.method2(owner, names[i][1], (a, b) -> binary(op, b, a)));
        }
        CmpOperator[] cmps = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
            CmpOperator.GT, CmpOperator.GT_E};
        String[] cmpNames = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            CmpOperator op = cmps[i];
            t.define(cmpNames[i], PyBuiltinFunction.method2(owner, cmpNames[i],
                    (a, b) -> SetAlgebra.compare((PySet) a, b, op)));
        }
    }

    private static PyObject binary(Operator op, PyObject a, PyObject b) {
        if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
            return Py.NOT_IMPLEMENTED;
        }
        PyObject r = operator(op, x, y);
        return r == null ? Py.NOT_IMPLEMENTED : r;
    }

    /** set_repr: {1, 2}, set(), frozenset({1}), and Sub({1}) for subclasses. */
    static String repr(PySet s) {
        String name = s.type().name();
        return Repr.container(s, () -> {
            if (s.size() == 0) {
                return name + "()";
            }
            PyObject[] items = s.toArray();
            String body = "{" + Repr.join(items, items.length) + "}";
            return s.type() == PySet.TYPE ? body : name + "(" + body + ")";
        }, name + "(...)");
    }

    /** a op b for two sets (| & - ^), or null for other operators. */
    static PyObject operator(Operator op, PySet a, PySet b) {
        return switch (op) {
            case BITOR -> a == b ? SetAlgebra.copy(a) : SetAlgebra.union(a, new PyObject[] {b});
            case BITAND -> SetAlgebra.intersection(a, b);
            case SUB -> SetAlgebra.difference(a, b);
            case BITXOR -> SetAlgebra.symmetricDifference(a, b);
            default -> null;
        };
    }

    /** a op= b for a mutable set a and any set b (set_ior, set_iand, set_isub, set_ixor). */
    static PyObject inplace(Operator op, PySet a, PySet b) {
        switch (op) {
            case BITOR -> a.update(b);
            case BITAND -> SetAlgebra.intersectionUpdate(a, new PyObject[] {b});
            case SUB -> SetAlgebra.differenceUpdate(a, b);
            case BITXOR -> SetAlgebra.symmetricDifferenceUpdate(a, b);
            default -> {
                return null;
            }
        }
        return a;
    }
}
