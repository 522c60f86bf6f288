package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/**
 * The real-valued distributions of Lib/random.py (3.11): the same formulas, the same order of
 * random() draws and the same rejection loops, so every value matches CPython's.
 */
final class RandomDistributions {
    private static final double TWOPI = 2.0 * Math.PI;
    private static final double NV_MAGICCONST = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);
    private static final double LOG4 = Libm.log(4.0);
    private static final double SG_MAGICCONST = 1.0 + Libm.log(4.5);
    private static final PyFloat ZERO = new PyFloat(0.0);
    private static final PyFloat ONE = new PyFloat(1.0);

    private RandomDistributions() {
    }

    /** A method of two arguments with defaults: f(self, a, b). */
    private interface Dist2 {
        PyObject apply(PyRandom r, PyObject a, PyObject b);
    }

    private static void define2(PyType t, String name, String p1, String p2, PyObject d1, PyObject d2, Dist2 f) {
        t.define(name, PyBuiltinFunction.methodN("Random", name, (a, k) -> {
            Args p = new Args(name, a, k, "self", p1, p2);
            PyObject x = d1 == null ? p.require(1) : p.get(1, d1);
            PyObject y = d2 == null ? p.require(2) : p.get(2, d2);
            return f.apply(RandomModule.self(a[0]), x, y);
        }));
    }

    static void define(PyType t) {
        define2(t, "uniform", "a", "b", null, null, RandomDistributions::uniform);
        t.define("triangular", PyBuiltinFunction.methodN("Random", "triangular", (a, k) -> {
            Args p = new Args("triangular", a, k, "self", "low", "high", "mode");
            return triangular(RandomModule.self(a[0]), p.get(1, ZERO), p.get(2, ONE), p.get(3, Py.NONE));
        }));
        define2(t, "normalvariate", "mu", "sigma", ZERO, ONE, RandomDistributions::normalvariate);
        define2(t, "gauss", "mu", "sigma", ZERO, ONE, RandomDistributions::gauss);
        define2(t, "lognormvariate", "mu", "sigma", null, null,
            (r, mu, sigma) -> new PyFloat(Libm.exp(Ops.toDouble(normalvariate(r, mu, sigma)))));
        t.define("expovariate", PyBuiltinFunction.method2("Random", "expovariate", (s, lambd) ->
            Ops.binary(Operator.DIV, new PyFloat(-Libm.log(1.0 - RandomModule.self(s).mt.random())), lambd)));
        define2(t, "vonmisesvariate", "mu", "kappa", null, null,
            (r, mu, kappa) -> new PyFloat(vonmises(r, Ops.toDouble(mu), Ops.toDouble(kappa))));
        define2(t, "gammavariate", "alpha", "beta", null, null,
            (r, al, be) -> new PyFloat(gamma(r, Ops.toDouble(al), Ops.toDouble(be))));
        define2(t, "betavariate", "alpha", "beta", null, null,
            (r, al, be) -> new PyFloat(beta(r, Ops.toDouble(al), Ops.toDouble(be))));
        t.define("paretovariate", PyBuiltinFunction.method2("Random", "paretovariate", (s, alpha) -> {
            double u = 1.0 - RandomModule.self(s).mt.random();
            return Ops.binary(Operator.POW, new PyFloat(u), Ops.binary(Operator.DIV, new PyFloat(-1.0), alpha));
        }));
        define2(t, "weibullvariate", "alpha", "beta", null, null, (r, alpha, beta) -> {
            double u = 1.0 - r.mt.random();
            PyObject p = Ops.binary(Operator.POW, new PyFloat(-Libm.log(u)), Ops.binary(Operator.DIV, ONE, beta));
            return Ops.binary(Operator.MULT, alpha, p);
        });
    }

    static PyObject uniform(PyRandom r, PyObject a, PyObject b) {
        PyObject width = Ops.binary(Operator.SUB, b, a);
        return Ops.binary(Operator.ADD, a, Ops.binary(Operator.MULT, width, new PyFloat(r.mt.random())));
    }

    static PyObject triangular(PyRandom r, PyObject low, PyObject high, PyObject mode) {
        double u = r.mt.random();
        double c;
        if (mode == Py.NONE) {
            c = 0.5;
        } else {
            try {
                c = Ops.toDouble(Ops.binary(Operator.DIV, Ops.binary(Operator.SUB, mode, low),
                        Ops.binary(Operator.SUB, high, low)));
            } catch (PyException e) {
                if (e.isInstance(io.looplab.vm.ExceptionTypes.ZERO_DIVISION_ERROR)) {
                    return low;
                }
                throw e;
            }
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            PyObject swap = low;
            low = high;
            high = swap;
        }
        PyObject width = Ops.binary(Operator.SUB, high, low);
        return Ops.binary(Operator.ADD, low, Ops.binary(Operator.MULT, width, new PyFloat(Math.sqrt(u * c))));
    }

    /** Kinderman and Monahan's ratio-of-uniforms method. */
    static PyObject normalvariate(PyRandom r, PyObject mu, PyObject sigma) {
        double z;
        while (true) {
            double u1 = r.mt.random();
            double u2 = 1.0 - r.mt.random();
            z = NV_MAGICCONST * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Libm.log(u2)) {
                break;
            }
        }
        return affine(mu, z, sigma);
    }

    /** Box-Muller: values come in pairs; the second is kept for the next call. */
    static PyObject gauss(PyRandom r, PyObject mu, PyObject sigma) {
        PyObject z = r.gaussNext;
        r.gaussNext = Py.NONE;
        if (z == Py.NONE) {
            double x2pi = r.mt.random() * TWOPI;
            double g2rad = Math.sqrt(-2.0 * Libm.log(1.0 - r.mt.random()));
            z = new PyFloat(Libm.cos(x2pi) * g2rad);
            r.gaussNext = new PyFloat(Libm.sin(x2pi) * g2rad);
        }
        return Ops.binary(Operator.ADD, mu, Ops.binary(Operator.MULT, z, sigma));
    }

    private static PyObject affine(PyObject mu, double z, PyObject sigma) {
        return Ops.binary(Operator.ADD, mu, Ops.binary(Operator.MULT, new PyFloat(z), sigma));
    }

    static double vonmises(PyRandom r, double mu, double kappa) {
        if (kappa <= 1e-6) {
            return TWOPI * r.mt.random();
        }
        double s = 0.5 / kappa;
        double rr = s + Math.sqrt(1.0 + s * s);
        double z;
        while (true) {
            double u1 = r.mt.random();
            z = Libm.cos(Math.PI * u1);
            double d = z / (rr + z);
            double u2 = r.mt.random();
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Libm.exp(d)) {
                break;
            }
        }
        double q = 1.0 / rr;
        double f = (q + z) / (1.0 + q * z);
        double u3 = r.mt.random();
        double theta = u3 > 0.5 ? mu + Libm.acos(f) : mu - Libm.acos(f);
        return Libm.pyMod(theta, TWOPI);
    }

    static double gamma(PyRandom r, double alpha, double beta) {
        if (alpha <= 0.0 || beta <= 0.0) {
            throw PyException.value("gammavariate: alpha and beta must be > 0.0");
        }
        if (alpha > 1.0) {
            return gammaLarge(r, alpha) * beta;
        }
        if (alpha == 1.0) {
            return -Libm.log(1.0 - r.mt.random()) * beta;
        }
        double x;
        while (true) {
            double u = r.mt.random();
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            x = p <= 1.0 ? Libm.pow(p, 1.0 / alpha) : -Libm.log((b - p) / alpha);
            double u1 = r.mt.random();
            if (p > 1.0 ? u1 <= Libm.pow(x, alpha - 1.0) : u1 <= Libm.exp(-x)) {
                return x * beta;
            }
        }
    }

    /** Cheng's rejection algorithm GB for alpha > 1 (unscaled). */
    private static double gammaLarge(PyRandom r, double alpha) {
        double ainv = Math.sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        while (true) {
            double u1 = r.mt.random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) {
                continue;
            }
            double u2 = 1.0 - r.mt.random();
            double v = Libm.log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * Libm.exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + SG_MAGICCONST - 4.5 * z >= 0.0 || rr >= Libm.log(z)) {
                return x;
            }
        }
    }

    static double beta(PyRandom r, double alpha, double beta) {
        double y = gamma(r, alpha, 1.0);
        if (y != 0) {
            return y / (y + gamma(r, beta, 1.0));
        }
        return 0.0;
    }
}
