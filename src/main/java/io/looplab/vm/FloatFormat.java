package io.looplab.vm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** repr(float) exactly as CPython: the shortest digits that round-trip, in CPython's layout. */
public final class FloatFormat {
    private FloatFormat() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(d);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17 && shortest == null; p++) {
            shortest = closestRoundTrip(exact, d, p);
        }
        return layout(shortest.stripTrailingZeros());
    }

    /**
     * The p-digit decimal closest to d that still reads back as d, or null. Besides the nearest
     * p-digit value, the neighbours above and below are tried: at a power of two the rounding
     * interval is lopsided and only the farther one may round-trip (dtoa's shortest mode).
     */
    private static BigDecimal closestRoundTrip(BigDecimal exact, double d, int p) {
        BigDecimal best = null;
        for (RoundingMode m : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
            BigDecimal r = exact.round(new MathContext(p, m));
            if (r.doubleValue() == d && (best == null
                    || r.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = r;
            }
        }
        return best;
    }

    /** CPython's float_repr_style 'short' layout: exponent form when exp < -4 or exp >= 16. */
    private static String layout(BigDecimal v) {
        String sign = v.signum() < 0 ? "-" : "";
        String digits = v.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - v.scale();
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }
}
