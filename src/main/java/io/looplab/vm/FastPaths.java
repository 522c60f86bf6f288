package io.looplab.vm;

/**
 * The arithmetic and comparisons of exact ints and floats, small enough for the JIT to inline
 * into the dispatch loop (CPython 3.11 specialises the same instructions). Each returns null
 * when the general path must decide (overflow, big ints, errors such as division by zero).
 */
final class FastPaths {
    private static final int ADD = 0;
    private static final int SUB = 1;
    private static final int MULT = 2;
    private static final int MOD = 5;
    private static final int FLOORDIV = 12;

    private FastPaths() {
    }

    static PyObject intOp(int op, PyInt a, PyInt b) {
        if (a.big != null || b.big != null) {
            return null;
        }
        long x = a.value;
        long y = b.value;
        switch (op) {
            case ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : PyInt.of(r);
            }
            case SUB: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : PyInt.of(r);
            }
            case MULT: {
                long r = x * y;
                long hi = Math.multiplyHigh(x, y);
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? PyInt.of(r) : null;
            }
            case MOD:
                return y == 0 ? null : PyInt.of(Math.floorMod(x, y));
            case FLOORDIV:
                return y == 0 || x == Long.MIN_VALUE ? null : PyInt.of(Math.floorDiv(x, y));
            default:
                return null;
        }
    }

    static PyObject floatOp(int op, double x, double y) {
        switch (op) {
            case ADD:
                return new PyFloat(x + y);
            case SUB:
                return new PyFloat(x - y);
            case MULT:
                return new PyFloat(x * y);
            case 4:
                return y == 0 ? null : new PyFloat(x / y);
            default:
                return null;
        }
    }

    /** CmpOperator ordinals EQ, NOT_EQ, LT, LT_E, GT, GT_E. */
    static boolean compare(int op, long x, long y) {
        switch (op) {
            case 0:
                return x == y;
            case 1:
                return x != y;
            case 2:
                return x < y;
            case 3:
                return x <= y;
            case 4:
                return x > y;
            default:
                return x >= y;
        }
    }
}
