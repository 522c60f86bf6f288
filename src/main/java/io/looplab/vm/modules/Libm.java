package io.looplab.vm.modules;

/**
 * The C math library as CPython sees it on Linux. glibc's exp, log, log2, pow, sin, cos, tan,
 * atan, atan2, asin and acos are correctly rounded in practice; Java's Math and StrictMath are
 * not (they differ in the last digit for several percent of arguments), so these are evaluated
 * in double-double arithmetic and rounded once. {@link LibmDerived} builds glibc's fdlibm-style
 * functions (log10, sinh, cosh, asinh...) on top of them.
 */
final class Libm {
    private static final DD LN2 = new DD(0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56);
    /** ln 2 rounded to a double (fdlibm's ln2). */
    static final double LN2_HI = 0x1.62e42fefa39efp-1;
    private static final double LN2_LO2 = 0x1.7b57a079a1934p-111;
    private static final double[] PIO2 = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54, -0x1.f1976b7ed8fbcp-110,
        0x1.4cf98e804177dp-164};
    /** Above this |x| the three-part reduction modulo pi/2 is no longer exact enough. */
    private static final double REDUCE_LIMIT = 0x1p19;
    private static final DD[] INV_FACT = new DD[32];

    static {
        INV_FACT[0] = DD.ONE;
        for (int i = 1; i < INV_FACT.length; i++) {
            INV_FACT[i] = INV_FACT[i - 1].div(i);
        }
    }

    private Libm() {
    }

    // ---- exponentials and logarithms ----

    static double exp(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x > 709.79) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        return scaled(expDD(new DD(x, 0.0)));
    }

    /** exp of a double-double; the result's power of two is kept apart (in Scaled.k) to avoid overflow. */
    private static Scaled expDD(DD x) {
        double k = Math.rint(x.hi() / LN2.hi());
        DD r = x.sub(LN2.mul(k)).add(-k * LN2_LO2).scalb(-10);
        // e^r - 1 by Taylor series (|r| < 2^-11), then ten squarings of (1 + p): p -> 2p + p^2
        DD p = INV_FACT[9];
        for (int i = 8; i >= 1; i--) {
            p = p.mul(r).add(INV_FACT[i]);
        }
        p = p.mul(r);
        for (int i = 0; i < 10; i++) {
            p = p.mul(2.0).add(p.mul(p));
        }
        return new Scaled(p.add(1.0), (int) k);
    }

    /** A double-double times 2^k. */
    private record Scaled(DD m, int k) {
    }

    private static double scaled(Scaled s) {
        double v = s.m().value();
        return Math.scalb(v, s.k());
    }

    static double exp2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1080) {
            return 0.0;
        }
        double n = Math.rint(x);
        return Math.scalb(scaled(expDD(LN2.mul(x - n))), (int) n);
    }

    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
        }
        return logDD(x).value();
    }

    /** ln x for finite x > 0 in double-double: x = m 2^e with m in [sqrt(1/2), sqrt(2)). */
    static DD logDD(double x) {
        int e = Math.getExponent(x);
        double m;
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p64) - 64;
        }
        m = Math.scalb(x, -e);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        DD lm = Math.abs(m - 1.0) < 0.0625 ? logNearOne(m) : logNewton(m);
        return LN2.mul(e).add(e * LN2_LO2).add(lm);
    }

    /** ln m = 2 atanh(s), s = (m - 1) / (m + 1), for m close to 1 (keeps full relative accuracy). */
    private static DD logNearOne(double m) {
        double f = m - 1.0;
        DD s = DD.of(f).div(DD.of(2.0).add(f));
        DD s2 = s.mul(s);
        DD sum = DD.of(1.0 / 23);
        for (int k = 21; k >= 1; k -= 2) {
            sum = sum.mul(s2).add(DD.ONE.div(k));
        }
        return sum.mul(s).mul(2.0);
    }

    /** One Newton step from Java's estimate y: ln m = y + ln(m e^-y) = y + t - t^2/2. */
    private static DD logNewton(double m) {
        double y = Math.log(m);
        Scaled e = expDD(DD.of(-y));
        DD t = e.m().scalb(e.k()).mul(m).add(-1.0);
        return DD.of(y).add(t).sub(t.mul(t).mul(0.5));
    }

    static double log2(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return log(x);
        }
        return logDD(x).div(LN2.add(LN2_LO2)).value();
    }

    static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    // ---- powers ----

    /** C99 pow for finite and special operands (CPython's math.pow filters some specials first). */
    static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y) || x == 0) {
            return StrictMath.pow(x, y);
        }
        if (y == 1) {
            return x;
        }
        if (y == 2) {
            return x * x;
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.rint(y)) {
                return Double.NaN;
            }
            negate = Math.abs(y) < 0x1p53 && (long) y % 2 != 0;
            x = -x;
        }
        DD t = logDD(x).mul(y);
        double r;
        if (t.hi() > 709.8) {
            r = Double.POSITIVE_INFINITY;
        } else if (t.hi() < -745.2) {
            r = 0.0;
        } else {
            r = scaled(expDD(t));
        }
        return negate ? -r : r;
    }

    // ---- trigonometry ----

    static double sin(double x) {
        return trig(x, 0);
    }

    static double cos(double x) {
        return trig(x, 1);
    }

    static double tan(double x) {
        return trig(x, 2);
    }

    /** kind 0 sin, 1 cos, 2 tan: reduce x by n pi/2 exactly enough, then series in double-double. */
    private static double trig(double x, int kind) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) > REDUCE_LIMIT) {
            return kind == 0 ? StrictMath.sin(x) : kind == 1 ? StrictMath.cos(x) : StrictMath.tan(x);
        }
        if (x == 0) {
            return kind == 1 ? 1.0 : x;
        }
        double n = Math.rint(x * (2 / Math.PI));
        DD r = DD.of(x);
        for (double p : PIO2) {
            r = r.sub(DD.twoProd(n, p));
        }
        int q = (int) n & 3;
        DD s = sinSeries(r);
        DD c = cosSeries(r);
        switch (kind) {
            case 0:
                return (q == 0 ? s : q == 1 ? c : q == 2 ? s.neg() : c.neg()).value();
            case 1:
                return (q == 0 ? c : q == 1 ? s.neg() : q == 2 ? c.neg() : s).value();
            default:
                return ((q & 1) == 0 ? s.div(c) : c.div(s).neg()).value();
        }
    }

    private static DD sinSeries(DD r) {
        DD r2 = r.mul(r);
        DD sum = INV_FACT[29];
        for (int k = 27; k >= 1; k -= 2) {
            sum = sum.mul(r2).neg().add(INV_FACT[k]);
        }
        return sum.mul(r);
    }

    private static DD cosSeries(DD r) {
        DD r2 = r.mul(r);
        DD sum = INV_FACT[30];
        for (int k = 28; k >= 0; k -= 2) {
            sum = sum.mul(r2).neg().add(INV_FACT[k]);
        }
        return sum;
    }

    static double atan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > 0x1p60) {
            return Math.atan(x);
        }
        return atan2(x, 1.0);
    }

    /** One Newton step from Java's estimate t: atan2(y, x) = t + atan(tan(theta - t)). */
    static double atan2(double y, double x) {
        double t = Math.atan2(y, x);
        if (Double.isNaN(t) || Double.isInfinite(y) || Double.isInfinite(x) || y == 0 || x == 0) {
            return t;
        }
        int e = Math.max(Math.getExponent(y), Math.getExponent(x));
        y = Math.scalb(y, -e);
        x = Math.scalb(x, -e);
        DD[] sc = sinCos(t);
        DD num = sc[1].mul(y).sub(sc[0].mul(x));
        DD den = sc[1].mul(x).add(sc[0].mul(y));
        return DD.of(t).add(num.div(den)).value();
    }

    /** sin and cos of t in double-double (|t| <= pi, so the reduction is exact enough). */
    private static DD[] sinCos(double t) {
        double n = Math.rint(t * (2 / Math.PI));
        DD r = DD.of(t);
        for (double p : PIO2) {
            r = r.sub(DD.twoProd(n, p));
        }
        DD s = sinSeries(r);
        DD c = cosSeries(r);
        switch ((int) n & 3) {
            case 0:
                return new DD[] {s, c};
            case 1:
                return new DD[] {c, s.neg()};
            case 2:
                return new DD[] {s.neg(), c.neg()};
            default:
                return new DD[] {c.neg(), s};
        }
    }

    /** asin by a Newton step on sin from Java's estimate. */
    static double asin(double x) {
        double t = Math.asin(x);
        if (Double.isNaN(t) || x == 0 || Math.abs(x) == 1) {
            return t;
        }
        DD[] sc = sinCos(t);
        return DD.of(t).add(DD.of(x).sub(sc[0]).div(sc[1])).value();
    }

    /** acos by a Newton step on cos from Java's estimate. */
    static double acos(double x) {
        double t = Math.acos(x);
        if (Double.isNaN(t) || Math.abs(x) == 1) {
            return t;
        }
        DD[] sc = sinCos(t);
        return DD.of(t).sub(DD.of(x).sub(sc[1]).div(sc[0])).value();
    }

    /** Python's float %: the result takes the sign of the divisor. */
    static double pyMod(double x, double y) {
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }
}
