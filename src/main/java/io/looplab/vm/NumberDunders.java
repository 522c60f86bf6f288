package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

/**
 * The operator dunders of int and float (__add__, __radd__, __divmod__, __lt__...), used by
 * explicit calls and by user classes that delegate to them. As in CPython, int's dunders only
 * accept ints ((1).__add__(1.5) is NotImplemented) while float's accept ints and floats.
 */
final class NumberDunders {
    private static final String[] CMP = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

    private NumberDunders() {
    }

    static void define(PyType t, String owner) {
        boolean isInt = owner.equals("int");
        for (Operator op : Operator.values()) {
            if (op == Operator.MATMULT || op == Operator.POW || !isInt && isBitwise(op)) {
                continue;
            }
            String name = "__" + op.stem + "__";
            String rname = "__r" + op.stem + "__";
            t.define(name, PyBuiltinFunction.method2(owner, name,
                    (a, b) -> accepts(isInt, a, b) ? IntMethods.binary(op, a, b) : Py.NOT_IMPLEMENTED));
            t.define(rname, PyBuiltinFunction.method2(owner, rname,
                    (a, b) -> accepts(isInt, a, b) ? IntMethods.binary(op, b, a) : Py.NOT_IMPLEMENTED));
        }
        t.define("__pow__", PyBuiltinFunction.methodN(owner, "__pow__", (a, k) -> power("__pow__", isInt, a, k, false)));
        t.define("__rpow__", PyBuiltinFunction.methodN(owner, "__rpow__", (a, k) -> power("__rpow__", isInt, a, k, true)));
        t.define("__divmod__", PyBuiltinFunction.method2(owner, "__divmod__",
                (a, b) -> accepts(isInt, a, b) ? NumberBuiltins.divmod(a, b) : Py.NOT_IMPLEMENTED));
        t.define("__rdivmod__", PyBuiltinFunction.method2(owner, "__rdivmod__",
                (a, b) -> accepts(isInt, a, b) ? NumberBuiltins.divmod(b, a) : Py.NOT_IMPLEMENTED));
        CmpOperator[] ops = CmpOperator.values();
        for (int i = 0; i < CMP.length; i++) {
            CmpOperator op = ops[i];
            t.define(CMP[i], PyBuiltinFunction.method2(owner, CMP[i], (a, b) -> {
                PyObject r = accepts(isInt, a, b) ? Compare.builtin(op, a, b) : null;
                return r == null ? Py.NOT_IMPLEMENTED : r;
            }));
        }
        t.define("__neg__", PyBuiltinFunction.method1(owner, "__neg__", a -> Ops.neg(number(a))));
        t.define("__pos__", PyBuiltinFunction.method1(owner, "__pos__", a -> Ops.pos(number(a))));
        t.define("__abs__", PyBuiltinFunction.method1(owner, "__abs__", a -> Ops.abs(number(a))));
        t.define("__bool__", PyBuiltinFunction.method1(owner, "__bool__", a -> Py.bool(Ops.isTrue(number(a)))));
        t.define("__hash__", PyBuiltinFunction.method1(owner, "__hash__", a -> PyInt.of(Ops.hash(number(a)))));
        if (isInt) {
            t.define("__invert__", PyBuiltinFunction.method1(owner, "__invert__", a -> Ops.invert(number(a))));
        }
    }

    private static boolean isBitwise(Operator op) {
        return op == Operator.BITAND || op == Operator.BITOR || op == Operator.BITXOR || op == Operator.LSHIFT
                || op == Operator.RSHIFT;
    }

    private static boolean accepts(boolean isInt, PyObject a, PyObject b) {
        number(a);
        return isInt ? b instanceof PyInt : isNumber(b);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static PyObject number(PyObject a) {
        if (!isNumber(a)) {
            throw PyException.type("descriptor requires a number, not '" + a.type().name() + "'");
        }
        return a;
    }

    /** __pow__(other, mod=None) and __rpow__: the three-argument form only for ints. */
    private static PyObject power(String name, boolean isInt, PyObject[] a, String[] k, boolean reflected) {
        PyObject[] p = MethodArgs.clinic(isInt ? "int" : "float", name, a, k, 1, 2);
        PyObject self = a[0];
        PyObject other = p[0];
        PyObject mod = p.length > 1 ? p[1] : Py.NONE;
        if (!accepts(isInt, self, other) || mod != Py.NONE && !(mod instanceof PyInt) && isInt) {
            return Py.NOT_IMPLEMENTED;
        }
        PyObject base = reflected ? other : self;
        PyObject exp = reflected ? self : other;
        return mod == Py.NONE ? IntMethods.binary(Operator.POW, base, exp) : NumberBuiltins.pow3(base, exp, mod);
    }
}
