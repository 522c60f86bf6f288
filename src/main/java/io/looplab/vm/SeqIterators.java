package io.looplab.vm;

/**
 * The lazy iterator types of the builtins: enumerate, zip, map, filter and reversed. They are
 * real classes (isinstance works, repr is {@code <enumerate object at 0x...>}) whose
 * constructors follow bltinmodule.c / enumobject.c, error messages included.
 */
final class SeqIterators {
    static final PyType ENUMERATE = iteratorType("enumerate", SeqIterators::newEnumerate);
    static final PyType ZIP = iteratorType("zip", SeqIterators::newZip);
    static final PyType MAP = iteratorType("map", SeqIterators::newMap);
    static final PyType FILTER = iteratorType("filter", SeqIterators::newFilter);
    static final PyType REVERSED = iteratorType("reversed", SeqIterators::newReversed);

    private SeqIterators() {
    }

    private static PyType iteratorType(String name, PyBuiltinFunction.FN constructor) {
        return PyType.builtin(name, PyType.OBJECT, null, t -> {
            t.define("__new__", PyBuiltinFunction.methodN(name, "__new__", constructor));
            t.define("__iter__", PyBuiltinFunction.method1(name, "__iter__", self -> self));
            t.define("__next__", PyBuiltinFunction.method1(name, "__next__", self -> {
                PyObject v = ((PyIterator) self).next();
                if (v == null) {
                    throw PyException.stopIteration(Py.NONE);
                }
                return v;
            }));
        });
    }

    /** enumerate(iterable, start=0). */
    private static PyObject newEnumerate(PyObject[] a, String[] k) {
        Args args = new Args("enumerate", java.util.Arrays.copyOfRange(a, 1, a.length), k, "iterable", "start");
        if (args.get(0) == null) {
            throw PyException.type("enumerate() missing required argument 'iterable'");
        }
        PyObject it = Ops.iter(args.get(0));
        PyObject start = args.get(1, PyInt.of(0));
        if (!(start instanceof PyInt)) {
            start = PyInt.of(Ops.index(start));
        }
        PyInt first = (PyInt) start;
        return new PyIterator(ENUMERATE) {
            private PyInt count = first;

            @Override
            public PyObject next() {
                PyObject v = Ops.next(it);
                if (v == null) {
                    return null;
                }
                PyObject r = PyTuple.of(count, v);
                count = (PyInt) Ops.binary(io.looplab.lang.Operator.ADD, count, PyInt.of(1));
                return r;
            }
        };
    }

    /** zip(*iterables, strict=False). */
    private static PyObject newZip(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        boolean strict = false;
        if (nkw > 1) {
            throw PyException.type("zip() takes at most 1 keyword argument (" + nkw + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            if (!k[i].equals("strict")) {
                throw PyException.type("'" + k[i] + "' is an invalid keyword argument for zip()");
            }
            strict = Ops.isTrue(a[a.length - nkw + i]);
        }
        PyObject[] its = new PyObject[a.length - 1 - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(a[i + 1]);
        }
        return new ZipIterator(its, strict);
    }

    /** zip's iterator; strict mode reports which argument ran out first (zip_next's check:). */
    private static final class ZipIterator extends PyIterator {
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        ZipIterator(PyObject[] its, boolean strict) {
            super(ZIP);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) {
                return null;
            }
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                items[i] = Ops.next(its[i]);
                if (items[i] == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
            }
            return PyTuple.of(items);
        }

        private void checkStrict(int i) {
            if (i > 0) {
                throw PyException.value("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " " : "s 1-") + i);
            }
            for (int j = 1; j < its.length; j++) {
                if (Ops.next(its[j]) != null) {
                    throw PyException.value("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " " : "s 1-") + j);
                }
            }
        }
    }

    /** map(function, iterable, ...). */
    private static PyObject newMap(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type("map() takes no keyword arguments");
        }
        if (a.length < 3) {
            throw PyException.type("map() must have at least two arguments.");
        }
        PyObject fn = a[1];
        PyObject[] its = new PyObject[a.length - 2];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(a[i + 2]);
        }
        return new PyIterator(MAP) {
            @Override
            public PyObject next() {
                PyObject[] args = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    args[i] = Ops.next(its[i]);
                    if (args[i] == null) {
                        return null;
                    }
                }
                return Ops.call(fn, args);
            }
        };
    }

    /** filter(function or None, iterable). */
    private static PyObject newFilter(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type("filter() takes no keyword arguments");
        }
        if (a.length != 3) {
            throw PyException.type("filter expected 2 arguments, got " + (a.length - 1));
        }
        PyObject fn = a[1];
        PyObject it = Ops.iter(a[2]);
        return new PyIterator(FILTER) {
            @Override
            public PyObject next() {
                for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                    boolean keep = fn == Py.NONE || fn == PyBool.TYPE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(fn, v));
                    if (keep) {
                        return v;
                    }
                }
                return null;
            }
        };
    }

    /** reversed(seq): seq.__reversed__() if it has one, else indexing from len(seq) - 1 down. */
    private static PyObject newReversed(PyObject[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type("reversed() takes no keyword arguments");
        }
        if (a.length != 2) {
            throw PyException.type("reversed expected 1 argument, got " + (a.length - 1));
        }
        return reversed(a[1]);
    }

    static PyObject reversed(PyObject seq) {
        if (seq instanceof PyList l && l.type() == PyList.TYPE) {
            return Iterators.reversedList(l);
        }
        PyObject m = seq.type().lookup("__reversed__");
        if (m == Py.NONE) {
            throw PyException.type("'" + seq.type().name() + "' object is not reversible");
        }
        if (m != null) {
            return Ops.callBound(m, seq);
        }
        if (seq instanceof PyDict || seq.type().lookup("__getitem__") == null) {
            throw PyException.type("'" + seq.type().name() + "' object is not reversible");
        }
        int n = Ops.len(seq);
        if (seq instanceof PyTuple t) {
            return reversedArray(t.items, n);
        }
        return new PyIterator(REVERSED) {
            private int i = n - 1;

            @Override
            public PyObject next() {
                if (i < 0) {
                    return null;
                }
                try {
                    return Ops.getItem(seq, PyInt.of(i--));
                } catch (PyException e) {
                    if (e.isInstance(ExceptionTypes.INDEX_ERROR) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                        i = -1;
                        return null;
                    }
                    throw e;
                }
            }
        };
    }

    private static PyIterator reversedArray(PyObject[] items, int n) {
        return new PyIterator(REVERSED) {
            private int i = n - 1;

            @Override
            public PyObject next() {
                return i >= 0 ? items[i--] : null;
            }
        };
    }
}
