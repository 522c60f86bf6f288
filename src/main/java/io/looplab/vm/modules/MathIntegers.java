package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;

import java.math.BigInteger;

/** math's integer functions: factorial, gcd, lcm, comb, perm, isqrt (exact, on BigInteger when needed). */
final class MathIntegers {
    private MathIntegers() {
    }

    static void define(PyModule m) {
        m.put("factorial", PyBuiltinFunction.of1("factorial", n -> PyInt.of(factorial(asInt(n)))));
        m.put("gcd", PyBuiltinFunction.ofN("gcd", (a, k) -> gcd(Args.positional("gcd", a, k))));
        m.put("lcm", PyBuiltinFunction.ofN("lcm", (a, k) -> lcm(Args.positional("lcm", a, k))));
        m.put("comb", PyBuiltinFunction.of2("comb", (n, k) -> PyInt.of(comb(asInt(n), asInt(k)))));
        m.put("perm", PyBuiltinFunction.ofN("perm", (a, k) -> {
            Args p = new Args("perm", a, k, "n", "k");
            PyObject kk = p.get(1, Py.NONE);
            BigInteger n = asInt(p.require(0));
            return PyInt.of(kk == Py.NONE ? factorial(n) : perm(n, asInt(kk)));
        }));
        m.put("isqrt", PyBuiltinFunction.of1("isqrt", n -> {
            BigInteger v = asInt(n);
            if (v.signum() < 0) {
                throw PyException.value("isqrt() argument must be nonnegative");
            }
            return PyInt.of(v.sqrt());
        }));
    }

    /** operator.index(o) as a BigInteger ("'float' object cannot be interpreted as an integer"). */
    static BigInteger asInt(PyObject o) {
        if (o instanceof PyInt i) {
            return i.toBig();
        }
        return BigInteger.valueOf(Ops.index(o));
    }

    static BigInteger factorial(BigInteger n) {
        if (n.signum() < 0) {
            throw PyException.value("factorial() not defined for negative values");
        }
        if (n.bitLength() > 63) {
            throw PyException.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        return product(1, n.longValue());
    }

    /** lo * (lo + 1) * ... * hi by binary splitting (balanced operand sizes keep big products fast). */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    private static PyObject gcd(PyObject[] args) {
        BigInteger g = BigInteger.ZERO;
        for (PyObject a : args) {
            g = g.gcd(asInt(a));
        }
        return PyInt.of(g);
    }

    private static PyObject lcm(PyObject[] args) {
        BigInteger l = BigInteger.ONE;
        for (PyObject a : args) {
            BigInteger v = asInt(a).abs();
            if (l.signum() == 0 || v.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(v)).multiply(v);
        }
        return PyInt.of(l);
    }

    private static void checkNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PyException.value("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyException.value("k must be a non-negative integer");
        }
    }

    static BigInteger comb(BigInteger n, BigInteger k) {
        checkNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        BigInteger other = n.subtract(k);
        if (other.compareTo(k) < 0) {
            k = other;
        }
        if (k.bitLength() > 31) {
            throw PyException.overflow("min(n - k, k) must not exceed " + Integer.MAX_VALUE);
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k.intValue(); i++) {
            r = r.multiply(n.subtract(k).add(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i));
        }
        return r;
    }

    static BigInteger perm(BigInteger n, BigInteger k) {
        checkNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        if (k.bitLength() > 31) {
            throw PyException.overflow("k must not exceed " + Integer.MAX_VALUE);
        }
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k.intValue(); i++) {
            r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        }
        return r;
    }
}
