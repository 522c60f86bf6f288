package io.looplab.vm;

/** dict's constructor and methods. */
final class DictMethods {
    private DictMethods() {
    }

    static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN("dict", "__init__", (a, k) -> {
            PyDict d = (PyDict) a[0];
            int nkw = k == null ? 0 : k.length;
            if (a.length - nkw > 1) {
                Builders.dictUpdate(d, a[1], false);
            }
            for (int i = 0; i < nkw; i++) {
                d.put(PyStr.of(k[i]), a[a.length - nkw + i]);
            }
            return Py.NONE;
        }));
        t.define("items", PyBuiltinFunction.method1("dict", "items", d -> new DictView((PyDict) d, DictView.Kind.ITEMS)));
        t.define("keys", PyBuiltinFunction.method1("dict", "keys", d -> new DictView((PyDict) d, DictView.Kind.KEYS)));
        t.define("values", PyBuiltinFunction.method1("dict", "values", d -> new DictView((PyDict) d, DictView.Kind.VALUES)));
        t.define("get", PyBuiltinFunction.methodN("dict", "get", (a, k) -> {
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : Py.NONE;
        }));
        t.define("__eq__", PyBuiltinFunction.method2("dict", "__eq__",
                (a, b) -> b instanceof PyDict ? Py.bool(a.equals(b)) : Py.NOT_IMPLEMENTED));
        t.define("__len__", PyBuiltinFunction.method1("dict", "__len__", x -> PyInt.of(((PyDict) x).size())));
        t.define("__iter__", PyBuiltinFunction.method1("dict", "__iter__", x -> Iterators.dictKeys((PyDict) x)));
        t.define("__getitem__", PyBuiltinFunction.method2("dict", "__getitem__", (d, key) -> {
            PyObject v = ((PyDict) d).get(key);
            if (v == null) {
                PyObject missing = d.type().lookup("__missing__");
                if (missing != null) {
                    return Ops.callBound(missing, d, key);
                }
                throw PyException.key(null, key);
            }
            return v;
        }));
        t.define("__setitem__", PyBuiltinFunction.method3("dict", "__setitem__", (d, key, v) -> {
            Ops.hash(key);
            ((PyDict) d).put(key, v);
            return Py.NONE;
        }));
        t.define("__contains__", PyBuiltinFunction.method2("dict", "__contains__",
                (d, key) -> Py.bool(((PyDict) d).containsKey(key))));
    }
}
