package io.looplab.vm;

import java.math.BigInteger;

/**
 * Python's arbitrary-precision int: a long while it fits, a BigInteger beyond. Values are
 * normalised, so {@code big != null} exactly when the value does not fit in a long.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, null, IntMethods::define);
    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW);
        }
    }

    public final long value;
    public final BigInteger big;

    PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public final boolean isSmall() {
        return big == null;
    }

    public final BigInteger toBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or an OverflowError naming what it was for. */
    public final int intValue(String what) {
        if (big == null && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return (int) value;
        }
        throw PyException.overflow("Python int too large to convert to C " + what);
    }

    public final long longValue() {
        if (big != null) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflow("int too large to convert to float");
        }
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    /** Python's hash(int): the value modulo the Mersenne prime 2**61 - 1, keeping the sign. */
    public final long pyHash() {
        long h;
        if (big == null) {
            long m = Math.floorMod(Math.abs(value == Long.MIN_VALUE ? value + 1 : value), Hashing.MODULUS);
            if (value == Long.MIN_VALUE) {
                m = (m + 1) % Hashing.MODULUS;
            }
            h = value < 0 ? -m : m;
        } else {
            long m = big.abs().mod(BigInteger.valueOf(Hashing.MODULUS)).longValue();
            h = big.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    @Override
    public int hashCode() {
        long h = pyHash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt other) {
            return big == null ? other.big == null && value == other.value : big.equals(other.big);
        }
        if (o instanceof PyFloat f) {
            return Arith.compareIntFloat(this, f.value) == 0;
        }
        return false;
    }
}
