package io.looplab.vm;

import java.util.Arrays;

/** Python's tuple: an immutable array. Subclass instances (namedtuple) carry their own type. */
public final class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, t -> new PyTuple(t, new PyObject[0]),
            TupleMethods::define);
    public static final PyTuple EMPTY = new PyTuple(TYPE, new PyObject[0]);

    private final PyType type;
    private PyDict dict;
    public final PyObject[] items;

    private PyTuple(PyType type, PyObject[] items) {
        this.type = type;
        this.items = items;
    }

    /** Wraps the array without copying; the caller must not change it afterwards. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(TYPE, items);
    }

    /** An instance of a tuple subclass (e.g. a namedtuple class). */
    public static PyTuple ofType(PyType type, PyObject[] items) {
        return new PyTuple(type, items);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Instances of tuple subclasses have a __dict__, unless every class sets __slots__ (a namedtuple's is ()). */
    @Override
    public PyDict dict() {
        if (dict == null && type != TYPE && type.instancesHaveDict()) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public int hashCode() {
        long h = Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyTuple t && (t == this || Ops.sequenceEquals(items, items.length, t.items, t.items.length));
    }

    public PyTuple slice(int from, int to) {
        return of(Arrays.copyOfRange(items, from, to));
    }
}
