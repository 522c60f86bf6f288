package io.looplab.vm;

/** list's constructor and methods. */
final class ListMethods {
    private ListMethods() {
    }

    static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN("list", "__init__", (a, k) -> {
            PyList l = (PyList) a[0];
            l.clear();
            if (a.length > 1) {
                PyObject[] items = Ops.toArray(a[1]);
                l.extend(items, items.length);
            }
            return Py.NONE;
        }));
        t.define("append", PyBuiltinFunction.method2("list", "append", (l, x) -> {
            ((PyList) l).append(x);
            return Py.NONE;
        }));
        t.define("__len__", PyBuiltinFunction.method1("list", "__len__", x -> PyInt.of(((PyList) x).size())));
        t.define("__iter__", PyBuiltinFunction.method1("list", "__iter__", x -> Iterators.list((PyList) x)));
    }
}
