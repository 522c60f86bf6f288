package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import static io.looplab.vm.modules.Itertools.MODULE;

/**
 * product, permutations, combinations and combinations_with_replacement. The inputs are read
 * into pools up front (as CPython does) and the index vectors advance exactly like the
 * reference algorithms in the itertools documentation, so results come in the same order.
 */
final class ItertoolsCombinatorics {
    private ItertoolsCombinatorics() {
    }

    static void define(PyModule m) {
        m.put("product", Product.TYPE);
        m.put("permutations", Permutations.TYPE);
        m.put("combinations", Combinations.TYPE);
        m.put("combinations_with_replacement", CombinationsWithReplacement.TYPE);
    }

    private static PyTuple pick(PyObject[] pool, int[] indices, int r) {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) {
            out[i] = pool[indices[i]];
        }
        return PyTuple.of(out);
    }

    private static int nonNegative(PyObject r) {
        if (!(r instanceof PyInt)) {
            throw PyException.type("Expected int as r");
        }
        long v = Ops.index(r);
        if (v < 0) {
            throw PyException.value("r must be non-negative");
        }
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /** product(*iterables, repeat=1): the cartesian product, rightmost element advancing fastest. */
    static final class Product extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "product", t -> NativeTypes.constructor(t,
                Product::create));

        private final PyObject[][] pools;
        private int[] indices;
        private boolean done;

        private Product(PyObject[][] pools) {
            super(TYPE);
            this.pools = pools;
        }

        private static PyObject create(PyObject[] a, String[] k) {
            int nkw = k == null ? 0 : k.length;
            long repeat = 1;
            for (int i = 0; i < nkw; i++) {
                if (!k[i].equals("repeat")) {
                    throw PyException.type("'" + k[i] + "' is an invalid keyword argument for product()");
                }
                repeat = Ops.index(a[a.length - nkw + i]);
                if (repeat < 0) {
                    throw PyException.value("repeat argument cannot be negative");
                }
            }
            // with repeat=0 the arguments are not even iterated (itertools_product_impl)
            int n = repeat == 0 ? 0 : a.length - 1 - nkw;
            PyObject[][] pools = new PyObject[(int) (n * repeat)][];
            for (int i = 0; i < n; i++) {
                pools[i] = Ops.toArray(a[i + 1]);
            }
            for (int i = n; i < pools.length; i++) {
                pools[i] = pools[i % n];
            }
            return new Product(pools);
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (indices == null) {
                indices = new int[pools.length];
                for (PyObject[] pool : pools) {
                    if (pool.length == 0) {
                        done = true;
                        return null;
                    }
                }
            } else if (!advance()) {
                done = true;
                return null;
            }
            PyObject[] out = new PyObject[pools.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = pools[i][indices[i]];
            }
            return PyTuple.of(out);
        }

        /** Odometer step; false when it wrapped around (all done). */
        private boolean advance() {
            for (int i = pools.length - 1; i >= 0; i--) {
                if (++indices[i] < pools[i].length) {
                    return true;
                }
                indices[i] = 0;
            }
            return false;
        }
    }

    /** permutations(iterable, r=None): r-length orderings, in the "cycles" order of the reference code. */
    static final class Permutations extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "permutations", t -> NativeTypes.constructor(t,
                (a, k) -> {
            Args p = new Args("permutations", NativeTypes.dropFirst(a), k, "iterable", "r");
            PyObject[] pool = Ops.toArray(p.require(0));
            PyObject r = p.get(1, Py.NONE);
            return new Permutations(pool, r == Py.NONE ? pool.length : nonNegative(r));
        }));

        private final PyObject[] pool;
        private final int r;
        private final int[] indices;
        private final int[] cycles;
        private boolean started;
        private boolean done;

        private Permutations(PyObject[] pool, int r) {
            super(TYPE);
            this.pool = pool;
            this.r = r;
            int n = pool.length;
            this.indices = new int[n];
            this.cycles = new int[Math.min(r, n)];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            for (int i = 0; i < cycles.length; i++) {
                cycles[i] = n - i;
            }
            this.done = r > n;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int n = pool.length;
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return pick(pool, indices, r);
                }
            }
            done = true;
            return null;
        }
    }

    /** combinations(iterable, r): r-length subsequences in lexicographic order of positions. */
    static final class Combinations extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "combinations", t -> NativeTypes.constructor(t,
                (a, k) -> {
            Args p = new Args("combinations", NativeTypes.dropFirst(a), k, "iterable", "r");
            PyObject iterable = p.require(0);
            int r = nonNegative(p.require(1));
            return new Combinations(Ops.toArray(iterable), r);
        }));

        private final PyObject[] pool;
        private final int[] indices;
        private boolean started;
        private boolean done;

        private Combinations(PyObject[] pool, int r) {
            super(TYPE);
            this.pool = pool;
            this.indices = new int[r];
            for (int i = 0; i < r; i++) {
                indices[i] = i;
            }
            this.done = r > pool.length;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            int r = indices.length;
            if (started) {
                int n = pool.length;
                int i = r - 1;
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            started = true;
            return pick(pool, indices, r);
        }
    }

    /** combinations_with_replacement(iterable, r): like combinations, but elements may repeat. */
    static final class CombinationsWithReplacement extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "combinations_with_replacement",
                t -> NativeTypes.constructor(t, (a, k) -> {
                    Args p = new Args("combinations_with_replacement", NativeTypes.dropFirst(a), k, "iterable", "r");
                    PyObject iterable = p.require(0);
                    int r = nonNegative(p.require(1));
                    return new CombinationsWithReplacement(Ops.toArray(iterable), r);
                }));

        private final PyObject[] pool;
        private final int[] indices;
        private boolean started;
        private boolean done;

        private CombinationsWithReplacement(PyObject[] pool, int r) {
            super(TYPE);
            this.pool = pool;
            this.indices = new int[r];
            this.done = pool.length == 0 && r > 0;
        }

        @Override
        public PyObject next() {
            if (done) {
                return null;
            }
            int r = indices.length;
            if (started) {
                int n = pool.length;
                int i = r - 1;
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            }
            started = true;
            return pick(pool, indices, r);
        }
    }
}
