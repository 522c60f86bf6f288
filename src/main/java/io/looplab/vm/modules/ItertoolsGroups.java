package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Attributes;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import static io.looplab.vm.modules.Itertools.MODULE;

/** groupby (with its _grouper sub-iterators) and tee: iterators that share one underlying input. */
final class ItertoolsGroups {
    private ItertoolsGroups() {
    }

    static void define(PyModule m) {
        m.put("groupby", GroupBy.TYPE);
        m.put("tee", PyBuiltinFunction.ofN("tee", ItertoolsGroups::tee));
        m.put("_tee", Tee.TYPE);
        m.put("_grouper", Grouper.TYPE);
    }

    /**
     * groupby(iterable, key=None): (key, group) pairs. As in CPython, every group reads from the
     * same iterator, and advancing the groupby invalidates the previous group.
     */
    static final class GroupBy extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "groupby", t -> NativeTypes.constructor(t, (a, k) -> {
            Args p = new Args("groupby", NativeTypes.dropFirst(a), k, "iterable", "key");
            PyObject it = Ops.iter(p.require(0));
            return new GroupBy(it, p.get(1, Py.NONE));
        }));

        private final PyObject it;
        private final PyObject keyfunc;
        private PyObject tgtkey;
        private PyObject currkey;
        private PyObject currvalue;
        private Grouper currgrouper;

        private GroupBy(PyObject it, PyObject keyfunc) {
            super(TYPE);
            this.it = it;
            this.keyfunc = keyfunc;
        }

        /** groupby_step: reads the next value and its key; false at the end of the input. */
        private boolean step() {
            PyObject v = Ops.next(it);
            if (v == null) {
                return false;
            }
            PyObject k = keyfunc == Py.NONE ? v : Ops.call(keyfunc, v);
            currvalue = v;
            currkey = k;
            return true;
        }

        @Override
        public PyObject next() {
            currgrouper = null;
            // skip the rest of the current group (groupby_next)
            while (true) {
                if (currkey != null && (tgtkey == null || !Ops.eqBool(tgtkey, currkey))) {
                    break;
                }
                if (!step()) {
                    return null;
                }
            }
            tgtkey = currkey;
            currgrouper = new Grouper(this, tgtkey);
            return PyTuple.of(currkey, currgrouper);
        }
    }

    /** One group of a groupby: valid only until the groupby advances. */
    static final class Grouper extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "_grouper", t -> { });

        private final GroupBy parent;
        private final PyObject tgtkey;

        private Grouper(GroupBy parent, PyObject tgtkey) {
            super(TYPE);
            this.parent = parent;
            this.tgtkey = tgtkey;
        }

        @Override
        public PyObject next() {
            GroupBy g = parent;
            if (g.currgrouper != this) {
                return null;
            }
            if (g.currvalue == null && !g.step()) {
                return null;
            }
            if (!Ops.eqBool(tgtkey, g.currkey)) {
                return null;
            }
            PyObject r = g.currvalue;
            g.currvalue = null;
            return r;
        }
    }

    /** A cell of the buffer that tee iterators share: values read once from the source, in order. */
    private static final class Link {
        final PyObject source;
        PyObject value;
        Link next;

        Link(PyObject source) {
            this.source = source;
        }
    }

    /** One of the iterators tee() returns; copies of it share the buffer and start where it is. */
    static final class Tee extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "_tee", t -> {
            NativeTypes.constructor(t, (a, k) -> {
                NativeTypes.noKeywords("_tee", k);
                NativeTypes.checkPositional("_tee", a.length - 1, 1, 1);
                return fromIterable(a[1]);
            });
            t.define("__copy__", PyBuiltinFunction.method1("_tee", "__copy__", self -> new Tee(((Tee) self).at)));
        });

        /** The last link this iterator has returned (its successor holds the next value). */
        private Link at;

        private Tee(Link at) {
            super(TYPE);
            this.at = at;
        }

        static Tee fromIterable(PyObject iterable) {
            PyObject it = Ops.iter(iterable);
            return it instanceof Tee t ? new Tee(t.at) : new Tee(new Link(it));
        }

        @Override
        public PyObject next() {
            Link n = at.next;
            if (n == null) {
                PyObject v = Ops.next(at.source);
                if (v == null) {
                    return null;
                }
                n = new Link(at.source);
                n.value = v;
                at.next = n;
            }
            at = n;
            return n.value;
        }
    }

    /** tee(iterable, n=2): n independent iterators over one input (copies, if it has __copy__). */
    private static PyObject tee(PyObject[] a, String[] k) {
        NativeTypes.noKeywords("tee", k);
        NativeTypes.checkPositional("tee", a.length, 1, 2);
        long n = a.length > 1 ? Ops.index(a[1]) : 2;
        if (n < 0) {
            throw PyException.value("n must be >= 0");
        }
        PyObject[] out = new PyObject[(int) n];
        if (n == 0) {
            return PyTuple.of(out);
        }
        PyObject it = Ops.iter(a[0]);
        PyObject copy = Attributes.lookupOrNull(it, "__copy__");
        out[0] = copy != null ? it : new Tee(new Link(it));
        if (copy == null) {
            copy = Attributes.get(out[0], "__copy__");
        }
        for (int i = 1; i < n; i++) {
            out[i] = Ops.call(copy);
        }
        return PyTuple.of(out);
    }
}
