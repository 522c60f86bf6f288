package io.looplab.vm;

import java.math.BigInteger;

/**
 * int / int beyond 2**53, correctly rounded as CPython's long_true_divide: an integer quotient
 * with two bits to spare and a sticky bit for the remainder, rounded half-to-even once
 * (also in the subnormal range), so no decimal intermediate can round twice.
 */
final class BigDivision {
    private static final int MIN_EXP = -1074;

    private BigDivision() {
    }

    /** a / b for b != 0. */
    static double divide(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        // the quotient q = n / d * 2**-shift gets 55 or 56 bits; the result is q * 2**shift
        int shift = n.bitLength() - d.bitLength() - 55;
        int topExponent = shift + 55;
        if (topExponent > 1024) {
            throw overflow();
        }
        boolean subnormal = shift < MIN_EXP - 2;
        shift = Math.max(shift, MIN_EXP - 2);
        BigInteger[] qr = (shift >= 0 ? n : n.shiftLeft(-shift)).divideAndRemainder(shift >= 0 ? d.shiftLeft(shift) : d);
        long q = qr[0].longValue() | (qr[1].signum() != 0 ? 1 : 0);
        double r;
        if (subnormal) {
            // subnormal (or tiny) result: round to a multiple of 2**-1074 here, half to even
            long m = q >> 2;
            long rest = q & 3;
            m += rest > 2 || rest == 2 && (m & 1) == 1 ? 1 : 0;
            r = Math.scalb((double) m, MIN_EXP);
        } else {
            r = Math.scalb((double) q, shift);
        }
        if (Double.isInfinite(r)) {
            throw overflow();
        }
        return negative ? -r : r;
    }

    private static PyException overflow() {
        return PyException.overflow("integer division result too large for a float");
    }
}
