package io.looplab.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * round(), __round__, __trunc__, __floor__ and __ceil__ of int and float. Float rounding to
 * ndigits goes through the exact decimal value, rounded half-even, and back (CPython's
 * double_round via dtoa), so round(2.675, 2) == 2.67 and round(0.5) == 0.
 */
final class Rounding {
    /** Beyond these, round(x, n) returns x itself or a signed zero (floatobject.c NDIGITS_MAX/MIN). */
    private static final int NDIGITS_MAX = 323;
    private static final int NDIGITS_MIN = -308;

    private Rounding() {
    }

    static void defineInt(PyType t) {
        t.define("__round__", PyBuiltinFunction.methodN("int", "__round__", (a, k) -> {
            PyObject[] p = MethodArgs.clinic("int", "__round__", a, k, 0, 1);
            PyInt x = IntMethods.exact(a[0]);
            return p.length == 0 || p[0] == Py.NONE ? x : roundInt(x, IntMethods.index(p[0]));
        }));
        t.define("__trunc__", PyBuiltinFunction.method1("int", "__trunc__", IntMethods::exact));
        t.define("__floor__", PyBuiltinFunction.method1("int", "__floor__", IntMethods::exact));
        t.define("__ceil__", PyBuiltinFunction.method1("int", "__ceil__", IntMethods::exact));
    }

    static void defineFloat(PyType t) {
        t.define("__round__", PyBuiltinFunction.methodN("float", "__round__", (a, k) -> {
            PyObject[] p = MethodArgs.clinic("float", "__round__", a, k, 0, 1);
            double x = FloatMethods.self(a[0]);
            if (p.length == 0 || p[0] == Py.NONE) {
                return roundHalfEven(x);
            }
            PyInt n = IntMethods.index(p[0]);
            return new PyFloat(roundDouble(x, n.isSmall() ? n.value : n.signum() * (long) Integer.MAX_VALUE));
        }));
        t.define("__trunc__", PyBuiltinFunction.method1("float", "__trunc__",
                x -> IntMethods.fromDouble(FloatMethods.self(x))));
        t.define("__floor__", PyBuiltinFunction.method1("float", "__floor__",
                x -> IntMethods.fromDouble(Math.floor(FloatMethods.self(x)))));
        t.define("__ceil__", PyBuiltinFunction.method1("float", "__ceil__",
                x -> IntMethods.fromDouble(Math.ceil(FloatMethods.self(x)))));
    }

    /** The builtin round(number, ndigits=None): delegates to type(number).__round__. */
    static PyObject round(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords("round", prepend(a), k, "number", "ndigits");
        if (p[0] == null) {
            throw PyException.type("round() missing required argument 'number' (pos 1)");
        }
        PyObject x = p[0];
        PyObject nd = p[1] == null || p[1] == Py.NONE ? null : p[1];
        if (x instanceof PyFloat f && nd == null) {
            return roundHalfEven(f.value);
        }
        PyObject m = x.type().lookup("__round__");
        if (m == null) {
            throw PyException.type("type " + x.type().name() + " doesn't define __round__ method");
        }
        return nd == null ? Ops.callBound(m, x) : Ops.callBound(m, x, nd);
    }

    private static PyObject[] prepend(PyObject[] a) {
        PyObject[] r = new PyObject[a.length + 1];
        r[0] = Py.NONE;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    /** round(float): the nearest int, ties to even. */
    static PyInt roundHalfEven(double x) {
        double r = Math.rint(x);
        return IntMethods.fromDouble(r);
    }

    /** round(int, n): unchanged for n >= 0, else to a multiple of 10**-n, ties to even. */
    static PyInt roundInt(PyInt x, PyInt ndigits) {
        if (ndigits.signum() >= 0) {
            return x;
        }
        BigInteger v = x.toBig();
        if (!ndigits.isSmall() || -ndigits.value > v.abs().toString().length() + 1) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow((int) -ndigits.value);
        BigInteger[] qr = v.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || c == 0 && q.testBit(0)) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }

    /** round(float, n): correctly rounded through the exact decimal value. */
    static double roundDouble(double x, long ndigits) {
        if (ndigits > NDIGITS_MAX || x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflow("rounded value too large to represent");
        }
        return d == 0 ? Math.copySign(0.0, x) : d;
    }
}
