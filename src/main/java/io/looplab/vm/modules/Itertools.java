package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFloat;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyList;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

/**
 * The itertools module, and its infinite iterators count, cycle and repeat (CPython's
 * Modules/itertoolsmodule.c). The other iterators live in {@link ItertoolsFilters},
 * {@link ItertoolsPairs}, {@link ItertoolsCombinatorics} and {@link ItertoolsGroups}.
 */
final class Itertools {
    static final String MODULE = "itertools";

    private Itertools() {
    }

    static PyModule create() {
        PyModule m = new PyModule(MODULE);
        m.put("count", Count.TYPE);
        m.put("cycle", Cycle.TYPE);
        m.put("repeat", Repeat.TYPE);
        ItertoolsFilters.define(m);
        ItertoolsPairs.define(m);
        ItertoolsCombinatorics.define(m);
        ItertoolsGroups.define(m);
        return m;
    }

    /** count(start=0, step=1): start, start+step, ... (any numbers, added with +). */
    static final class Count extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "count", t -> {
            NativeTypes.constructor(t, (a, k) -> {
                Args p = new Args("count", NativeTypes.dropFirst(a), k, "start", "step");
                return new Count(number(p.get(0, PyInt.of(0))), number(p.get(1, PyInt.of(1))));
            });
            NativeTypes.repr(t, self -> ((Count) self).repr());
        });

        private PyObject cnt;
        private final PyObject step;

        Count(PyObject start, PyObject step) {
            super(TYPE);
            this.cnt = start instanceof PyInt i ? PyInt.of(i.toBig()) : start;
            this.step = step;
        }

        private static PyObject number(PyObject o) {
            boolean numeric = o instanceof PyInt || o instanceof PyFloat || o.type().lookup("__index__") != null
                    || o.type().lookup("__int__") != null || o.type().lookup("__float__") != null;
            if (!numeric) {
                throw PyException.type("a number is required");
            }
            return o;
        }

        @Override
        public PyObject next() {
            PyObject r = cnt;
            cnt = Ops.binary(Operator.ADD, cnt, step);
            return r;
        }

        private String repr() {
            // count_repr omits the step only when it is the integer 1
            boolean unitStep = step instanceof PyInt i && i.isSmall() && i.value == 1;
            String name = type().name();
            String start = name + "(" + Ops.repr(cnt);
            return unitStep ? start + ")" : start + ", " + Ops.repr(step) + ")";
        }
    }

    /** cycle(iterable): the items, saved on the first pass, repeated forever. */
    static final class Cycle extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "cycle", t -> NativeTypes.constructor(t, (a, k) -> {
            NativeTypes.noKeywords("cycle", k);
            NativeTypes.checkPositional("cycle", a.length - 1, 1, 1);
            return new Cycle(Ops.iter(a[1]));
        }));

        private PyObject it;
        private final PyList saved = new PyList();
        private int index;

        Cycle(PyObject it) {
            super(TYPE);
            this.it = it;
        }

        @Override
        public PyObject next() {
            if (it != null) {
                PyObject v = Ops.next(it);
                if (v != null) {
                    saved.append(v);
                    return v;
                }
                it = null;
            }
            if (saved.size() == 0) {
                return null;
            }
            PyObject v = saved.get(index);
            index = (index + 1) % saved.size();
            return v;
        }
    }

    /** repeat(object[, times]): object, times times or forever. */
    static final class Repeat extends PyIterator {
        static final PyType TYPE = NativeTypes.iterator(MODULE, "repeat", t -> {
            NativeTypes.constructor(t, (a, k) -> {
                Args p = new Args("repeat", NativeTypes.dropFirst(a), k, "object", "times");
                PyObject times = p.get(1);
                return new Repeat(p.require(0), times == null ? -1 : Math.max(0, Ops.index(times)));
            });
            NativeTypes.repr(t, self -> ((Repeat) self).repr());
        });

        private final PyObject element;
        /** Remaining repetitions, or -1 for forever. */
        private long count;

        Repeat(PyObject element, long count) {
            super(TYPE);
            this.element = element;
            this.count = count;
        }

        @Override
        public PyObject next() {
            if (count == 0) {
                return null;
            }
            if (count > 0) {
                count--;
            }
            return element;
        }

        private String repr() {
            String name = type().name();
            String start = name + "(" + Ops.repr(element);
            return count < 0 ? start + ")" : start + ", " + count + ")";
        }
    }

    /** True for None, the "no function" marker of filterfalse, groupby and friends. */
    static boolean isNone(PyObject o) {
        return o == null || o == Py.NONE;
    }
}
