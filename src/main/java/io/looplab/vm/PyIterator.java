package io.looplab.vm;

/**
 * A native iterator. {@link #next()} returns the next item or null when exhausted; FOR_ITER
 * calls it directly, and Python code sees the usual __iter__ / __next__.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    /** The next item, or null when the iterator is exhausted. */
    public abstract PyObject next();

    @Override
    public PyType type() {
        return type;
    }

    /** A builtin iterator type with __iter__ and __next__. */
    public static PyType newType(String name) {
        return PyType.builtin(name, PyType.OBJECT, null, t -> {
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

    /** An iterator over a Java iterator. */
    public static PyIterator of(PyType type, java.util.Iterator<? extends PyObject> it) {
        return new PyIterator(type) {
            @Override
            public PyObject next() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
