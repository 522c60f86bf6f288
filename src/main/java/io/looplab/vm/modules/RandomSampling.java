package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyBytes;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyRange;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.HashSet;
import java.util.Set;

/** Random.choice, shuffle, sample and choices, in the order Lib/random.py (3.11) draws numbers. */
final class RandomSampling {
    private RandomSampling() {
    }

    static void define(PyType t) {
        t.define("choice", PyBuiltinFunction.method2("Random", "choice", (s, seq) -> choice(RandomModule.self(s), seq)));
        t.define("shuffle", PyBuiltinFunction.method2("Random", "shuffle", (s, x) -> {
            shuffle(RandomModule.self(s), x);
            return Py.NONE;
        }));
        t.define("sample", PyBuiltinFunction.methodN("Random", "sample", (a, k) -> {
            Args p = new Args("sample", a, k, "self", "population", "k", "counts");
            if (p.positionalCount() > 3) {
                throw PyException.type("Random.sample() takes 3 positional arguments but " + p.positionalCount()
                        + " were given");
            }
            return sample(RandomModule.self(a[0]), p.require(1), p.require(2), p.get(3, Py.NONE));
        }));
        t.define("choices", PyBuiltinFunction.methodN("Random", "choices", (a, k) -> {
            Args p = new Args("choices", a, k, "self", "population", "weights", "cum_weights", "k");
            if (p.positionalCount() > 3) {
                throw PyException.type("Random.choices() takes from 2 to 3 positional arguments but "
                        + p.positionalCount() + " were given");
            }
            return choices(RandomModule.self(a[0]), p.require(1), p.get(2, Py.NONE), p.get(3, Py.NONE),
                    p.get(4, PyInt.of(1)));
        }));
    }

    static PyObject choice(PyRandom r, PyObject seq) {
        int n = Ops.len(seq);
        if (n == 0) {
            throw PyException.index("Cannot choose from an empty sequence");
        }
        return Ops.getItem(seq, PyInt.of(RandomIntegers.below(r, n)));
    }

    /** Fisher-Yates from the end: for i in reversed(range(1, len(x))): j = _randbelow(i + 1). */
    static void shuffle(PyRandom r, PyObject x) {
        for (int i = Ops.len(x) - 1; i >= 1; i--) {
            PyInt pi = PyInt.of(i);
            PyInt pj = PyInt.of(RandomIntegers.below(r, i + 1));
            PyObject xi = Ops.getItem(x, pi);
            PyObject xj = Ops.getItem(x, pj);
            Ops.setItem(x, pi, xj);
            Ops.setItem(x, pj, xi);
        }
    }

    static PyObject sample(PyRandom r, PyObject population, PyObject kObj, PyObject counts) {
        if (!isSequence(population)) {
            throw PyException.type("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = Ops.len(population);
        if (counts != Py.NONE) {
            return sampleCounted(r, population, n, kObj, counts);
        }
        long k = Ops.index(kObj);
        if (k < 0 || k > n) {
            throw PyException.value("Sample larger than population or is negative");
        }
        PyObject[] result = new PyObject[(int) k];
        if (n <= setSize((int) k)) {
            PyObject[] pool = Ops.toArray(population);
            for (int i = 0; i < k; i++) {
                int j = (int) RandomIntegers.below(r, n - i);
                result[i] = pool[j];
                pool[j] = pool[n - i - 1];
            }
        } else {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < k; i++) {
                long j = RandomIntegers.below(r, n);
                while (selected.contains(j)) {
                    j = RandomIntegers.below(r, n);
                }
                selected.add(j);
                result[i] = Ops.getItem(population, PyInt.of(j));
            }
        }
        return new PyList(result, result.length);
    }

    /** The pool-versus-set threshold: 21, plus 4 ** ceil(log(k * 3, 4)) when k > 5. */
    private static int setSize(int k) {
        int size = 21;
        if (k > 5) {
            size += (int) Math.pow(4, Math.ceil(Libm.log(k * 3.0) / Libm.log(4.0)));
        }
        return size;
    }

    /** collections.abc.Sequence for the builtin types (dicts and sets are not sequences). */
    private static boolean isSequence(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyRange
                || o instanceof PyBytes;
    }

    private static PyObject sampleCounted(PyRandom r, PyObject population, int n, PyObject k, PyObject counts) {
        PyObject[] cum = accumulate(counts);
        if (cum.length != n) {
            throw PyException.value("The number of counts does not match the population");
        }
        PyObject total = cum[n - 1];
        if (!(total instanceof PyInt t)) {
            throw PyException.type("Counts must be integers");
        }
        if (t.signum() <= 0) {
            throw PyException.value("Total of counts must be greater than zero");
        }
        PyList selections = (PyList) sample(r, new PyRange(0, t.longValue(), 1), k, Py.NONE);
        PyObject[] out = new PyObject[selections.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Ops.getItem(population, PyInt.of(bisectRight(cum, n - 1, selections.get(i))));
        }
        return new PyList(out, out.length);
    }

    static PyObject choices(PyRandom r, PyObject population, PyObject weights, PyObject cumWeights, PyObject kObj) {
        int n = Ops.len(population);
        long k = Ops.index(kObj);
        PyObject[] out = new PyObject[(int) Math.max(0, k)];
        if (cumWeights == Py.NONE) {
            if (weights == Py.NONE) {
                double dn = n;
                for (int i = 0; i < out.length; i++) {
                    out[i] = Ops.getItem(population, PyInt.of((long) Math.floor(r.mt.random() * dn)));
                }
                return new PyList(out, out.length);
            }
            cumWeights = PyList.of(accumulate(weights));
        } else if (weights != Py.NONE) {
            throw PyException.type("Cannot specify both weights and cumulative weights");
        }
        PyObject[] cum = Ops.toArray(cumWeights);
        if (cum.length != n) {
            throw PyException.value("The number of weights does not match the population");
        }
        double total = ((PyFloat) Ops.binary(Operator.ADD, cum[n - 1], new PyFloat(0.0))).value;
        if (total <= 0.0) {
            throw PyException.value("Total of weights must be greater than zero");
        }
        if (!Double.isFinite(total)) {
            throw PyException.value("Total of weights must be finite");
        }
        for (int i = 0; i < out.length; i++) {
            PyObject x = new PyFloat(r.mt.random() * total);
            out[i] = Ops.getItem(population, PyInt.of(bisectRight(cum, n - 1, x)));
        }
        return new PyList(out, out.length);
    }

    /** itertools.accumulate: running sums with Python's + (ints stay ints). */
    private static PyObject[] accumulate(PyObject iterable) {
        PyObject[] items = Ops.toArray(iterable);
        for (int i = 1; i < items.length; i++) {
            items[i] = Ops.binary(Operator.ADD, items[i - 1], items[i]);
        }
        return items;
    }

    /** bisect.bisect_right(a, x, 0, hi). */
    private static int bisectRight(PyObject[] a, int hi, PyObject x) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Ops.compareBool(CmpOperator.LT, x, a[mid])) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
