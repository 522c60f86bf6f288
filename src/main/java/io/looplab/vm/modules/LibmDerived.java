package io.looplab.vm.modules;

/**
 * The libm functions glibc derives from fdlibm's formulas (log10, sinh, cosh, tanh, asinh,
 * acosh, atanh) or computes its own way (cbrt), written the same way over {@link Libm}'s
 * correctly rounded exp and log, so they round as glibc's do.
 */
final class LibmDerived {
    private LibmDerived() {
    }

    /** glibc's e_log10.c (fdlibm): log10(m 2^k) = k log10(2) + log(m) / ln 10, over its own log. */
    static double log10(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return Libm.log(x);
        }
        final double ivln10 = 4.34294481903251816668e-01;
        final double log10of2hi = 3.01029995663611771306e-01;
        final double log10of2lo = 3.69423907715893078616e-13;
        long bits = Double.doubleToRawLongBits(x);
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            bits = Double.doubleToRawLongBits(x * 0x1p54);
        }
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        double m = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * log10of2lo + ivln10 * Libm.log(m);
        return z + y * log10of2hi;
    }

    private static final double[] CBRT_FACTOR = {1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0,
        1.2599210498948731648, 1.5874010519681994748};

    /** glibc's s_cbrt.c (not correctly rounded: cbrt(27) is 3.0000000000000004 there too). */
    static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x + x;
        }
        int xe = Math.getExponent(x) + 1;
        double ax = Math.abs(x);
        if (ax < Double.MIN_NORMAL) {
            xe = Math.getExponent(ax * 0x1p54) + 1 - 54;
        }
        double xm = Math.scalb(ax, -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287
                + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262
                - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    static double sinh(double x) {
        double ax = Math.abs(x);
        double h = x < 0 ? -0.5 : 0.5;
        if (Double.isNaN(x) || Double.isInfinite(x) || ax < 22) {
            return StrictMath.sinh(x);
        }
        if (ax < 709.78) {
            return h * Libm.exp(ax);
        }
        double w = Libm.exp(0.5 * ax);
        return h * w * w;
    }

    static double cosh(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || Double.isInfinite(x) || ax < 0.5 * Libm.LN2_HI) {
            return StrictMath.cosh(x);
        }
        if (ax < 22) {
            double t = Libm.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ax < 709.78) {
            return 0.5 * Libm.exp(ax);
        }
        double w = Libm.exp(0.5 * ax);
        return 0.5 * w * w;
    }

    static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    static double asinh(double x) {
        double ax = Math.abs(x);
        double w;
        if (Double.isNaN(x) || Double.isInfinite(x) || ax < 0x1p-28) {
            return x;
        }
        if (ax > 0x1p28) {
            w = Libm.log(ax) + Libm.LN2_HI;
        } else if (ax > 2.0) {
            w = Libm.log(2.0 * ax + 1.0 / (Math.sqrt(ax * ax + 1.0) + ax));
        } else {
            double t = ax * ax;
            w = Libm.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x > 0x1p28) {
            return Double.isInfinite(x) ? x : Libm.log(x) + Libm.LN2_HI;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            return Libm.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return Libm.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** glibc's own e_atanh.c (not fdlibm's). */
    static double atanh(double x) {
        double xa = Math.abs(x);
        double t;
        if (xa < 0.5) {
            if (xa < 0x1p-28) {
                return x;
            }
            t = xa + xa;
            t = 0.5 * Libm.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * Libm.log1p((xa + xa) / (1.0 - xa));
        } else {
            return xa > 1.0 || Double.isNaN(x) ? Double.NaN : x / 0.0;
        }
        return Math.copySign(t, x);
    }
}
