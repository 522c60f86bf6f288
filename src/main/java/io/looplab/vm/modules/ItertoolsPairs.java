package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyException;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import static io.looplab.vm.modules.Itertools.MODULE;

/**
 * The itertools iterators that pair up items: compress, starmap, pairwise, zip_longest
 * (following the next() of their CPython counterparts).
 */
final class ItertoolsPairs {
    private ItertoolsPairs() {
    }

    static void define(PyModule m) {
        m.put("compress", Compress.TYPE);
        m.put("starmap", Starmap.TYPE);
        m.put("pairwise", Pairwise.TYPE);
        m.put("zip_longest", ZipLongest.TYPE);
    }

    /** compress(data, selectors): the data items whose selector is true; stops at the shorter. */
    static final class Compress extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "compress", t -> NativeTypes.constructor(t, (a, k) -> {
            Args p = new Args("compress", NativeTypes.dropFirst(a), k, "data", "selectors");
            PyObject data = Ops.iter(p.require(0));
            return new Compress(data, Ops.iter(p.require(1)));
        }));

        private final PyObject data;
        private final PyObject selectors;

        private Compress(PyObject data, PyObject selectors) {
            super(TYPE);
            this.data = data;
            this.selectors = selectors;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject d = Ops.next(data);
                if (d == null) {
                    return null;
                }
                PyObject s = Ops.next(selectors);
                if (s == null) {
                    return null;
                }
                if (Ops.isTrue(s)) {
                    return d;
                }
            }
        }
    }

    /** starmap(function, iterable): function(*item) for each item. */
    static final class Starmap extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "starmap", t -> NativeTypes.constructor(t, (a, k) -> {
            PyObject[] p = ItertoolsFilters.twoArgs("starmap", a, k);
            return new Starmap(p[0], p[1]);
        }));

        private final PyObject func;
        private final PyObject it;

        private Starmap(PyObject func, PyObject it) {
            super(TYPE);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            PyObject args = Ops.next(it);
            if (args == null) {
                return null;
            }
            return Ops.call(func, Ops.toArray(args));
        }
    }

    /** pairwise(iterable): overlapping pairs (a, b), (b, c), ... */
    static final class Pairwise extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "pairwise", t -> NativeTypes.constructor(t, (a, k) -> {
            NativeTypes.noKeywords("pairwise", k);
            NativeTypes.checkPositional("pairwise", a.length - 1, 1, 1);
            return new Pairwise(Ops.iter(a[1]));
        }));

        private PyObject it;
        private PyObject old;

        private Pairwise(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            if (old == null) {
                old = Ops.next(it);
                if (old == null) {
                    it = null;
                    return null;
                }
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                it = null;
                old = null;
                return null;
            }
            PyTuple r = PyTuple.of(old, v);
            old = v;
            return r;
        }
    }

    /** zip_longest(*iterables, fillvalue=None): exhausted inputs are padded until all are exhausted. */
    static final class ZipLongest extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "zip_longest", t -> NativeTypes.constructor(t,
                ZipLongest::create));

        private final PyObject[] its;
        private final PyObject fill;
        private int active;

        private ZipLongest(PyObject[] its, PyObject fill) {
            super(TYPE);
            this.its = its;
            this.fill = fill;
            this.active = its.length;
        }

        private static PyObject create(PyObject[] a, String[] k) {
            int nkw = k == null ? 0 : k.length;
            PyObject fill = Py.NONE;
            for (int i = 0; i < nkw; i++) {
                if (!k[i].equals("fillvalue")) {
                    throw PyException.type("zip_longest() got an unexpected keyword argument");
                }
                fill = a[a.length - nkw + i];
            }
            PyObject[] its = new PyObject[a.length - 1 - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = Ops.iter(a[i + 1]);
            }
            return new ZipLongest(its, fill);
        }

        @Override
        public PyObject next() {
            if (its.length == 0 || active == 0) {
                return null;
            }
            PyObject[] row = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = its[i] == null ? fill : Ops.next(its[i]);
                if (v == null) {
                    if (--active == 0) {
                        return null;
                    }
                    its[i] = null;
                    v = fill;
                }
                row[i] = v;
            }
            return PyTuple.of(row);
        }
    }
}
