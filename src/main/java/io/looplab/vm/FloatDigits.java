package io.looplab.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a positive finite double, as David Gay's dtoa hands them to CPython's
 * pystrtod.c: a digit string without trailing zeros and the decimal point position decpt
 * (value = 0.DIGITS x 10^decpt). Mode 0 is the shortest string that reads back as the same
 * double (Burger and Dybvig's free-format algorithm); modes 2 and 3 round the exact binary
 * value half-to-even, which is why format(2.675, '.2f') is '2.67' and format(0.125, '.2f') '0.12'.
 */
record FloatDigits(String digits, int decpt) {
    private static final BigInteger TWO = BigInteger.TWO;
    private static final FloatDigits ZERO = new FloatDigits("0", 1);
    private static final double TWO_53 = 9007199254740992.0;

    /** dtoa mode 0: shortest round-tripping digits, the closest such string to the exact value. */
    static FloatDigits shortest(double a) {
        if (a == 0) {
            return ZERO;
        }
        if (a < TWO_53 && a == Math.rint(a)) {
            // every integer below 2**53 is exact and its neighbours are a whole unit away
            return strip(Long.toString((long) a), 0);
        }
        return burgerDybvig(a);
    }

    /** dtoa mode 2: n >= 1 significant digits. */
    static FloatDigits significant(double a, int n) {
        if (a == 0) {
            return ZERO;
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return strip(r.unscaledValue().toString(), -r.scale());
    }

    /** dtoa mode 3: n digits after the decimal point; nothing left rounds to no digits at -n. */
    static FloatDigits fixed(double a, int n) {
        if (a == 0) {
            return ZERO;
        }
        BigInteger u = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN).unscaledValue();
        if (u.signum() == 0) {
            return new FloatDigits("", -n);
        }
        return strip(u.toString(), -n);
    }

    /** digits x 10^exp10 as (digits without trailing zeros, decpt). */
    private static FloatDigits strip(String digits, int exp10) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(digits.substring(0, end), digits.length() + exp10);
    }

    /**
     * Free-format shortest output (Burger and Dybvig 1996, with IEEE round-half-even reading:
     * the boundaries of the rounding interval belong to it when the significand is even).
     * r/s is the scaled value, mPlus/mMinus the distances to the interval's ends.
     */
    private static FloatDigits burgerDybvig(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int be = (int) (bits >>> 52) & 0x7ff;
        long f = bits & ((1L << 52) - 1);
        int e;
        if (be == 0) {
            e = -1074;
        } else {
            f |= 1L << 52;
            e = be - 1075;
        }
        boolean even = (f & 1) == 0;
        boolean lopsided = f == 1L << 52 && be > 1;
        BigInteger r;
        BigInteger s;
        BigInteger mPlus;
        BigInteger mMinus;
        if (e >= 0) {
            BigInteger be2 = BigInteger.ONE.shiftLeft(e);
            r = BigInteger.valueOf(f).shiftLeft(e + (lopsided ? 2 : 1));
            s = lopsided ? BigInteger.valueOf(4) : TWO;
            mPlus = lopsided ? be2.shiftLeft(1) : be2;
            mMinus = be2;
        } else {
            r = BigInteger.valueOf(f).shiftLeft(lopsided ? 2 : 1);
            s = BigInteger.ONE.shiftLeft(-e + (lopsided ? 2 : 1));
            mPlus = lopsided ? TWO : BigInteger.ONE;
            mMinus = BigInteger.ONE;
        }
        int k = (int) Math.ceil(Math.log10(a) - 1e-10);
        if (k >= 0) {
            s = s.multiply(BigInteger.TEN.pow(k));
        } else {
            BigInteger scale = BigInteger.TEN.pow(-k);
            r = r.multiply(scale);
            mPlus = mPlus.multiply(scale);
            mMinus = mMinus.multiply(scale);
        }
        // fix the estimate of k so that (r + mPlus) / s lies in [0.1, 1)
        while (high(r, mPlus, s, even)) {
            s = s.multiply(BigInteger.TEN);
            k++;
        }
        while (!high(r.multiply(BigInteger.TEN), mPlus.multiply(BigInteger.TEN), s, even)) {
            r = r.multiply(BigInteger.TEN);
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = mMinus.multiply(BigInteger.TEN);
            k--;
        }
        return new FloatDigits(generate(r, s, mPlus, mMinus, even), k);
    }

    private static boolean high(BigInteger r, BigInteger mPlus, BigInteger s, boolean even) {
        int c = r.add(mPlus).compareTo(s);
        return even ? c >= 0 : c > 0;
    }

    private static String generate(BigInteger r, BigInteger s, BigInteger mPlus, BigInteger mMinus, boolean even) {
        StringBuilder sb = new StringBuilder(17);
        while (true) {
            BigInteger[] qr = r.multiply(BigInteger.TEN).divideAndRemainder(s);
            int d = qr[0].intValue();
            r = qr[1];
            mPlus = mPlus.multiply(BigInteger.TEN);
            mMinus = mMinus.multiply(BigInteger.TEN);
            int lowCmp = r.compareTo(mMinus);
            boolean low = even ? lowCmp <= 0 : lowCmp < 0;
            boolean high = high(r, mPlus, s, even);
            if (!low && !high) {
                sb.append((char) ('0' + d));
                continue;
            }
            if (low && high) {
                int half = r.shiftLeft(1).compareTo(s);
                // a true tie between the two candidates keeps the even digit, as dtoa does
                boolean up = half > 0 || half == 0 && (d & 1) == 1;
                d += up ? 1 : 0;
            } else if (high) {
                d++;
            }
            sb.append((char) ('0' + d));
            break;
        }
        int end = sb.length();
        while (end > 1 && sb.charAt(end - 1) == '0') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }
}
