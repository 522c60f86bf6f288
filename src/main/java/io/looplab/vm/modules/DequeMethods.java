package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.vm.Args;
import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

/** The methods of collections.deque (CPython's Modules/_collectionsmodule.c). */
final class DequeMethods {
    private static final String OWNER = "deque";

    private DequeMethods() {
    }

    static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN(OWNER, "__init__", DequeMethods::init));
        t.define("maxlen", Descriptors.getter("maxlen",
                d -> ((PyDeque) d).maxlen < 0 ? Py.NONE : PyInt.of(((PyDeque) d).maxlen)));
        defineEnds(t);
        defineSearch(t);
        defineSequence(t);
        defineOperators(t);
    }

    private static PyDeque self(PyObject o) {
        return (PyDeque) o;
    }

    private static PyObject init(PyObject[] a, String[] k) {
        PyDeque d = self(a[0]);
        NativeTypes.clinicKeywords("deque", k, "iterable", "maxlen");
        Args p = new Args("deque", NativeTypes.dropFirst(a), k, "iterable", "maxlen");
        PyObject maxlen = p.get(1, Py.NONE);
        d.maxlen = -1;
        if (maxlen != Py.NONE) {
            if (!(maxlen instanceof PyInt) && maxlen.type().lookup("__index__") == null) {
                throw PyException.type("an integer is required");
            }
            long m = Ops.index(maxlen);
            if (m < 0) {
                throw PyException.value("maxlen must be non-negative");
            }
            d.maxlen = (int) Math.min(m, Integer.MAX_VALUE);
        }
        d.clear();
        if (p.get(0) != null) {
            d.extend(p.get(0), false);
        }
        return Py.NONE;
    }

    private static void defineEnds(PyType t) {
        t.define("append", PyBuiltinFunction.method2(OWNER, "append", (d, v) -> {
            self(d).append(v);
            return Py.NONE;
        }));
        t.define("appendleft", PyBuiltinFunction.method2(OWNER, "appendleft", (d, v) -> {
            self(d).appendLeft(v);
            return Py.NONE;
        }));
        t.define("pop", PyBuiltinFunction.method1(OWNER, "pop", d -> self(d).pop()));
        t.define("popleft", PyBuiltinFunction.method1(OWNER, "popleft", d -> self(d).popLeft()));
        t.define("extend", PyBuiltinFunction.method2(OWNER, "extend", (d, it) -> {
            self(d).extend(it, false);
            return Py.NONE;
        }));
        t.define("extendleft", PyBuiltinFunction.method2(OWNER, "extendleft", (d, it) -> {
            self(d).extend(it, true);
            return Py.NONE;
        }));
        t.define("clear", PyBuiltinFunction.method1(OWNER, "clear", d -> {
            self(d).clear();
            return Py.NONE;
        }));
        t.define("rotate", PyBuiltinFunction.methodN(OWNER, "rotate", (a, k) -> {
            NativeTypes.noKeywords("rotate", k);
            NativeTypes.checkPositional("deque.rotate", a.length - 1, 0, 1);
            self(a[0]).rotate(a.length > 1 ? Ops.index(a[1]) : 1);
            return Py.NONE;
        }));
        t.define("reverse", PyBuiltinFunction.method1(OWNER, "reverse", d -> {
            self(d).reverse();
            return Py.NONE;
        }));
        t.define("insert", PyBuiltinFunction.methodN(OWNER, "insert", (a, k) -> {
            NativeTypes.noKeywords("insert", k);
            NativeTypes.checkPositional("deque.insert", a.length - 1, 2, 2);
            insert(self(a[0]), Ops.index(a[1]), a[2]);
            return Py.NONE;
        }));
    }

    /** deque_insert: at an end it is an append; elsewhere rotate, append, rotate back. */
    private static void insert(PyDeque d, long index, PyObject v) {
        int n = d.size();
        if (d.maxlen == n) {
            throw PyException.index("deque already at its maximum size");
        }
        if (index >= n) {
            d.append(v);
        } else if (index <= -n || index == 0) {
            d.appendLeft(v);
        } else {
            d.rotate(-index);
            if (index < 0) {
                d.append(v);
            } else {
                d.appendLeft(v);
            }
            d.rotate(index);
        }
    }

    private static void defineSearch(PyType t) {
        t.define("count", PyBuiltinFunction.method2(OWNER, "count", (d, v) -> {
            PyDeque dq = self(d);
            long start = dq.state;
            int count = 0;
            for (int i = 0; i < dq.size(); i++) {
                if (Ops.eqBool(dq.get(i), v)) {
                    count++;
                }
                checkState(dq, start);
            }
            return PyInt.of(count);
        }));
        t.define("__contains__", PyBuiltinFunction.method2(OWNER, "__contains__", (d,
                v) -> Py.bool(find(self(d), v, 0, self(d).size()) >= 0)));
        t.define("index", PyBuiltinFunction.methodN(OWNER, "index", DequeMethods::index));
        t.define("remove", PyBuiltinFunction.method2(OWNER, "remove", (d, v) -> {
            PyDeque dq = self(d);
            int i = find(dq, v, 0, dq.size());
            if (i < 0) {
                throw PyException.value(Ops.repr(v) + " is not in deque");
            }
            dq.delete(i);
            return Py.NONE;
        }));
    }

    private static void checkState(PyDeque d, long start) {
        if (d.state != start) {
            throw PyException.runtime("deque mutated during iteration");
        }
    }

    /** The first position in [from, to) equal to v, or -1 (mutation by __eq__ is a RuntimeError). */
    private static int find(PyDeque d, PyObject v, int from, int to) {
        long start = d.state;
        for (int i = from; i < to && i < d.size(); i++) {
            if (Ops.eqBool(d.get(i), v)) {
                return i;
            }
            checkState(d, start);
        }
        return -1;
    }

    private static PyObject index(PyObject[] a, String[] k) {
        NativeTypes.noKeywords("index", k);
        NativeTypes.checkPositional("index", a.length - 1, 1, 3);
        PyDeque d = self(a[0]);
        int n = d.size();
        long start = a.length > 2 ? sliceIndex(a[2]) : 0;
        long stop = a.length > 3 ? sliceIndex(a[3]) : n;
        start = start < 0 ? Math.max(0, start + n) : start;
        stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
        start = Math.min(start, stop);
        int i = find(d, a[1], (int) start, (int) stop);
        if (i < 0) {
            throw PyException.value(Ops.repr(a[1]) + " is not in deque");
        }
        return PyInt.of(i);
    }

    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyException.type("slice indices must be integers or have an __index__ method");
        }
        PyInt i = o instanceof PyInt pi ? pi : PyInt.of(Ops.index(o));
        return i.isSmall() ? i.value : i.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    /** A position for d[i]: CPython's deque only takes integers, and no slices. */
    private static int position(PyDeque d, PyObject i) {
        if (!(i instanceof PyInt) && i.type().lookup("__index__") == null) {
            throw PyException.type("sequence index must be integer, not '" + i.type().name() + "'");
        }
        long v = Ops.index(i);
        if (v < 0) {
            v += d.size();
        }
        if (v < 0 || v >= d.size()) {
            throw PyException.index("deque index out of range");
        }
        return (int) v;
    }

    private static void defineSequence(PyType t) {
        t.define("__len__", PyBuiltinFunction.method1(OWNER, "__len__", d -> PyInt.of(self(d).size())));
        t.define("__getitem__", PyBuiltinFunction.method2(OWNER, "__getitem__", (d,
                i) -> self(d).get(position(self(d), i))));
        t.define("__setitem__", PyBuiltinFunction.method3(OWNER, "__setitem__", (d, i, v) -> {
            self(d).set(position(self(d), i), v);
            return Py.NONE;
        }));
        t.define("__delitem__", PyBuiltinFunction.method2(OWNER, "__delitem__", (d, i) -> {
            self(d).delete(position(self(d), i));
            return Py.NONE;
        }));
        t.define("__iter__", PyBuiltinFunction.method1(OWNER, "__iter__", d -> self(d).iterator(false)));
        t.define("__reversed__", PyBuiltinFunction.method1(OWNER, "__reversed__", d -> self(d).iterator(true)));
        t.define("__copy__", PyBuiltinFunction.method1(OWNER, "__copy__", DequeMethods::copy));
        t.define("copy", PyBuiltinFunction.method1(OWNER, "copy", DequeMethods::copy));
        t.define("__repr__", PyBuiltinFunction.method1(OWNER, "__repr__", d -> PyStr.of(repr(self(d)))));
        t.define("__hash__", NativeTypes.unhashable("collections.deque"));
        t.define("__reduce__", PyBuiltinFunction.method1(OWNER, "__reduce__", d -> {
            PyDeque dq = self(d);
            PyObject state = dq.dict() == null ? Py.NONE : dq.dict();
            PyTuple args = dq.maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(dq.maxlen));
            return PyTuple.of(dq.type(), args, state, dq.iterator(false));
        }));
    }

    /** deque_copy: an exact deque copies directly; a subclass is called as type(d)(d[, maxlen]). */
    static PyObject copy(PyObject o) {
        PyDeque d = self(o);
        if (d.type() == PyDeque.TYPE) {
            PyDeque c = new PyDeque(PyDeque.TYPE);
            c.maxlen = d.maxlen;
            c.extend(d, false);
            return c;
        }
        return d.maxlen < 0 ? Ops.call(d.type(), d) : Ops.call(d.type(), d, PyInt.of(d.maxlen));
    }

    private static String repr(PyDeque d) {
        return ReprGuard.guard(d, "[...]", () -> {
            String items = Ops.repr(new PyList(d.toArray(), d.size()));
            String name = d.type().name();
            return d.maxlen >= 0 ? name + "(" + items + ", maxlen=" + d.maxlen + ")" : name + "(" + items + ")";
        });
    }

    private static void defineOperators(PyType t) {
        CmpOperator[] ops = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
                CmpOperator.GT, CmpOperator.GT_E};
        String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < ops.length; i++) {
            CmpOperator op = ops[i];
            t.define(names[i], PyBuiltinFunction.method2(OWNER, names[i], (a, b) -> compare(op, a, b)));
        }
        t.define("__add__", PyBuiltinFunction.method2(OWNER, "__add__", (a, b) -> {
            if (!(b instanceof PyDeque)) {
                throw PyException.type("can only concatenate deque (not \"" + b.type().name() + "\") to deque");
            }
            PyDeque c = self(copy(a));
            c.extend(b, false);
            return c;
        }));
        t.define("__iadd__", PyBuiltinFunction.method2(OWNER, "__iadd__", (a, b) -> {
            self(a).extend(b, false);
            return a;
        }));
        t.define("__mul__", PyBuiltinFunction.method2(OWNER, "__mul__", (a, n) -> repeat(self(copy(a)), n)));
        t.define("__rmul__", PyBuiltinFunction.method2(OWNER, "__rmul__", (a, n) -> repeat(self(copy(a)), n)));
        t.define("__imul__", PyBuiltinFunction.method2(OWNER, "__imul__", (a, n) -> repeat(self(a), n)));
    }

    /** deque_inplace_repeat: repetitions are capped where maxlen would discard them anyway. */
    private static PyObject repeat(PyDeque d, PyObject times) {
        if (!(times instanceof PyInt)) {
            return Py.NOT_IMPLEMENTED;
        }
        long n = Ops.index(times);
        int size = d.size();
        if (size == 0 || n == 1) {
            return d;
        }
        if (n <= 0) {
            d.clear();
            return d;
        }
        if (d.maxlen >= 0 && n * size > d.maxlen) {
            n = (d.maxlen + size - 1) / size;
        }
        PyList items = new PyList(d.toArray(), size);
        for (long i = 0; i < n - 1; i++) {
            d.extend(items, false);
        }
        return d;
    }

    /** deque_richcompare: only deques compare; the first unequal pair decides, then the lengths. */
    private static PyObject compare(CmpOperator op, PyObject v, PyObject w) {
        if (!(v instanceof PyDeque a) || !(w instanceof PyDeque b)) {
            return Py.NOT_IMPLEMENTED;
        }
        if ((op == CmpOperator.EQ || op == CmpOperator.NOT_EQ) && (v == w || a.size() != b.size())) {
            return Py.bool((op == CmpOperator.EQ) == (v == w));
        }
        PyObject it1 = a.iterator(false);
        PyObject it2 = b.iterator(false);
        while (true) {
            PyObject x = Ops.next(it1);
            PyObject y = Ops.next(it2);
            if (x == null || y == null) {
                return Py.bool(endResult(op, x != null, y != null));
            }
            if (!Ops.eqBool(x, y)) {
                return Py.bool(Ops.compareBool(op, x, y));
            }
        }
    }

    private static boolean endResult(CmpOperator op, boolean vLonger, boolean wLonger) {
        return switch (op) {
            case LT -> wLonger;
            case LT_E -> !vLonger;
            case EQ -> !vLonger && !wLonger;
            case NOT_EQ -> vLonger || wLonger;
            case GT -> vLonger;
            default -> !wLonger;
        };
    }
}
