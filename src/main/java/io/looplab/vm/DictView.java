package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/**
 * dict.keys(), dict.values() and dict.items(): live views of a dict. Keys and items views are
 * set-like (dictobject.c's dictviews_and/or/sub/xor and dictview_richcompare).
 */
public final class DictView extends PyObject {
    /** Which view. */
    public enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEYS = viewType("dict_keys", Kind.KEYS);
    static final PyType VALUES = viewType("dict_values", Kind.VALUES);
    static final PyType ITEMS = viewType("dict_items", Kind.ITEMS);

    final PyDict dict;
    final Kind kind;

    DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    private static PyType viewType(String name, Kind kind) {
        return PyType.builtin(name, PyType.OBJECT, null, t -> {
            t.define("__iter__", PyBuiltinFunction.method1(name, "__iter__", v -> ((DictView) v).iterator(false)));
            t.define("__reversed__", PyBuiltinFunction.method1(name, "__reversed__",
                    v -> ((DictView) v).iterator(true)));
            t.define("__len__", PyBuiltinFunction.method1(name, "__len__", v -> PyInt.of(((DictView) v).dict.size())));
            t.define("__repr__", PyBuiltinFunction.method1(name, "__repr__", v -> PyStr.of(Repr.container(v, () -> {
                PyObject[] items = Ops.toArray(v);
                return name + "([" + Repr.join(items, items.length) + "])";
            }, "..."))));
            t.define("__contains__", PyBuiltinFunction.method2(name, "__contains__",
                    (v, x) -> Py.bool(((DictView) v).contains(x))));
            if (kind != Kind.VALUES) {
                setLike(t, name);
            }
        });
    }

    private static void setLike(PyType t, String name) {
        t.define("__hash__", Py.NONE);
        t.define("isdisjoint", PyBuiltinFunction.method2(name, "isdisjoint", DictView::isDisjoint));
        t.define("__and__", PyBuiltinFunction.method2(name, "__and__", DictView::and));
        t.define("__rand__", PyBuiltinFunction.method2(name, "__rand__", (a, b) -> and(b, a)));
        t.define("__or__", PyBuiltinFunction.method2(name, "__or__", DictView::or));
        t.define("__ror__", PyBuiltinFunction.method2(name, "__ror__", (a, b) -> or(b, a)));
        t.define("__sub__", PyBuiltinFunction.method2(name, "__sub__", DictView::sub));
        t.define("__rsub__", PyBuiltinFunction.method2(name, "__rsub__", (a, b) -> sub(b, a)));
        t.define("__xor__", PyBuiltinFunction.method2(name, "__xor__", DictView::xor));
        t.define("__rxor__", PyBuiltinFunction.method2(name, "__rxor__", (a, b) -> xor(b, a)));
        CmpOperator[] cmps = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
            CmpOperator.GT, CmpOperator.GT_E};
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            CmpOperator op = cmps[i];
            t.define(names[i], PyBuiltinFunction.method2(name, names[i], (a, b) -> compare((DictView) a, b, op)));
        }
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS;
            case VALUES -> VALUES;
            case ITEMS -> ITEMS;
        };
    }

    PyIterator iterator(boolean reversed) {
        return new DictIterator(dict, kind, reversed);
    }

    boolean contains(PyObject x) {
        return switch (kind) {
            case KEYS -> dict.containsKey(x);
            case VALUES -> Items.contains(PyList.of(Ops.toArray(this)), x);
            case ITEMS -> {
                if (!(x instanceof PyTuple tu) || tu.size() != 2) {
                    yield false;
                }
                PyObject v = dict.get(tu.get(0));
                yield v != null && Ops.eqBool(v, tu.get(1));
            }
        };
    }

    private static boolean isSetLike(PyObject o) {
        return o instanceof PySet || o instanceof DictView v && v.kind != Kind.VALUES;
    }

    /** dictviews_to_set: a keys view of an exact dict builds from the dict (the presized path). */
    private static PySet toSet(PyObject self) {
        PySet s = new PySet(false);
        if (self instanceof DictView v && v.kind == Kind.KEYS && v.dict.type() == PyDict.TYPE) {
            s.update(v.dict);
        } else {
            s.update(self);
        }
        return s;
    }

    /** _PyDictView_Intersect (either operand may be the view). */
    private static PyObject and(PyObject self, PyObject other) {
        if (!(self instanceof DictView)) {
            PyObject tmp = other;
            other = self;
            self = tmp;
        }
        DictView view = (DictView) self;
        if (other instanceof PySet s && s.type() == PySet.TYPE && view.dict.size() <= s.size()) {
            return SetAlgebra.intersectionMulti(s, new PyObject[] {view});
        }
        if (other instanceof DictView o && o.kind != Kind.VALUES && o.dict.size() > view.dict.size()) {
            DictView tmp = view;
            view = o;
            other = tmp;
        }
        PySet result = new PySet(false);
        PyObject it = Ops.iter(other);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (view.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    private static PyObject or(PyObject self, PyObject other) {
        PySet r = toSet(self);
        r.update(other);
        return r;
    }

    private static PyObject sub(PyObject self, PyObject other) {
        PySet r = toSet(self);
        SetAlgebra.differenceUpdate(r, other);
        return r;
    }

    private static PyObject xor(PyObject self, PyObject other) {
        if (self instanceof DictView a && a.kind == Kind.ITEMS && other instanceof DictView b && b.kind == Kind.ITEMS) {
            return itemsXor(a.dict, b.dict);
        }
        PySet r = toSet(self);
        SetAlgebra.symmetricDifferenceUpdate(r, other);
        return r;
    }

    /** dictitems_xor: pairs of d2 not equal in d1, then what is left of d1. */
    private static PyObject itemsXor(PyDict d1, PyDict d2) {
        PyDict temp = d1.copy();
        PySet result = new PySet(false);
        for (int i = 0; i < d2.entryCount(); i++) {
            PyObject k = d2.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject v2 = d2.valueAt(i);
            PyObject v1 = temp.get(k);
            if (v1 != null && Ops.eqBool(v1, v2)) {
                temp.remove(k);
            } else {
                result.add(PyTuple.of(k, v2));
            }
        }
        result.update(new DictView(temp, Kind.ITEMS));
        return result;
    }

    private static PyObject isDisjoint(PyObject self, PyObject other) {
        DictView view = (DictView) self;
        if (other == self) {
            return Py.bool(view.dict.size() == 0);
        }
        PyObject it = Ops.iter(other);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (view.contains(k)) {
                return Py.FALSE;
            }
        }
        return Py.TRUE;
    }

    /** dictview_richcompare: set-like comparison by containment. */
    private static PyObject compare(DictView self, PyObject other, CmpOperator op) {
        if (!isSetLike(other)) {
            return Py.NOT_IMPLEMENTED;
        }
        int a = self.dict.size();
        int b = Ops.len(other);
        return Py.bool(switch (op) {
            case EQ -> a == b && allIn(self, other);
            case NOT_EQ -> !(a == b && allIn(self, other));
            case LT -> a < b && allIn(self, other);
            case LT_E -> a <= b && allIn(self, other);
            case GT -> a > b && allIn(other, self);
            case GT_E -> a >= b && allIn(other, self);
            default -> false;
        });
    }

    private static boolean allIn(PyObject self, PyObject other) {
        PyObject it = Ops.iter(self);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (!Ops.contains(other, k)) {
                return false;
            }
        }
        return true;
    }
}
