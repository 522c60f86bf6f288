package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.Runtime;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The math module (Modules/mathmodule.c, 3.11): float functions over {@link Libm} with math_1's
 * error rules ("math domain error", "math range error"), plus the integer and summation
 * functions in {@link MathIntegers} and {@link MathSums}.
 */
final class MathModule {
    private MathModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("math");
        m.put("pi", new PyFloat(Math.PI));
        m.put("e", new PyFloat(Math.E));
        m.put("tau", new PyFloat(2 * Math.PI));
        m.put("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.put("nan", new PyFloat(Double.NaN));
        defineUnary(m);
        MathFloats.define(m);
        MathIntegers.define(m);
        MathSums.define(m);
        return m;
    }

    private static void defineUnary(PyModule m) {
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "exp", Libm::exp, true);
        unary(m, "exp2", Libm::exp2, true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "log1p", Libm::log1p, false);
        unary(m, "cbrt", LibmDerived::cbrt, false);
        unary(m, "sin", Libm::sin, false);
        unary(m, "cos", Libm::cos, false);
        unary(m, "tan", Libm::tan, false);
        unary(m, "asin", Libm::asin, false);
        unary(m, "acos", Libm::acos, false);
        unary(m, "atan", Libm::atan, false);
        unary(m, "sinh", LibmDerived::sinh, true);
        unary(m, "cosh", LibmDerived::cosh, true);
        unary(m, "tanh", LibmDerived::tanh, false);
        unary(m, "asinh", LibmDerived::asinh, false);
        unary(m, "acosh", LibmDerived::acosh, false);
        unary(m, "atanh", LibmDerived::atanh, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "degrees", x -> x * (180.0 / Math.PI), false);
        unary(m, "radians", x -> x * (Math.PI / 180.0), false);
        for (String name : new String[] {"erf", "erfc", "gamma", "lgamma"}) {
            m.put(name, PyBuiltinFunction.ofN(name, (a, k) -> {
                throw PyException.unsupported("math." + name);
            }));
        }
        m.put("log", PyBuiltinFunction.ofN("log", (a, k) -> log(Args.positional("log", a, k))));
        m.put("log2", PyBuiltinFunction.of1("log2", x -> new PyFloat(logHelper(x, Libm::log2))));
        m.put("log10", PyBuiltinFunction.of1("log10", x -> new PyFloat(logHelper(x, LibmDerived::log10))));
        m.put("pow", PyBuiltinFunction.of2("pow", (x, y) -> new PyFloat(pow(toDouble(x), toDouble(y)))));
        m.put("atan2", PyBuiltinFunction.of2("atan2", (y, x) -> new PyFloat(Libm.atan2(toDouble(y), toDouble(x)))));
    }

    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.put(name, PyBuiltinFunction.of1(name, x -> new PyFloat(math1(toDouble(x), f, canOverflow))));
    }

    /** math_1: a NaN from a non-NaN is a domain error; an infinity from a finite is overflow or a pole. */
    static double math1(double x, DoubleUnaryOperator f, boolean canOverflow) {
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domainError();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? rangeError() : domainError();
        }
        return r;
    }

    static PyException domainError() {
        return PyException.value("math domain error");
    }

    static PyException rangeError() {
        return PyException.overflow("math range error");
    }

    /** PyFloat_AsDouble: floats, ints (OverflowError past the float range), __float__, __index__. */
    static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return Ops.toDouble(o);
    }

    private static PyObject log(PyObject[] a) {
        if (a.length < 1 || a.length > 2) {
            throw PyException.type(a.length < 1 ? "log expected at least 1 argument, got 0"
                    : "log expected at most 2 arguments, got " + a.length);
        }
        PyObject num = new PyFloat(logHelper(a[0], Libm::log));
        if (a.length == 1) {
            return num;
        }
        return Ops.binary(Operator.DIV, num, new PyFloat(logHelper(a[1], Libm::log)));
    }

    /**
     * loghelper: ints are handled exactly (non-positive is a domain error; one too large for a
     * float is split as m * 2**e, giving func(m) + func(2.0) * e); everything else goes through math_1.
     */
    private static double logHelper(PyObject x, DoubleUnaryOperator func) {
        if (x instanceof PyInt i) {
            if (i.signum() <= 0) {
                throw domainError();
            }
            if (!i.isSmall() && i.big.bitLength() > 1024) {
                java.math.BigInteger n = i.big;
                int e = n.bitLength();
                long top = n.shiftRight(e - 63).longValue();
                if (n.getLowestSetBit() < e - 63) {
                    top |= 1;
                }
                double mant = Math.scalb((double) top, -63);
                if (mant == 1.0) {
                    mant = 0.5;
                    e++;
                }
                return func.applyAsDouble(mant) + func.applyAsDouble(2.0) * e;
            }
            return func.applyAsDouble(i.doubleValue());
        }
        return math1(toDouble(x), v -> v > 0 || Double.isNaN(v) || v == Double.POSITIVE_INFINITY
                ? func.applyAsDouble(v) : v == 0 ? Double.NEGATIVE_INFINITY : Double.NaN, false);
    }

    /** math.pow: IEEE specials first (as CPython does), then libm, then errno-style errors. */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return powSpecial(x, y);
        }
        double r = Libm.pow(x, y);
        if (Double.isNaN(r)) {
            throw domainError();
        }
        if (Double.isInfinite(r)) {
            throw x == 0 ? domainError() : rangeError();
        }
        return r;
    }

    private static double powSpecial(double x, double y) {
        if (Double.isNaN(x)) {
            return y == 0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (y > 0) {
                return oddY ? x : Math.abs(x);
            }
            return y == 0 ? 1.0 : oddY ? Math.copySign(0.0, x) : 0.0;
        }
        if (Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (y > 0 && Math.abs(x) > 1.0) {
            return y;
        }
        return y < 0 && Math.abs(x) < 1.0 ? -y : 0.0;
    }

    /** A two-float function with CPython's NaN-means-domain-error check. */
    static PyObject binary(PyObject a, PyObject b, DoubleBinaryOperator f) {
        double x = toDouble(a);
        double y = toDouble(b);
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domainError();
        }
        return new PyFloat(r);
    }
}
