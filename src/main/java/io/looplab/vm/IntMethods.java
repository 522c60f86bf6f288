package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

import java.math.BigInteger;

/** int's constructor, operator dunders and methods. */
final class IntMethods {
    private IntMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("int", "__new__", IntMethods::newInt));
        NumberDunders.define(t, "int");
        t.define("__index__", PyBuiltinFunction.method1("int", "__index__", x -> PyInt.of(((PyInt) x).toBig())));
        t.define("__int__", PyBuiltinFunction.method1("int", "__int__", x -> PyInt.of(((PyInt) x).toBig())));
        t.define("__float__", PyBuiltinFunction.method1("int", "__float__", x -> new PyFloat(((PyInt) x).doubleValue())));
        t.define("__format__", PyBuiltinFunction.method2("int", "__format__",
                (x, spec) -> PyStr.of(StrFormatting.format(x, Ops.str(spec)))));
        t.define("__repr__", PyBuiltinFunction.method1("int", "__repr__", x -> PyStr.of(Repr.intToString((PyInt) x))));
        t.define("bit_length", PyBuiltinFunction.method1("int", "bit_length",
                x -> PyInt.of(((PyInt) x).toBig().abs().bitLength())));
        t.define("real", Descriptors.getter("real", x -> PyInt.of(((PyInt) x).toBig())));
        t.define("imag", Descriptors.getter("imag", x -> PyInt.of(0)));
        t.define("numerator", Descriptors.getter("numerator", x -> PyInt.of(((PyInt) x).toBig())));
        t.define("denominator", Descriptors.getter("denominator", x -> PyInt.of(1)));
        t.define("conjugate", PyBuiltinFunction.method1("int", "conjugate", x -> PyInt.of(((PyInt) x).toBig())));
    }

    /** int(x=0) and int(text, base=10). */
    static PyObject newInt(PyObject[] a, String[] k) {
        Args p = new Args("int", java.util.Arrays.copyOfRange(a, 1, a.length), k, "x", "base");
        PyObject x = p.get(0);
        PyObject base = p.get(1);
        if (x == null) {
            return PyInt.of(0);
        }
        if (base != null) {
            if (!(x instanceof PyStr || x instanceof PyBytes)) {
                throw PyException.type("int() can't convert non-string with explicit base");
            }
            return parse(Ops.str(x), (int) Ops.index(base));
        }
        return toInt(x);
    }

    static PyObject toInt(PyObject x) {
        if (x instanceof PyInt i) {
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        if (x instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyException.value("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(f.value)) {
                throw PyException.overflow("cannot convert float infinity to integer");
            }
            return PyInt.of(new java.math.BigDecimal(f.value).toBigInteger());
        }
        if (x instanceof PyStr s) {
            return parse(s.value, 10);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = x.type().lookup(m);
            if (f != null) {
                return Ops.callBound(f, x);
            }
        }
        throw PyException.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** int(text, base) with Python's literal rules: sign, whitespace, underscores, 0x/0o/0b prefixes. */
    static PyInt parse(String text, int base) {
        String s = text.strip();
        String orig = text;
        boolean neg = false;
        if (s.startsWith("-") || s.startsWith("+")) {
            neg = s.startsWith("-");
            s = s.substring(1);
        }
        if (base == 0 || base == 16 || base == 8 || base == 2) {
            String low = s.toLowerCase();
            int pb = low.startsWith("0x") ? 16 : low.startsWith("0o") ? 8 : low.startsWith("0b") ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
                base = pb;
            } else if (base == 0) {
                base = 10;
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
            throw invalid(orig, base);
        }
        try {
            BigInteger v = new BigInteger(s.replace("_", ""), base);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw invalid(orig, base);
        }
    }

    private static PyException invalid(String text, int base) {
        return PyException.value("invalid literal for int() with base " + base + ": " + Repr.quote(text));
    }

    static boolean isCmp(CmpOperator op) {
        return op != CmpOperator.IS && op != CmpOperator.IS_NOT && op != CmpOperator.IN && op != CmpOperator.NOT_IN;
    }

    static PyObject binary(Operator op, PyObject a, PyObject b) {
        PyObject r = Binary.builtin(op, a, b);
        return r == null ? Py.NOT_IMPLEMENTED : r;
    }
}
