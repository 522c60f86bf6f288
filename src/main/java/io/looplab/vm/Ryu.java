package io.looplab.vm;

import java.math.BigInteger;

/**
 * The shortest decimal that reads back as a given double, closest to it, ties to an even last
 * digit: Ulf Adams' Ryu algorithm (PLDI 2018), written from the paper. It gives the same digits
 * as dtoa's mode 0, which CPython's repr uses, with 64-bit arithmetic instead of bignums.
 * The result is {@code output * 10^exponent}.
 */
final class Ryu {
    private static final int MANTISSA_BITS = 52;
    private static final int BIAS = 1023;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_BITCOUNT = 125;
    /** 5^i scaled to 125 bits, as {low 64 bits, high bits}. */
    private static final long[][] POW5_SPLIT = new long[326][];
    /** floor(2^k / 5^i) + 1 scaled to 125 bits, as {low 64 bits, high bits}. */
    private static final long[][] POW5_INV_SPLIT = new long[342][];

    static {
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < POW5_INV_SPLIT.length; i++) {
            BigInteger pow = BigInteger.valueOf(5).pow(i);
            int len = pow.bitLength();
            if (i < POW5_SPLIT.length) {
                BigInteger scaled = pow.shiftRight(len - POW5_BITCOUNT);
                POW5_SPLIT[i] = new long[] {scaled.and(mask).longValue(), scaled.shiftRight(64).longValue()};
            }
            BigInteger inv = BigInteger.ONE.shiftLeft(len - 1 + POW5_INV_BITCOUNT).divide(pow).add(BigInteger.ONE);
            POW5_INV_SPLIT[i] = new long[] {inv.and(mask).longValue(), inv.shiftRight(64).longValue()};
        }
    }

    /** A decimal result: output * 10^exponent. */
    record Decimal(long output, int exponent) {
    }

    private Ryu() {
    }

    /** bit length of 5^e, for 0 <= e <= 3528. */
    private static int pow5bits(int e) {
        return (int) (((long) e * 1217359) >>> 19) + 1;
    }

    private static int log10Pow2(int e) {
        return (int) (((long) e * 78913) >>> 18);
    }

    private static int log10Pow5(int e) {
        return (int) (((long) e * 732923) >>> 20);
    }

    private static int pow5Factor(long value) {
        int count = 0;
        while (value > 0 && value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count;
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        return pow5Factor(value) >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** (m * mul) >> j for the 128-bit mul, with j > 64. */
    private static long mulShift(long m, long[] mul, int j) {
        long high0 = unsignedMultiplyHigh(m, mul[0]);
        long low2 = m * mul[1];
        long high2 = unsignedMultiplyHigh(m, mul[1]);
        long sumLow = low2 + high0;
        long carry = Long.compareUnsigned(sumLow, low2) < 0 ? 1 : 0;
        long sumHigh = high2 + carry;
        int dist = j - 64;
        return (sumHigh << (64 - dist)) | (sumLow >>> dist);
    }

    /** The shortest, closest decimal for a positive finite double. */
    static Decimal shortest(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long ieeeMantissa = bits & ((1L << MANTISSA_BITS) - 1);
        int ieeeExponent = (int) (bits >>> MANTISSA_BITS) & 0x7ff;
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - BIAS - MANTISSA_BITS - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - BIAS - MANTISSA_BITS - 2;
            m2 = (1L << MANTISSA_BITS) | ieeeMantissa;
        }
        boolean acceptBounds = (m2 & 1) == 0;
        long mv = 4 * m2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift(4 * m2, POW5_INV_SPLIT[q], i);
            vp = mulShift(4 * m2 + 2, POW5_INV_SPLIT[q], i);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5_INV_SPLIT[q], i);
            if (q <= 21) {
                // only one of mp, mv and mm can be a multiple of 5, if any
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
                } else {
                    vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift(4 * m2, POW5_SPLIT[i], j);
            vp = mulShift(4 * m2 + 2, POW5_SPLIT[i], j);
            vm = mulShift(4 * m2 - 1 - mmShift, POW5_SPLIT[i], j);
            if (q <= 1) {
                // mv = 4 * m2 has at least q trailing zero bits, so vr is exact
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    vp--;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
            }
        }
        return vmIsTrailingZeros || vrIsTrailingZeros
                ? general(vr, vp, vm, e10, acceptBounds, vmIsTrailingZeros, vrIsTrailingZeros)
                : common(vr, vp, vm, e10);
    }

    /** The usual case: no exact trailing zeros to track, so digits are dropped two at a time first. */
    private static Decimal common(long vr, long vp, long vm, int e10) {
        int removed = 0;
        boolean roundUp = false;
        if (vp / 100 > vm / 100) {
            roundUp = vr % 100 >= 50;
            vr /= 100;
            vp /= 100;
            vm /= 100;
            removed += 2;
        }
        while (vp / 10 > vm / 10) {
            roundUp = vr % 10 >= 5;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        return new Decimal(vr + (vr == vm || roundUp ? 1 : 0), e10 + removed);
    }

    private static Decimal general(long vr, long vp, long vm, int e10, boolean acceptBounds,
                                   boolean vmIsTrailingZeros, boolean vrIsTrailingZeros) {
        int removed = 0;
        int lastRemovedDigit = 0;
        while (vp / 10 > vm / 10) {
            vmIsTrailingZeros &= vm % 10 == 0;
            vrIsTrailingZeros &= lastRemovedDigit == 0;
            lastRemovedDigit = (int) (vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vmIsTrailingZeros) {
            while (vm % 10 == 0) {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
            // exactly halfway: round to an even last digit
            lastRemovedDigit = 4;
        }
        boolean up = vr == vm && (!acceptBounds || !vmIsTrailingZeros) || lastRemovedDigit >= 5;
        return new Decimal(vr + (up ? 1 : 0), e10 + removed);
    }
}
