package io.looplab.vm.modules;

/**
 * A double-double number (hi + lo, |lo| <= ulp(hi) / 2): about 106 bits, enough to round the
 * elementary functions correctly in all but astronomically rare cases (Dekker, Knuth; the QD
 * library's algorithms). Libm uses it to reproduce glibc's correctly rounded exp, log, sin...
 */
record DD(double hi, double lo) {
    static final DD ONE = new DD(1.0, 0.0);

    static DD of(double x) {
        return new DD(x, 0.0);
    }

    /** a + b exactly, as a normalized pair. */
    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DD(s, (a - (s - bb)) + (b - bb));
    }

    /** a * b exactly, as a normalized pair. */
    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    private static DD quick(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    DD add(DD b) {
        DD s = twoSum(hi, b.hi);
        DD t = twoSum(lo, b.lo);
        DD u = quick(s.hi, s.lo + t.hi);
        return quick(u.hi, u.lo + t.lo);
    }

    DD add(double b) {
        DD s = twoSum(hi, b);
        return quick(s.hi, s.lo + lo);
    }

    DD sub(DD b) {
        return add(b.neg());
    }

    DD neg() {
        return new DD(-hi, -lo);
    }

    DD mul(DD b) {
        DD p = twoProd(hi, b.hi);
        return quick(p.hi, p.lo + (hi * b.lo + lo * b.hi));
    }

    DD mul(double b) {
        DD p = twoProd(hi, b);
        return quick(p.hi, p.lo + lo * b);
    }

    DD div(DD b) {
        double q1 = hi / b.hi;
        DD r = sub(b.mul(q1));
        double q2 = r.hi / b.hi;
        r = r.sub(b.mul(q2));
        double q3 = r.hi / b.hi;
        return quick(q1, q2).add(q3);
    }

    DD div(double b) {
        return div(of(b));
    }

    DD scalb(int n) {
        return new DD(Math.scalb(hi, n), Math.scalb(lo, n));
    }

    /** The nearest double. */
    double value() {
        return hi + lo;
    }
}
