package io.looplab.vm;

/** Python's float: an IEEE double with CPython's repr and hash. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, null, FloatMethods::define);

    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int hashCode() {
        long h = Hashing.hashDouble(value);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f) {
            return value == f.value;
        }
        if (o instanceof PyInt i) {
            return Arith.compareIntFloat(i, value) == 0;
        }
        return false;
    }
}
