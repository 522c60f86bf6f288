package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Numeric arithmetic with Python's semantics: unbounded ints, floor division, float corner cases. */
final class Arith {
    private Arith() {
    }

    static boolean compareLongs(CmpOperator op, long a, long b) {
        return switch (op) {
            case EQ -> a == b;
            case NOT_EQ -> a != b;
            case LT -> a < b;
            case LT_E -> a <= b;
            case GT -> a > b;
            case GT_E -> a >= b;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    static boolean compareResult(CmpOperator op, int c) {
        return compareLongs(op, c, 0);
    }

    /** Exact comparison of an int with a float (no rounding of large ints). */
    static int compareIntFloat(PyInt i, double d) {
        if (Double.isNaN(d)) {
            return 2;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (i.isSmall() && Math.abs(i.value) < (1L << 53)) {
            return Double.compare((double) i.value, d) == 0 ? 0 : ((double) i.value < d ? -1 : 1);
        }
        return new BigDecimal(i.toBig()).compareTo(new BigDecimal(d));
    }

    /** int op int. Returns null for operators ints do not support. */
    static PyObject intOp(Operator op, PyInt a, PyInt b) {
        if (a.isSmall() && b.isSmall()) {
            long x = a.value;
            long y = b.value;
            switch (op) {
                case ADD: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case SUB: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) {
                        break;
                    }
                    return PyInt.of(r);
                }
                case MULT: {
                    long hi = Math.multiplyHigh(x, y);
                    long r = x * y;
                    if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case FLOORDIV:
                    if (y == 0) {
                        throw PyException.zeroDivision("integer division or modulo by zero");
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        break;
                    }
                    return PyInt.of(Math.floorDiv(x, y));
                case MOD:
                    if (y == 0) {
                        throw PyException.zeroDivision("integer modulo by zero");
                    }
                    return PyInt.of(Math.floorMod(x, y));
                case DIV:
                    return new PyFloat(trueDivide(a, b));
                case BITAND:
                    return PyInt.of(x & y);
                case BITOR:
                    return PyInt.of(x | y);
                case BITXOR:
                    return PyInt.of(x ^ y);
                case LSHIFT:
                    if (y < 0) {
                        throw PyException.value("negative shift count");
                    }
                    if (y < 63 && (x == 0 || Long.numberOfLeadingZeros(Math.abs(x)) > y + 1)) {
                        return PyInt.of(x << y);
                    }
                    break;
                case RSHIFT:
                    if (y < 0) {
                        throw PyException.value("negative shift count");
                    }
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                case POW:
                    return pow(a, b);
                default:
                    return null;
            }
        }
        return bigOp(op, a.toBig(), b.toBig(), a, b);
    }

    private static PyObject bigOp(Operator op, BigInteger x, BigInteger y, PyInt a, PyInt b) {
        switch (op) {
            case ADD:
                return PyInt.of(x.add(y));
            case SUB:
                return PyInt.of(x.subtract(y));
            case MULT:
                return PyInt.of(x.multiply(y));
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return PyInt.of(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw PyException.zeroDivision("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return PyInt.of(r);
            }
            case DIV:
                return new PyFloat(trueDivide(a, b));
            case BITAND:
                return PyInt.of(x.and(y));
            case BITOR:
                return PyInt.of(x.or(y));
            case BITXOR:
                return PyInt.of(x.xor(y));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PyException.value("negative shift count");
                }
                return PyInt.of(x.shiftLeft(y.intValueExact()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PyException.value("negative shift count");
                }
                return PyInt.of(y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0)
                        : x.shiftRight(y.intValue()));
            case POW:
                return pow(a, b);
            default:
                return null;
        }
    }

    static double trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyException.zeroDivision("division by zero");
        }
        if (a.isSmall() && b.isSmall() && Math.abs(a.value) < (1L << 53) && Math.abs(b.value) < (1L << 53)) {
            return (double) a.value / (double) b.value;
        }
        return BigDivision.divide(a.toBig(), b.toBig());
    }

    static PyObject pow(PyInt a, PyInt b) {
        if (b.signum() < 0) {
            double base = a.doubleValue();
            if (base == 0) {
                throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(Math.pow(base, b.doubleValue()));
        }
        if (!b.isSmall() || b.value > Integer.MAX_VALUE) {
            if (a.isSmall() && (a.value == 0 || a.value == 1)) {
                return a;
            }
            throw PyException.overflow("exponent too large");
        }
        if (a.isSmall() && b.value < 64) {
            long r = 1;
            long base = a.value;
            boolean ok = true;
            for (long i = 0; i < b.value; i++) {
                long hi = Math.multiplyHigh(r, base);
                long nr = r * base;
                if (!((hi == 0 && nr >= 0) || (hi == -1 && nr < 0))) {
                    ok = false;
                    break;
                }
                r = nr;
            }
            if (ok) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(a.toBig().pow((int) b.value));
    }

    /** float op float (ints already converted). */
    static PyObject floatOp(Operator op, double x, double y) {
        switch (op) {
            case ADD:
                return new PyFloat(x + y);
            case SUB:
                return new PyFloat(x - y);
            case MULT:
                return new PyFloat(x * y);
            case DIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float division by zero");
                }
                return new PyFloat(x / y);
            case FLOORDIV:
                if (y == 0) {
                    throw PyException.zeroDivision("float floor division by zero");
                }
                return new PyFloat(floorDiv(x, y));
            case MOD:
                if (y == 0) {
                    throw PyException.zeroDivision("float modulo");
                }
                return new PyFloat(floatMod(x, y));
            case POW:
                return floatPow(x, y);
            default:
                return null;
        }
    }

    /** CPython's float_divmod: the floor of x / y computed from fmod for exactness. */
    static double floorDiv(double x, double y) {
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0 && ((y < 0) != (mod < 0))) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, x / y);
        }
        double floordiv = Math.floor(div);
        if (div - floordiv > 0.5) {
            floordiv += 1.0;
        }
        return floordiv;
    }

    static double floatMod(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    static PyObject floatPow(double x, double y) {
        if (x == 0 && y < 0) {
            throw PyException.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) {
            throw PyException.unsupported("complex numbers (a negative number to a fractional power)");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyException.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }
}
