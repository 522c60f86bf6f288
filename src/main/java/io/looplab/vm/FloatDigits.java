package io.looplab.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of a positive finite double, as David Gay's dtoa hands them to CPython's
 * pystrtod.c: a digit string without trailing zeros and the decimal point position decpt
 * (value = 0.DIGITS x 10^decpt). Mode 0 is the shortest string that reads back as the same
 * double ({@link Ryu}); modes 2 and 3 round the exact binary value half-to-even, which is why format(2.675, '.2f') is '2.67' and format(0.125, '.2f') '0.12'.
 */
record FloatDigits(String digits, int decpt) {
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
        Ryu.Decimal d = Ryu.shortest(a);
        return strip(Long.toString(d.output()), d.exponent());
    }

    /** dtoa mode 2: n >= 1 significant digits. */
    static FloatDigits significant(double a, int n) {
        if (a == 0) {
            return ZERO;
        }
        FloatDigits s = shortest(a);
        // a just below a power of ten can have the shortest form "1", one decade up
        int unit = (s.digits.equals("1") ? s.decpt - 1 : s.decpt) - n;
        FloatDigits fast = s.roundedFrom(a, n, unit);
        if (fast != null) {
            return fast;
        }
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return strip(r.unscaledValue().toString(), -r.scale());
    }

    /** dtoa mode 3: n digits after the decimal point; nothing left rounds to no digits at -n. */
    static FloatDigits fixed(double a, int n) {
        if (a == 0) {
            return ZERO;
        }
        FloatDigits s = shortest(a);
        FloatDigits fast = s.roundedFrom(a, s.decpt + n, -n);
        if (fast != null) {
            return fast;
        }
        BigInteger u = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN).unscaledValue();
        if (u.signum() == 0) {
            return new FloatDigits("", -n);
        }
        return strip(u.toString(), -n);
    }

    /**
     * The exact value a rounded to keep significant digits (a unit of 10^unitExponent in the
     * last place), derived from these shortest digits
     * when that is provably the same, else null (the caller then rounds the exact binary value).
     * Digits beyond the shortest string: equal only if a's ulp is far below the last kept digit.
     * Fewer digits: rounding this string agrees unless it ends exactly on a half ("...5").
     */
    private FloatDigits roundedFrom(double a, int keep, int unitExponent) {
        int len = digits.length();
        if (keep >= len) {
            return Math.ulp(a) * 2 < Math.pow(10, unitExponent) ? this : null;
        }
        if (keep == len - 1 && digits.charAt(keep) == '5') {
            return null;
        }
        if (keep < 0 || digits.charAt(keep) < '5') {
            return keep <= 0 ? new FloatDigits("", decpt - keep) : strip(digits.substring(0, keep), decpt - keep);
        }
        char[] up = digits.substring(0, keep).toCharArray();
        int i = keep - 1;
        while (i >= 0 && up[i] == '9') {
            up[i--] = '0';
        }
        if (i < 0) {
            return new FloatDigits("1", decpt + 1);
        }
        up[i]++;
        return strip(new String(up), decpt - keep);
    }

    /** digits x 10^exp10 as (digits without trailing zeros, decpt). */
    private static FloatDigits strip(String digits, int exp10) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(digits.substring(0, end), digits.length() + exp10);
    }
}
