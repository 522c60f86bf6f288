package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

/**
 * Python's object protocols (CPython's abstract.c and object.c): truth, comparison, arithmetic,
 * items, iteration, calls. Builtin types take fast paths; everything else goes through dunder
 * methods, with CPython's reflected-operand rules and error messages.
 */
public final class Ops {
    private Ops() {
    }

    // ---- truth, identity, hashing ----

    public static boolean isTrue(PyObject o) {
        if (o instanceof PyBool b) {
            return b.value != 0;
        }
        if (o == Py.NONE) {
            return false;
        }
        if (o instanceof PyInt i) {
            return i.signum() != 0;
        }
        if (o instanceof PyStr s) {
            return !s.value.isEmpty();
        }
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            return l.size() > 0;
        }
        if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return t.size() > 0;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            return d.size() > 0;
        }
        if (o instanceof PyFloat f) {
            return f.value != 0;
        }
        return userTruth(o);
    }

    private static boolean userTruth(PyObject o) {
        PyObject m = o.type().lookup("__bool__");
        if (m != null) {
            PyObject r = callBound(m, o);
            if (!(r instanceof PyBool b)) {
                throw PyException.type("__bool__ should return bool, returned " + r.type().name());
            }
            return b.value != 0;
        }
        m = o.type().lookup("__len__");
        if (m != null) {
            return index(callBound(m, o)) != 0;
        }
        return true;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyInt i) {
            return i.pyHash();
        }
        if (o instanceof PyStr s) {
            return Hashing.hashString(s.value);
        }
        if (o instanceof PyFloat f) {
            return Hashing.hashDouble(f.value);
        }
        if (o instanceof PyTuple t) {
            long[] hs = new long[t.size()];
            for (int i = 0; i < hs.length; i++) {
                hs[i] = hash(t.get(i));
            }
            return Hashing.hashTuple(hs);
        }
        if (o instanceof PyBytes b) {
            return Hashing.hashBytes(b.value);
        }
        if (o instanceof PySingleton) {
            return singletonHash(o);
        }
        PyObject m = o.type().lookup("__hash__");
        if (m == null || m == Py.NONE) {
            throw PyException.type("unhashable type: '" + o.type().name() + "'");
        }
        if (m == ObjectMethods.HASH) {
            return identityHash(o);
        }
        if (m instanceof PyBuiltinFunction bf && bf.f1 != null) {
            return index(bf.f1.call(o));
        }
        return index(callBound(m, o));
    }

    /**
     * The reference interpreter (Debian's non-PIE 3.11.2) hashes these singletons by their fixed
     * addresses; using the same values keeps sets holding None in CPython's order.
     */
    private static long singletonHash(PyObject o) {
        if (o == Py.NONE) {
            return 612812;
        }
        if (o == Py.ELLIPSIS) {
            return 608122;
        }
        if (o == Py.NOT_IMPLEMENTED) {
            return 608123;
        }
        return identityHash(o);
    }

    /** object.__hash__: deterministic (a per-run counter), unlike CPython's address-based hash. */
    static long identityHash(PyObject o) {
        return o instanceof PyInstance inst ? inst.id() : System.identityHashCode(o);
    }

    // ---- comparison ----

    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value.equals(y.value);
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.equals(y);
        }
        return isTrue(compare(CmpOperator.EQ, a, b));
    }

    public static PyObject compare(CmpOperator op, PyObject a, PyObject b) {
        PyObject r = Compare.builtin(op, a, b);
        if (r != null) {
            return r;
        }
        return Compare.rich(op, a, b);
    }

    public static boolean compareBool(CmpOperator op, PyObject a, PyObject b) {
        return isTrue(compare(op, a, b));
    }

    static boolean sequenceEquals(PyObject[] a, int n, PyObject[] b, int m) {
        if (n != m) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!eqBool(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- arithmetic ----

    public static PyObject binary(Operator op, PyObject a, PyObject b) {
        PyObject r = Binary.builtin(op, a, b);
        if (r != null) {
            return r;
        }
        return Binary.dunder(op, a, b);
    }

    public static PyObject inplace(Operator op, PyObject a, PyObject b) {
        PyObject r = Binary.inplaceBuiltin(op, a, b);
        if (r != null) {
            return r;
        }
        // native types have in-place methods too (collections.deque's sq_inplace_concat)
        PyObject m = a.type().lookup("__i" + op.stem + "__");
        if (m != null) {
            r = callBound(m, a, b);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return binary(op, a, b);
    }

    public static PyObject neg(PyObject a) {
        if (a instanceof PyInt i) {
            return i.isSmall() && i.value != Long.MIN_VALUE ? PyInt.of(-i.value) : PyInt.of(i.toBig().negate());
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(-f.value);
        }
        return unary(a, "__neg__", "-");
    }

    public static PyObject pos(PyObject a) {
        if (a instanceof PyBool b) {
            return PyInt.of(b.value);
        }
        if (a instanceof PyInt || a instanceof PyFloat) {
            return a;
        }
        return unary(a, "__pos__", "+");
    }

    public static PyObject invert(PyObject a) {
        if (a instanceof PyInt i) {
            return i.isSmall() ? PyInt.of(~i.value) : PyInt.of(i.toBig().not());
        }
        return unary(a, "__invert__", "~");
    }

    public static PyObject abs(PyObject a) {
        if (a instanceof PyInt i) {
            return i.signum() < 0 ? neg(i) : (a instanceof PyBool ? PyInt.of(i.value) : a);
        }
        if (a instanceof PyFloat f) {
            return new PyFloat(Math.abs(f.value));
        }
        PyObject m = a.type().lookup("__abs__");
        if (m == null) {
            throw PyException.type("bad operand type for abs(): '" + a.type().name() + "'");
        }
        return callBound(m, a);
    }

    private static PyObject unary(PyObject a, String dunder, String symbol) {
        PyObject m = a.type().lookup(dunder);
        if (m == null) {
            throw PyException.type("bad operand type for unary " + symbol + ": '" + a.type().name() + "'");
        }
        return callBound(m, a);
    }

    /** operator.index(): an int (or bool, or __index__) as a Java long. */
    public static long index(PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) {
                throw PyException.of(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return i.value;
        }
        PyObject m = o.type().lookup("__index__");
        if (m != null) {
            return index(callBound(m, o));
        }
        throw PyException.type("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            return ((PyFloat) callBound(m, o)).value;
        }
        m = o.type().lookup("__index__");
        if (m != null) {
            return index(callBound(m, o));
        }
        throw PyException.type("must be real number, not " + o.type().name());
    }

    // ---- containers ----

    public static int len(PyObject o) {
        if (o instanceof PyStr s) {
            return s.length();
        }
        if (o instanceof PyList l) {
            return l.size();
        }
        if (o instanceof PyTuple t) {
            return t.size();
        }
        if (o instanceof PyDict d) {
            return d.size();
        }
        if (o instanceof PySet s) {
            return s.size();
        }
        if (o instanceof PyBytes b) {
            return b.value.length;
        }
        if (o instanceof PyRange r) {
            if (r.length > Integer.MAX_VALUE) {
                throw PyException.overflow("Python int too large to convert to C ssize_t");
            }
            return (int) r.length;
        }
        PyObject m = o.type().lookup("__len__");
        if (m == null) {
            throw PyException.type("object of type '" + o.type().name() + "' has no len()");
        }
        long n = index(callBound(m, o));
        if (n < 0) {
            throw PyException.value("__len__() should return >= 0");
        }
        return (int) n;
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        return Items.get(o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        Items.set(o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        Items.delete(o, key);
    }

    public static boolean contains(PyObject container, PyObject item) {
        return Items.contains(container, item);
    }

    // ---- iteration ----

    public static PyObject iter(PyObject o) {
        if (o instanceof PyList l) {
            if (l.type() == PyList.TYPE) {
                return Iterators.list(l);
            }
        } else if (o instanceof PyIterator || o instanceof PyGenerator && !((PyGenerator) o).isCoroutine()) {
            return o;
        } else if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return Iterators.array(Iterators.TUPLE_ITERATOR, t.items, t.items.length);
        } else if (o instanceof PyRange r) {
            return r.iterator();
        } else if (o instanceof PyStr s) {
            return Iterators.str(s);
        } else if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            return Iterators.dictKeys(d);
        } else if (o instanceof PySet s) {
            return Iterators.set(s);
        } else if (o instanceof PyBytes b) {
            return Iterators.bytes(b);
        }
        PyObject m = o.type().lookup("__iter__");
        if (m == null || m == Py.NONE) {
            if (o.type().lookup("__getitem__") != null && !(o instanceof PyDict)) {
                return new SequenceIterator(o);
            }
            throw PyException.type("'" + o.type().name() + "' object is not iterable");
        }
        PyObject it = callBound(m, o);
        if (it.type().lookup("__next__") == null) {
            throw PyException.type("iter() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** The next item, or null when exhausted (StopIteration is absorbed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator ni) {
            return ni.next();
        }
        if (it instanceof PyGenerator g) {
            if (g.state() == PyGenerator.State.CLOSED) {
                return null;
            }
            return Runtime.active().resumeNested(g, Py.NONE, null);
        }
        PyObject m = it.type().lookup("__next__");
        if (m == null) {
            throw PyException.type("'" + it.type().name() + "' object is not an iterator");
        }
        try {
            return callBound(m, it);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Collects an iterable into an array (fast for lists and tuples). */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) {
            return l.toArray();
        }
        if (iterable instanceof PyTuple t) {
            return t.items.clone();
        }
        PyObject it = iter(iterable);
        PyList out = new PyList();
        for (PyObject v = next(it); v != null; v = next(it)) {
            out.append(v);
        }
        return out.toArray();
    }

    // ---- calls ----

    /** Calls callable from Java; Python code runs nested on the current fiber. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, null);
    }

    public static PyObject call(PyObject callable, PyObject[] args, String[] kw) {
        PyObject r = callRaw(callable, args, kw);
        if (r instanceof Signal s) {
            return finishSignal(s);
        }
        return r;
    }

    /** Like call, but a native's Signal (push a frame, suspend) is returned as is. */
    static PyObject callRaw(PyObject callable, PyObject[] args, String[] kw) {
        if (callable instanceof PyBuiltinFunction b) {
            return b.call(args, kw);
        }
        if (callable instanceof PyBoundMethod m && !(m.function instanceof PyFunction)) {
            return callRaw(m.function, Calls.prepend(m.self, args), kw);
        }
        if (callable instanceof PyType t) {
            return Classes.callFromJava(t, args, kw);
        }
        PyFunction fn = callable instanceof PyFunction f ? f
                : callable instanceof PyBoundMethod m ? (PyFunction) m.function : null;
        if (fn == null) {
            // an object with __call__: callNested would come back here through NativeCall
            PyObject call = callable.type().lookup("__call__");
            if (call == null) {
                throw PyException.type("'" + callable.type().name() + "' object is not callable");
            }
            return callRaw(call, Calls.prepend(callable, args), kw);
        }
        if (fn.code.isGenerator()) {
            // calling a generator function only creates the generator; there is no frame to run
            PyObject self = callable instanceof PyBoundMethod m ? m.self : null;
            return Generators.create(fn, Calls.newFrame(Runtime.active(), fn, self, args, 0, args.length, kw));
        }
        return Runtime.active().callNested(callable, args, kw);
    }

    private static PyObject finishSignal(Signal s) {
        if (s instanceof Control c) {
            return Runtime.active().runControlNested(c);
        }
        throw PyException.unsupported("blocking (" + ((Suspension) s).describe() + ") inside a call from a builtin");
    }

    /** Calls a method found on the type with self bound (descriptor-aware). */
    public static PyObject callBound(PyObject method, PyObject self, PyObject... args) {
        if (method instanceof PyBuiltinFunction b && b.isMethod) {
            return call(b, Calls.prepend(self, args), null);
        }
        if (method instanceof PyFunction fn) {
            return Runtime.active().callNested(fn, Calls.prepend(self, args), null);
        }
        return call(Attributes.bind(method, self, self.type()), args, null);
    }

    /** obj.name(*args). */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(Attributes.get(obj, name), args, null);
    }

    // ---- text ----

    public static String repr(PyObject o) {
        return Repr.repr(o);
    }

    public static String str(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        return Repr.str(o);
    }

    /** A repr for observers (trace, UI) that never runs Python code. */
    public static String safeRepr(PyObject o) {
        return Repr.safe(o, 0);
    }

    public static String typeName(PyObject o) {
        return o.type().name();
    }
}
