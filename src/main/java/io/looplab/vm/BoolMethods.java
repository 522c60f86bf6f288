package io.looplab.vm;

import io.looplab.lang.Operator;

/** bool's constructor, repr and the &, |, ^ that keep bools bool (Objects/boolobject.c). */
final class BoolMethods {
    private BoolMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("bool", "__new__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyException.type("bool() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyException.type("bool expected at most 1 argument, got " + (a.length - 1));
            }
            return a.length == 1 ? Py.FALSE : Py.bool(Ops.isTrue(a[1]));
        }));
        t.define("__repr__", PyBuiltinFunction.method1("bool", "__repr__", x -> PyStr.of(Ops.repr(self(x)))));
        bitwise(t, Operator.BITAND);
        bitwise(t, Operator.BITOR);
        bitwise(t, Operator.BITXOR);
    }

    private static PyBool self(PyObject x) {
        if (x instanceof PyBool b) {
            return b;
        }
        throw PyException.type("descriptor '__repr__' requires a 'bool' object but received a '" + x.type().name() + "'");
    }

    /** bool op bool is a bool; with any other int it is int arithmetic. */
    private static void bitwise(PyType t, Operator op) {
        for (String name : new String[] {"__" + op.stem + "__", "__r" + op.stem + "__"}) {
            t.define(name, PyBuiltinFunction.method2("bool", name,
                    (a, b) -> self(a) != null && b instanceof PyInt ? Binary.builtin(op, a, b) : Py.NOT_IMPLEMENTED));
        }
    }
}
