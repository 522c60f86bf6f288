package io.looplab.vm;

import java.math.BigInteger;

/** Shorthands: the singleton values and factories for the common builtin types. */
public final class Py {
    public static final PySingleton NONE = new PySingleton("NoneType", "None");
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplementedType", "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton("ellipsis", "Ellipsis");
    /** Internal "no value" marker (never visible to Python code). */
    static final PySingleton MISSING = new PySingleton("<missing>", "<missing>");

    public static final PyBool TRUE = PyBool.TRUE;
    public static final PyBool FALSE = PyBool.FALSE;

    private Py() {
    }

    public static PyBool bool(boolean b) {
        return b ? PyBool.TRUE : PyBool.FALSE;
    }

    public static PyInt i(long v) {
        return PyInt.of(v);
    }

    public static PyInt i(BigInteger v) {
        return PyInt.of(v);
    }

    public static PyFloat f(double v) {
        return new PyFloat(v);
    }

    public static PyStr s(String v) {
        return PyStr.of(v);
    }

    public static PyTuple tuple(PyObject... items) {
        return PyTuple.of(items);
    }

    public static boolean isNone(PyObject o) {
        return o == NONE;
    }
}
