package io.looplab.vm;

/** dict's comparison and union operators (dict_richcompare, dict_or, dict_ior). */
final class DictDunders {
    private DictDunders() {
    }

    static void define(PyType t) {
        t.define("__eq__", PyBuiltinFunction.method2("dict", "__eq__",
                (a, b) -> b instanceof PyDict ? Py.bool(a.equals(b)) : Py.NOT_IMPLEMENTED));
        t.define("__ne__", PyBuiltinFunction.method2("dict", "__ne__",
                (a, b) -> b instanceof PyDict ? Py.bool(!a.equals(b)) : Py.NOT_IMPLEMENTED));
        t.define("__or__", PyBuiltinFunction.method2("dict", "__or__", DictDunders::or));
        t.define("__ror__", PyBuiltinFunction.method2("dict", "__ror__", (a, b) -> or(b, a)));
        t.define("__ior__", PyBuiltinFunction.method2("dict", "__ior__", (a, b) -> {
            DictMethods.updateFrom((PyDict) a, b);
            return a;
        }));
    }

    /** dict_or: a plain-dict copy of the left operand updated with the right. */
    private static PyObject or(PyObject a, PyObject b) {
        if (!(a instanceof PyDict x) || !(b instanceof PyDict)) {
            return Py.NOT_IMPLEMENTED;
        }
        PyDict r = x.copy();
        DictMethods.updateFrom(r, b);
        return r;
    }
}
