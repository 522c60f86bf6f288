package io.looplab.vm;

/** range's constructor and methods. */
final class RangeMethods {
    private RangeMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("range", "__new__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyException.type("range() takes no keyword arguments");
            }
            switch (a.length - 1) {
                case 1:
                    return new PyRange(0, Ops.index(a[1]), 1);
                case 2:
                    return new PyRange(Ops.index(a[1]), Ops.index(a[2]), 1);
                case 3:
                    return new PyRange(Ops.index(a[1]), Ops.index(a[2]), Ops.index(a[3]));
                default:
                    throw PyException.type("range expected at most 3 arguments, got " + (a.length - 1));
            }
        }));
        t.define("__len__", PyBuiltinFunction.method1("range", "__len__", r -> PyInt.of(((PyRange) r).length)));
        t.define("__iter__", PyBuiltinFunction.method1("range", "__iter__", r -> ((PyRange) r).iterator()));
        t.define("start", Descriptors.getter("start", r -> PyInt.of(((PyRange) r).start)));
        t.define("stop", Descriptors.getter("stop", r -> PyInt.of(((PyRange) r).stop)));
        t.define("step", Descriptors.getter("step", r -> PyInt.of(((PyRange) r).step)));
    }
}
