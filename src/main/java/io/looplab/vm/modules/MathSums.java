package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;

/** math.fsum (Shewchuk's exact partials, as mathmodule.c), hypot and dist (3.11's vector_norm), prod. */
final class MathSums {
    private MathSums() {
    }

    static void define(PyModule m) {
        m.put("fsum", PyBuiltinFunction.of1("fsum", it -> new PyFloat(fsum(it))));
        m.put("hypot", PyBuiltinFunction.ofN("hypot", (a, k) -> hypot(Args.positional("hypot", a, k))));
        m.put("dist", PyBuiltinFunction.of2("dist", MathSums::dist));
        m.put("prod", PyBuiltinFunction.ofN("prod", (a, k) -> {
            Args p = new Args("prod", a, k, "iterable", "start");
            if (p.positionalCount() > 1) {
                throw PyException.type("prod() takes exactly 1 positional argument (" + p.positionalCount()
                        + " given)");
            }
            PyObject acc = p.get(1, PyInt.of(1));
            PyObject it = Ops.iter(p.require(0));
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                acc = Ops.binary(Operator.MULT, acc, x);
            }
            return acc;
        }));
    }

    static double fsum(PyObject iterable) {
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        PyObject it = Ops.iter(iterable);
        for (PyObject item = Ops.next(it); item != null; item = Ops.next(it)) {
            double x = MathModule.toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    p[i++] = lo;
                }
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    // a non-finite x: intermediate overflow, or an inf or nan among the summands
                    if (Double.isFinite(xsave)) {
                        throw PyException.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(xsave)) {
                        infSum += xsave;
                    }
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n == p.length) {
                        p = java.util.Arrays.copyOf(p, n * 2);
                    }
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) {
                throw PyException.value("-inf + inf in fsum");
            }
            return specialSum;
        }
        return roundPartials(p, n);
    }

    /** Sums the partials from the top until inexact, then fixes half-even rounding across partials. */
    private static double roundPartials(double[] p, int n) {
        double hi = 0.0;
        double lo = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                lo = y - (hi - x);
                if (lo != 0.0) {
                    break;
                }
            }
            if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
                double y = lo * 2.0;
                double x = hi + y;
                if (y == x - hi) {
                    hi = x;
                }
            }
        }
        return hi;
    }

    private static PyObject hypot(PyObject[] args) {
        double[] v = new double[args.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < args.length; i++) {
            double x = Math.abs(MathModule.toDouble(args[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(v, max, nan));
    }

    private static PyObject dist(PyObject p, PyObject q) {
        PyObject[] ps = Ops.toArray(p);
        PyObject[] qs = Ops.toArray(q);
        if (ps.length != qs.length) {
            throw PyException.value("both points must have the same number of dimensions");
        }
        double[] v = new double[ps.length];
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < ps.length; i++) {
            double x = Math.abs(MathModule.toDouble(ps[i]) - MathModule.toDouble(qs[i]));
            v[i] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return new PyFloat(vectorNorm(v, max, nan));
    }

    /**
     * 3.11's vector_norm: scale by the largest exponent, split each term (Veltkamp-Dekker) into
     * exact squares summed with compensation, take the root, then one differential correction.
     */
    static double vectorNorm(double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0;
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || vec.length <= 1) {
            return max;
        }
        int maxE = max < Double.MIN_NORMAL ? Math.getExponent(max * 0x1p64) - 63 : Math.getExponent(max) + 1;
        if (maxE < -1023) {
            // ldexp(1.0, -max_e) would overflow: fall back to dividing by max
            double csum = 1.0;
            double frac = 0.0;
            for (double value : vec) {
                double x = value / max;
                x = x * x;
                double old = csum;
                csum += x;
                frac += (old - csum) + x;
            }
            return max * Math.sqrt(csum - 1.0 + frac);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        for (double value : vec) {
            double x = value * scale;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            double sq = hi * hi;
            double old = csum;
            csum += sq;
            frac1 += (old - csum) + sq;
            sq = 2.0 * hi * lo;
            old = csum;
            csum += sq;
            frac2 += (old - csum) + sq;
            frac3 += lo * lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        double t = h * t27;
        double hi = t - (t - h);
        double lo = h - hi;
        double x = -hi * hi;
        double old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = -2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        x = -lo * lo;
        old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
}
