package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

import java.math.BigInteger;

/** Random.randrange / randint and _randbelow (3.11's _randbelow_with_getrandbits). */
final class RandomIntegers {
    private static final PyInt ONE = PyInt.of(1);

    private RandomIntegers() {
    }

    static void define(PyType t) {
        t.define("randrange", PyBuiltinFunction.methodN("Random", "randrange", (a, k) -> {
            io.looplab.vm.Args p = new io.looplab.vm.Args("randrange", a, k, "self", "start", "stop", "step");
            return randrange(RandomModule.self(a[0]), p.require(1), p.get(2), p.get(3));
        }));
        t.define("randint", PyBuiltinFunction.method3("Random", "randint",
            (s, lo, hi) -> randrange(RandomModule.self(s), lo, Ops.binary(Operator.ADD, hi, ONE), null)));
        t.define("_randbelow", PyBuiltinFunction.method2("Random", "_randbelow",
            (s, n) -> below(RandomModule.self(s), (PyInt) n)));
    }

    /** A random int in [0, n) for n > 0: getrandbits(n.bit_length()) until it is below n. */
    static long below(PyRandom r, long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long v = r.mt.bitsLong(k);
        while (v >= n) {
            v = r.mt.bitsLong(k);
        }
        return v;
    }

    static PyInt below(PyRandom r, PyInt n) {
        if (n.isSmall()) {
            return PyInt.of(below(r, n.value));
        }
        BigInteger big = n.toBig();
        int k = big.bitLength();
        BigInteger v = r.mt.bitsBig(k);
        while (v.compareTo(big) >= 0) {
            v = r.mt.bitsBig(k);
        }
        return PyInt.of(v);
    }

    static PyObject randrange(PyRandom r, PyObject start, PyObject stop, PyObject step) {
        PyInt istart = asIndex(start, "non-integer arg 1 for randrange()");
        if (stop == null || stop == io.looplab.vm.Py.NONE) {
            if (step != null) {
                throw PyException.type("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return below(r, istart);
            }
            throw PyException.value("empty range for randrange()");
        }
        PyInt istop = asIndex(stop, "non-integer stop for randrange()");
        PyInt width = (PyInt) Ops.binary(Operator.SUB, istop, istart);
        PyInt istep = step == null ? ONE : asIndex(step, "non-integer step for randrange()");
        if (istep.isSmall() && istep.value == 1) {
            if (width.signum() > 0) {
                return Ops.binary(Operator.ADD, istart, below(r, width));
            }
            throw PyException.value("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        PyObject n;
        if (istep.signum() > 0) {
            n = floorDiv(Ops.binary(Operator.SUB, Ops.binary(Operator.ADD, width, istep), ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(Ops.binary(Operator.ADD, Ops.binary(Operator.ADD, width, istep), ONE), istep);
        } else {
            throw PyException.value("zero step for randrange()");
        }
        if (((PyInt) n).signum() <= 0) {
            throw PyException.value("empty range for randrange()");
        }
        return Ops.binary(Operator.ADD, istart, Ops.binary(Operator.MULT, istep, below(r, (PyInt) n)));
    }

    private static PyObject floorDiv(PyObject a, PyObject b) {
        return Ops.binary(Operator.FLOORDIV, a, b);
    }

    /**
     * operator.index(x); failing that, 3.11 still accepts an integral float (with a
     * DeprecationWarning on stderr) and rejects any other value with ValueError.
     */
    private static PyInt asIndex(PyObject x, String message) {
        if (x instanceof PyInt i) {
            return i;
        }
        if (x instanceof PyFloat f) {
            if (f.value != Math.floor(f.value) || Double.isInfinite(f.value)) {
                throw PyException.value(message);
            }
            return (PyInt) Ops.call(PyInt.TYPE, f);
        }
        return PyInt.of(Ops.index(x));
    }
}
