package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;

import java.math.BigDecimal;
import java.util.function.DoubleUnaryOperator;

/** math's float manipulation: floor/ceil/trunc, fmod, remainder, modf, frexp, ldexp, isclose... */
final class MathFloats {
    private MathFloats() {
    }

    static void define(PyModule m) {
        m.put("floor", PyBuiltinFunction.of1("floor", x -> rounding(x, "__floor__", Math::floor)));
        m.put("ceil", PyBuiltinFunction.of1("ceil", x -> rounding(x, "__ceil__", Math::ceil)));
        m.put("trunc", PyBuiltinFunction.of1("trunc", MathFloats::trunc));
        m.put("fmod", PyBuiltinFunction.of2("fmod", (x, y) -> MathModule.binary(x, y,
            (a, b) -> Double.isInfinite(b) && Double.isFinite(a) ? a : a % b)));
        m.put("remainder", PyBuiltinFunction.of2("remainder", (x, y) -> MathModule.binary(x, y,
            (a, b) -> Double.isInfinite(b) && Double.isFinite(a) ? a : Math.IEEEremainder(a, b))));
        m.put("copysign", PyBuiltinFunction.of2("copysign", (x, y) -> MathModule.binary(x, y, MathFloats::copysign)));
        m.put("modf", PyBuiltinFunction.of1("modf", x -> modf(MathModule.toDouble(x))));
        m.put("frexp", PyBuiltinFunction.of1("frexp", x -> frexp(MathModule.toDouble(x))));
        m.put("ldexp", PyBuiltinFunction.of2("ldexp", MathFloats::ldexp));
        m.put("isfinite", PyBuiltinFunction.of1("isfinite", x -> Py.bool(Double.isFinite(MathModule.toDouble(x)))));
        m.put("isinf", PyBuiltinFunction.of1("isinf", x -> Py.bool(Double.isInfinite(MathModule.toDouble(x)))));
        m.put("isnan", PyBuiltinFunction.of1("isnan", x -> Py.bool(Double.isNaN(MathModule.toDouble(x)))));
        m.put("isclose", PyBuiltinFunction.ofN("isclose", MathFloats::isclose));
        m.put("nextafter", PyBuiltinFunction.of2("nextafter",
            (x, y) -> new PyFloat(Math.nextAfter(MathModule.toDouble(x), MathModule.toDouble(y)))));
        m.put("ulp", PyBuiltinFunction.of1("ulp", x -> new PyFloat(Math.ulp(MathModule.toDouble(x)))));
    }

    /** floor/ceil: floats directly, else the type's __floor__/__ceil__, else via float. */
    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            return asPlainInt(i);
        }
        if (!(x instanceof PyFloat)) {
            PyObject method = x.type().lookup(dunder);
            if (method != null) {
                return Ops.callBound(method, x);
            }
        }
        return toInt(f.applyAsDouble(MathModule.toDouble(x)));
    }

    private static PyObject trunc(PyObject x) {
        if (x instanceof PyFloat f) {
            return toInt(f.value < 0 ? Math.ceil(f.value) : Math.floor(f.value));
        }
        if (x instanceof PyInt i) {
            return asPlainInt(i);
        }
        PyObject method = x.type().lookup("__trunc__");
        if (method == null) {
            throw PyException.type("type " + x.type().name() + " doesn't define __trunc__ method");
        }
        return Ops.callBound(method, x);
    }

    /** int.__floor__ and friends return the int itself (a bool becomes a plain int). */
    private static PyInt asPlainInt(PyInt i) {
        return i instanceof io.looplab.vm.PyBool ? PyInt.of(i.value) : i;
    }

    /** PyLong_FromDouble for an integral double. */
    static PyInt toInt(double d) {
        if (Double.isNaN(d)) {
            throw PyException.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyException.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p62) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    /** copysign with the NaN sign bit honoured (Java's Math.copySign may ignore it). */
    private static double copysign(double x, double y) {
        boolean negative = Double.doubleToRawLongBits(y) < 0;
        return negative ? -Math.abs(x) : Math.abs(x);
    }

    private static PyObject modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(new PyFloat(Math.copySign(0.0, x)), new PyFloat(x));
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(new PyFloat(x), new PyFloat(x));
        }
        double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(new PyFloat(Math.copySign(x - whole, x)), new PyFloat(whole));
    }

    private static PyObject frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return PyTuple.of(new PyFloat(x), PyInt.of(0));
        }
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p64) - 64;
        }
        return PyTuple.of(new PyFloat(Math.scalb(x, -(e + 1))), PyInt.of(e + 1));
    }

    private static PyObject ldexp(PyObject xObj, PyObject iObj) {
        double x = MathModule.toDouble(xObj);
        if (!(iObj instanceof PyInt i)) {
            throw PyException.type("Expected an int as second argument to ldexp.");
        }
        if (x == 0 || !Double.isFinite(x)) {
            return new PyFloat(x);
        }
        long exp = i.isSmall() ? i.value : i.signum() * Long.MAX_VALUE;
        if (exp > Integer.MAX_VALUE) {
            throw MathModule.rangeError();
        }
        double r = exp < Integer.MIN_VALUE ? Math.copySign(0.0, x) : Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw MathModule.rangeError();
        }
        return new PyFloat(r);
    }

    private static PyObject isclose(PyObject[] args, String[] kw) {
        Args p = new Args("isclose", args, kw, "a", "b", "rel_tol", "abs_tol");
        if (p.positionalCount() > 2) {
            throw PyException.type("isclose() takes exactly 2 positional arguments (" + p.positionalCount()
                    + " given)");
        }
        double a = MathModule.toDouble(p.require(0));
        double b = MathModule.toDouble(p.require(1));
        double rel = MathModule.toDouble(p.get(2, new PyFloat(1e-9)));
        double abs = MathModule.toDouble(p.get(3, new PyFloat(0.0)));
        if (rel < 0.0 || abs < 0.0) {
            throw PyException.value("tolerances must be non-negative");
        }
        if (a == b) {
            return Py.TRUE;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return Py.FALSE;
        }
        double diff = Math.abs(b - a);
        return Py.bool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    }
}
