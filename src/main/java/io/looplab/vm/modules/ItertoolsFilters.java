package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import static io.looplab.vm.modules.Itertools.MODULE;

/**
 * The itertools iterators that filter or fold one input lazily: islice, chain, accumulate,
 * takewhile, dropwhile, filterfalse. Each follows the next() of its CPython counterpart, so
 * that how many input items are consumed matches too.
 */
final class ItertoolsFilters {
    private ItertoolsFilters() {
    }

    static void define(PyModule m) {
        m.put("islice", Islice.TYPE);
        m.put("chain", Chain.TYPE);
        m.put("accumulate", Accumulate.TYPE);
        m.put("takewhile", TakeWhile.TYPE);
        m.put("dropwhile", DropWhile.TYPE);
        m.put("filterfalse", FilterFalse.TYPE);
    }

    /** The (function, iterable) constructors: "takewhile expected 2 arguments, got 1". */
    static PyObject[] twoArgs(String name, PyObject[] a, String[] k) {
        NativeTypes.noKeywords(name, k);
        NativeTypes.checkPositional(name, a.length - 1, 2, 2);
        return new PyObject[] {a[1], Ops.iter(a[2])};
    }

    /** islice(iterable, stop) / islice(iterable, start, stop[, step]). */
    static final class Islice extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "islice", t -> NativeTypes.constructor(t,
                Islice::create));
        private static final String INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

        private PyObject it;
        private long next;
        private final long stop;
        private final long step;
        private long cnt;

        private Islice(PyObject it, long start, long stop, long step) {
            super(TYPE);
            this.it = it;
            this.next = start;
            this.stop = stop;
            this.step = step;
        }

        private static PyObject create(PyObject[] a, String[] k) {
            NativeTypes.noKeywords("islice", k);
            int n = a.length - 1;
            NativeTypes.checkPositional("islice", n, 2, 4);
            long start = 0;
            long step = 1;
            long stop;
            if (n == 2) {
                stop = index(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            } else {
                start = Itertools.isNone(a[2]) ? 0 : index(a[2], INDICES);
                stop = index(a[3], INDICES);
                if (n == 4 && !Itertools.isNone(a[4])) {
                    step = indexOrMinus(a[4]);
                    if (step < 1) {
                        throw PyException.value("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            return new Islice(Ops.iter(a[1]), start, stop, step);
        }

        /** A non-negative index, or -1 for None (no stop). */
        private static long index(PyObject o, String error) {
            if (o == Py.NONE) {
                return -1;
            }
            long v = indexOrMinus(o);
            if (v < 0) {
                throw PyException.value(error);
            }
            return v;
        }

        private static long indexOrMinus(PyObject o) {
            if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
                return -1;
            }
            PyObject big = o instanceof PyInt i ? i : PyInt.of(Ops.index(o));
            return ((PyInt) big).isSmall() ? ((PyInt) big).value : (((PyInt) big).signum() < 0 ? -1 : Long.MAX_VALUE);
        }

        @Override
        public PyObject next() {
            if (it == null) {
                return null;
            }
            while (cnt < next) {
                if (Ops.next(it) == null) {
                    it = null;
                    return null;
                }
                cnt++;
            }
            if (stop != -1 && cnt >= stop) {
                it = null;
                return null;
            }
            PyObject item = Ops.next(it);
            if (item == null) {
                it = null;
                return null;
            }
            cnt++;
            long old = next;
            next += step;
            if (next < old || stop != -1 && next > stop) {
                next = stop;
            }
            return item;
        }
    }

    /** chain(*iterables) and chain.from_iterable(iterable). */
    static final class Chain extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "chain", t -> {
            NativeTypes.constructor(t, (a, k) -> {
                NativeTypes.noKeywords("chain", k);
                return new Chain(Ops.iter(PyTuple.of(NativeTypes.dropFirst(a))));
            });
            t.define("from_iterable", PyBuiltinFunction.classMethodN("chain", "from_iterable", (a, k) -> {
                NativeTypes.noKeywords("from_iterable", k);
                NativeTypes.checkPositional("from_iterable", a.length - 1, 1, 1);
                return new Chain(Ops.iter(a[1]));
            }));
        });

        private PyObject sources;
        private PyObject active;

        private Chain(PyObject sources) {
            super(TYPE);
            this.sources = sources;
        }

        @Override
        public PyObject next() {
            while (sources != null) {
                if (active == null) {
                    PyObject iterable = Ops.next(sources);
                    if (iterable == null) {
                        sources = null;
                        return null;
                    }
                    active = Ops.iter(iterable);
                }
                PyObject v = Ops.next(active);
                if (v != null) {
                    return v;
                }
                active = null;
            }
            return null;
        }
    }

    /** accumulate(iterable, func=None, *, initial=None): running totals (operator.add by default). */
    static final class Accumulate extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "accumulate", t -> NativeTypes.constructor(t,
                (a, k) -> {
            NativeTypes.clinicKeywords("accumulate", k, "iterable", "func", "initial");
            Args p = new Args("accumulate", NativeTypes.dropFirst(a), k, "iterable", "func", "initial");
            if (p.positionalCount() > 2) {
                throw PyException.type("accumulate() takes at most 2 positional arguments ("
                        + p.positionalCount() + " given)");
            }
            return new Accumulate(Ops.iter(p.require(0)), p.get(1, Py.NONE), p.get(2, Py.NONE));
        }));

        private final PyObject it;
        private final PyObject func;
        private PyObject total;
        private PyObject initial;

        private Accumulate(PyObject it, PyObject func, PyObject initial) {
            super(TYPE);
            this.it = it;
            this.func = func;
            this.initial = initial == Py.NONE ? null : initial;
        }

        @Override
        public PyObject next() {
            if (initial != null) {
                total = initial;
                initial = null;
                return total;
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                return null;
            }
            if (total == null) {
                total = v;
            } else {
                total = func == Py.NONE ? Ops.binary(Operator.ADD, total, v) : Ops.call(func, total, v);
            }
            return total;
        }
    }

    /** takewhile(predicate, iterable): items while the predicate holds, then nothing ever again. */
    static final class TakeWhile extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "takewhile", t -> NativeTypes.constructor(t, (a, k) -> {
            PyObject[] p = twoArgs("takewhile", a, k);
            return new TakeWhile(p[0], p[1]);
        }));

        private final PyObject pred;
        private final PyObject it;
        private boolean stopped;

        private TakeWhile(PyObject pred, PyObject it) {
            super(TYPE);
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (stopped) {
                return null;
            }
            PyObject v = Ops.next(it);
            if (v == null) {
                return null;
            }
            if (Ops.isTrue(Ops.call(pred, v))) {
                return v;
            }
            stopped = true;
            return null;
        }
    }

    /** dropwhile(predicate, iterable): skips items while the predicate holds, then yields the rest. */
    static final class DropWhile extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "dropwhile", t -> NativeTypes.constructor(t, (a, k) -> {
            PyObject[] p = twoArgs("dropwhile", a, k);
            return new DropWhile(p[0], p[1]);
        }));

        private final PyObject pred;
        private final PyObject it;
        private boolean dropping = true;

        private DropWhile(PyObject pred, PyObject it) {
            super(TYPE);
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null || !dropping) {
                    return v;
                }
                if (!Ops.isTrue(Ops.call(pred, v))) {
                    dropping = false;
                    return v;
                }
            }
        }
    }

    /** filterfalse(predicate, iterable): the items for which predicate (or truth, for None) is false. */
    static final class FilterFalse extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "filterfalse", t -> NativeTypes.constructor(t,
                (a, k) -> {
            PyObject[] p = twoArgs("filterfalse", a, k);
            return new FilterFalse(p[0], p[1]);
        }));

        private final PyObject pred;
        private final PyObject it;

        private FilterFalse(PyObject pred, PyObject it) {
            super(TYPE);
            this.pred = pred;
            this.it = it;
        }

        @Override
        public PyObject next() {
            while (true) {
                PyObject v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                PyObject test = pred == Py.NONE ? v : Ops.call(pred, v);
                if (!Ops.isTrue(test)) {
                    return v;
                }
            }
        }
    }
}
