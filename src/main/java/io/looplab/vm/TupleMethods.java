package io.looplab.vm;

/** tuple's constructor and methods. */
final class TupleMethods {
    private TupleMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("tuple", "__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject[] items = a.length > 1 ? Ops.toArray(a[1]) : new PyObject[0];
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
        t.define("__repr__", PyBuiltinFunction.method1("tuple", "__repr__", x -> {
            PyTuple tu = (PyTuple) x;
            return PyStr.of("(" + Repr.join(tu.items, tu.size()) + (tu.size() == 1 ? ",)" : ")"));
        }));
        t.define("__hash__", PyBuiltinFunction.method1("tuple", "__hash__", x -> PyInt.of(Ops.hash(x))));
    }
}
