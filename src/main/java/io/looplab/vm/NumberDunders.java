package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

/** The operator dunders of int and float (__add__, __radd__, __lt__...), used by subclasses and explicit calls. */
final class NumberDunders {
    private static final String[] CMP = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

    private NumberDunders() {
    }

    static void define(PyType t, String owner) {
        for (Operator op : Operator.values()) {
            if (op == Operator.MATMULT) {
                continue;
            }
            t.define("__" + op.stem + "__", PyBuiltinFunction.method2(owner, "__" + op.stem + "__",
                    (a, b) -> isNumber(b) ? IntMethods.binary(op, a, b) : Py.NOT_IMPLEMENTED));
            t.define("__r" + op.stem + "__", PyBuiltinFunction.method2(owner, "__r" + op.stem + "__",
                    (a, b) -> isNumber(b) ? IntMethods.binary(op, b, a) : Py.NOT_IMPLEMENTED));
        }
        CmpOperator[] ops = CmpOperator.values();
        for (int i = 0; i < CMP.length; i++) {
            CmpOperator op = ops[i];
            t.define(CMP[i], PyBuiltinFunction.method2(owner, CMP[i], (a, b) -> {
                PyObject r = isNumber(b) ? Compare.builtin(op, a, b) : null;
                return r == null ? Py.NOT_IMPLEMENTED : r;
            }));
        }
        t.define("__neg__", PyBuiltinFunction.method1(owner, "__neg__", Ops::neg));
        t.define("__pos__", PyBuiltinFunction.method1(owner, "__pos__", Ops::pos));
        t.define("__abs__", PyBuiltinFunction.method1(owner, "__abs__", Ops::abs));
        t.define("__bool__", PyBuiltinFunction.method1(owner, "__bool__", a -> Py.bool(Ops.isTrue(a))));
        t.define("__hash__", PyBuiltinFunction.method1(owner, "__hash__", a -> PyInt.of(Ops.hash(a))));
        if (owner.equals("int")) {
            t.define("__invert__", PyBuiltinFunction.method1(owner, "__invert__", Ops::invert));
        }
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }
}
