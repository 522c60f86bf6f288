package io.looplab.vm;

import java.util.Map;

/** dict's constructor, methods and operators (dictobject.c), for dict and its subclasses. */
final class DictMethods {
    private DictMethods() {
    }

    static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN("dict", "__init__", (a, k) -> {
            update((PyDict) a[0], a, k, "dict");
            return Py.NONE;
        }));
        t.define("update", PyBuiltinFunction.methodN("dict", "update", (a, k) -> {
            update((PyDict) a[0], a, k, "update");
            return Py.NONE;
        }));
        t.define("__hash__", Py.NONE);
        t.define("keys", PyBuiltinFunction.method1("dict", "keys", d -> new DictView((PyDict) d, DictView.Kind.KEYS)));
        t.define("values", PyBuiltinFunction.method1("dict", "values",
                d -> new DictView((PyDict) d, DictView.Kind.VALUES)));
        t.define("items", PyBuiltinFunction.method1("dict", "items", d -> new DictView((PyDict) d, DictView.Kind.ITEMS)));
        t.define("get", PyBuiltinFunction.methodN("dict", "get", (a, k) -> {
            PyObject[] p = positional("get", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).get(p[0]);
            return v != null ? v : p.length > 1 ? p[1] : Py.NONE;
        }));
        t.define("setdefault", PyBuiltinFunction.methodN("dict", "setdefault", (a, k) -> {
            PyObject[] p = positional("setdefault", a, k, 1, 2);
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(p[0]);
            if (v == null) {
                v = p.length > 1 ? p[1] : Py.NONE;
                d.put(p[0], v);
            }
            return v;
        }));
        t.define("pop", PyBuiltinFunction.methodN("dict", "pop", (a, k) -> {
            PyObject[] p = positional("pop", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).remove(p[0]);
            if (v == null) {
                if (p.length > 1) {
                    return p[1];
                }
                throw PyException.key(null, p[0]);
            }
            return v;
        }));
        t.define("popitem", PyBuiltinFunction.method1("dict", "popitem", d -> {
            Map.Entry<PyObject, PyObject> e = ((PyDict) d).popLast();
            if (e == null) {
                throw PyException.key("popitem(): dictionary is empty", null);
            }
            return PyTuple.of(e.getKey(), e.getValue());
        }));
        t.define("copy", PyBuiltinFunction.method1("dict", "copy", d -> ((PyDict) d).copy()));
        t.define("clear", PyBuiltinFunction.method1("dict", "clear", d -> {
            ((PyDict) d).clear();
            return Py.NONE;
        }));
        t.define("fromkeys", PyBuiltinFunction.classMethodN("dict", "fromkeys", DictMethods::fromKeys));
        dunders(t);
        DictDunders.define(t);
    }

    private static void dunders(PyType t) {
        t.define("__len__", PyBuiltinFunction.method1("dict", "__len__", x -> PyInt.of(((PyDict) x).size())));
        t.define("__iter__", PyBuiltinFunction.method1("dict", "__iter__", x -> Iterators.dictKeys((PyDict) x)));
        t.define("__reversed__", PyBuiltinFunction.method1("dict", "__reversed__",
                x -> new DictIterator((PyDict) x, DictView.Kind.KEYS, true)));
        t.define("__getitem__", PyBuiltinFunction.method2("dict", "__getitem__", DictMethods::getItem));
        t.define("__setitem__", PyBuiltinFunction.method3("dict", "__setitem__", (d, key, v) -> {
            ((PyDict) d).put(key, v);
            return Py.NONE;
        }));
        t.define("__delitem__", PyBuiltinFunction.method2("dict", "__delitem__", (d, key) -> {
            if (((PyDict) d).remove(key) == null) {
                throw PyException.key(null, key);
            }
            return Py.NONE;
        }));
        t.define("__contains__", PyBuiltinFunction.method2("dict", "__contains__",
                (d, key) -> Py.bool(((PyDict) d).containsKey(key))));
        t.define("__repr__", PyBuiltinFunction.method1("dict", "__repr__", d -> PyStr.of(repr((PyDict) d))));
    }

    /** dict_subscript: a subclass's __missing__ supplies absent keys (defaultdict, Counter). */
    static PyObject getItem(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.type() != PyDict.TYPE) {
            PyObject missing = d.type().lookup("__missing__");
            if (missing != null) {
                return Ops.callBound(missing, d, key);
            }
        }
        throw PyException.key(null, key);
    }

    static String repr(PyDict d) {
        return Repr.container(d, () -> {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < d.entryCount(); i++) {
                PyObject k = d.keyAt(i);
                if (k == null) {
                    continue;
                }
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(k)).append(": ").append(Ops.repr(d.valueAt(i)));
            }
            return sb.append('}').toString();
        }, "{...}");
    }

    /** The positional arguments after self, between min and max of them; no keywords. */
    private static PyObject[] positional(String name, PyObject[] a, String[] k, int min, int max) {
        if (k != null && k.length > 0) {
            throw PyException.type(name + "() takes no keyword arguments");
        }
        int n = a.length - 1;
        if (n < min || n > max) {
            throw PyException.type(name + " expected " + (n < min ? "at least " + min : "at most " + max)
                    + " argument" + ((n < min ? min : max) == 1 ? "" : "s") + ", got " + n);
        }
        PyObject[] p = new PyObject[n];
        System.arraycopy(a, 1, p, 0, n);
        return p;
    }

    /** dict(...) / d.update(...): one optional mapping or iterable of pairs, then keyword arguments. */
    static void update(PyDict d, PyObject[] a, String[] k, String name) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        if (npos > 1) {
            throw PyException.type(name + " expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            updateFrom(d, a[1]);
        }
        for (int i = 0; i < nkw; i++) {
            d.put(PyStr.of(k[i]), a[a.length - nkw + i]);
        }
    }

    /** dict_update_arg: a dict (not overriding __iter__), else anything with keys(), else pairs. */
    static void updateFrom(PyDict d, PyObject other) {
        if (other instanceof PyDict o && (o.type() == PyDict.TYPE || o.type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__"))) {
            if (o != d) {
                d.putAll(o);
            }
            return;
        }
        PyObject keys = Attributes.lookupOrNull(other, "keys");
        if (keys != null) {
            PyObject it = Ops.iter(Ops.call(keys));
            for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
                d.put(key, Ops.getItem(other, key));
            }
            return;
        }
        mergeFromSeq2(d, other);
    }

    private static void mergeFromSeq2(PyDict d, PyObject seq) {
        PyObject it = Ops.iter(seq);
        int i = 0;
        for (PyObject item = Ops.next(it); item != null; item = Ops.next(it), i++) {
            PyObject[] kv;
            try {
                kv = Ops.toArray(item);
            } catch (PyException e) {
                if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    throw PyException.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyException.value("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
        }
    }

    /** dict.fromkeys(iterable, value=None), a class method: subclasses get their own type. */
    private static PyObject fromKeys(PyObject[] a, String[] k) {
        PyObject[] p = positional("fromkeys", a, k, 1, 2);
        PyObject value = p.length > 1 ? p[1] : Py.NONE;
        PyObject d = Ops.call(a[0]);
        PyObject it = Ops.iter(p[0]);
        for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
            if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) {
                pd.put(key, value);
            } else {
                Ops.setItem(d, key, value);
            }
        }
        return d;
    }
}
