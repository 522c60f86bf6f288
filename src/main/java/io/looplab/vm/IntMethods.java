package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

import java.math.BigInteger;

/** int's constructor, conversions and methods; the operator dunders come from {@link NumberDunders}. */
final class IntMethods {
    private IntMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("int", "__new__", IntMethods::newInt));
        NumberDunders.define(t, "int");
        t.define("__index__", PyBuiltinFunction.method1("int", "__index__", IntMethods::exact));
        t.define("__int__", PyBuiltinFunction.method1("int", "__int__", IntMethods::exact));
        t.define("__float__", PyBuiltinFunction.method1("int", "__float__", x -> new PyFloat(self(x).doubleValue())));
        t.define("__format__", PyBuiltinFunction.method2("int", "__format__", (x, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyException.type("__format__() argument must be str, not " + spec.type().name());
            }
            return PyStr.of(StrFormatting.formatInt(self(x), s.value));
        }));
        t.define("__repr__", PyBuiltinFunction.method1("int", "__repr__", x -> PyStr.of(Repr.intToString(self(x)))));
        t.define("__getnewargs__", PyBuiltinFunction.method1("int", "__getnewargs__", x -> PyTuple.of(exact(x))));
        t.define("bit_length", PyBuiltinFunction.method1("int", "bit_length",
                x -> PyInt.of(self(x).toBig().abs().bitLength())));
        t.define("bit_count", PyBuiltinFunction.method1("int", "bit_count",
                x -> PyInt.of(self(x).toBig().abs().bitCount())));
        t.define("as_integer_ratio", PyBuiltinFunction.method1("int", "as_integer_ratio",
                x -> PyTuple.of(exact(x), PyInt.of(1))));
        t.define("conjugate", PyBuiltinFunction.method1("int", "conjugate", IntMethods::exact));
        t.define("real", Descriptors.getter("real", IntMethods::exact));
        t.define("imag", Descriptors.getter("imag", x -> PyInt.of(0)));
        t.define("numerator", Descriptors.getter("numerator", IntMethods::exact));
        t.define("denominator", Descriptors.getter("denominator", x -> PyInt.of(1)));
        t.define("to_bytes", PyBuiltinFunction.methodN("int", "to_bytes", IntBytes::toBytes));
        t.define("from_bytes", PyBuiltinFunction.classMethodN("int", "from_bytes", IntBytes::fromBytes));
        Rounding.defineInt(t);
    }

    static PyInt self(PyObject x) {
        if (x instanceof PyInt i) {
            return i;
        }
        throw PyException.type("descriptor for 'int' objects doesn't apply to a '" + x.type().name() + "' object");
    }

    /** The value as an exact int (True becomes 1). */
    static PyInt exact(PyObject x) {
        PyInt i = self(x);
        return i instanceof PyBool ? PyInt.of(i.value) : i;
    }

    /** int(x=0, /, base=10). */
    static PyObject newInt(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("base")) {
                throw PyException.type("'" + k[i] + "' is an invalid keyword argument for int()");
            }
        }
        int npos = a.length - 1 - nkw;
        if (npos + nkw > 2) {
            throw PyException.type("int() takes at most 2 arguments (" + (npos + nkw) + " given)");
        }
        PyObject x = npos >= 1 ? a[1] : null;
        PyObject base = nkw == 1 ? a[a.length - 1] : npos == 2 ? a[2] : null;
        if (x == null) {
            if (base != null) {
                throw PyException.type("int() missing string argument");
            }
            return PyInt.of(0);
        }
        if (base == null) {
            return toInt(x);
        }
        long b = MethodArgs.index(base);
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value, (int) Math.max(Math.min(b, 99), -1), x);
        }
        if (x instanceof PyBytes bytes) {
            return IntParse.parse(BytesMethods.latin1(bytes.value), (int) Math.max(Math.min(b, 99), -1), x);
        }
        throw PyException.type("int() can't convert non-string with explicit base");
    }

    /** PyNumber_Long: int(x) for one argument. */
    static PyObject toInt(PyObject x) {
        if (x instanceof PyInt i) {
            return i instanceof PyBool ? PyInt.of(i.value) : i;
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value);
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value, 10, x);
        }
        if (x instanceof PyBytes b) {
            return IntParse.parse(BytesMethods.latin1(b.value), 10, x);
        }
        for (String m : new String[] {"__int__", "__index__", "__trunc__"}) {
            PyObject f = x.type().lookup(m);
            if (f != null) {
                PyObject r = Ops.callBound(f, x);
                if (!(r instanceof PyInt) && !m.equals("__trunc__")) {
                    throw PyException.type(m + " returned non-int (type " + r.type().name() + ")");
                }
                return m.equals("__trunc__") ? index(r) : r;
            }
        }
        throw PyException.type("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    /** int(float): truncation toward zero. */
    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyException.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyException.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.0e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** operator.index(x) as an int object (PyNumber_Index). */
    static PyInt index(PyObject x) {
        if (x instanceof PyInt i) {
            return i;
        }
        PyObject m = x.type().lookup("__index__");
        if (m == null) {
            throw PyException.type("'" + x.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = Ops.callBound(m, x);
        if (!(r instanceof PyInt i)) {
            throw PyException.type("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    /** PyNumber_Check: int, float, or anything with __index__, __int__ or __float__. */
    static boolean isNumber(PyObject x) {
        if (x instanceof PyInt || x instanceof PyFloat) {
            return true;
        }
        PyType t = x.type();
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    static boolean isCmp(CmpOperator op) {
        return op != CmpOperator.IS && op != CmpOperator.IS_NOT && op != CmpOperator.IN && op != CmpOperator.NOT_IN;
    }

    static PyObject binary(Operator op, PyObject a, PyObject b) {
        PyObject r = Binary.builtin(op, a, b);
        return r == null ? Py.NOT_IMPLEMENTED : r;
    }

    /** The int of a BigInteger (helper for callers outside this file). */
    static PyInt of(BigInteger v) {
        return PyInt.of(v);
    }
}
