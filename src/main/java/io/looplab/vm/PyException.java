package io.looplab.vm;

/**
 * The Java carrier of a Python exception while it crosses Java code (natives, the interpreter's
 * unwinding). It has no Java stack trace: Python's traceback lives on the exception object.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;

    PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    @Override
    public String getMessage() {
        String m = exc.message();
        return exc.type().name() + (m.isEmpty() ? "" : ": " + m);
    }

    public static PyException of(PyType type, String message) {
        return new PyBaseException(type, PyStr.of(message)).toJava();
    }

    public static PyException type(String m) {
        return of(ExceptionTypes.TYPE_ERROR, m);
    }

    public static PyException value(String m) {
        return of(ExceptionTypes.VALUE_ERROR, m);
    }

    public static PyException attribute(String m) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, m);
    }

    public static PyException name(String m) {
        return of(ExceptionTypes.NAME_ERROR, m);
    }

    public static PyException index(String m) {
        return of(ExceptionTypes.INDEX_ERROR, m);
    }

    public static PyException overflow(String m) {
        return of(ExceptionTypes.OVERFLOW_ERROR, m);
    }

    public static PyException zeroDivision(String m) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, m);
    }

    public static PyException runtime(String m) {
        return of(ExceptionTypes.RUNTIME_ERROR, m);
    }

    public static PyException recursion(String m) {
        return of(ExceptionTypes.RECURSION_ERROR, m);
    }

    /** KeyError(key); message is used only when key is null. */
    public static PyException key(String message, PyObject key) {
        return new PyBaseException(ExceptionTypes.KEY_ERROR, key != null ? key : PyStr.of(message)).toJava();
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = value == null || value == Py.NONE
                ? new PyBaseException(ExceptionTypes.STOP_ITERATION)
                : new PyBaseException(ExceptionTypes.STOP_ITERATION, value);
        return e.toJava();
    }

    /** The error for valid Python that LoopLab cannot run yet. */
    public static PyException unsupported(String feature) {
        return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "LoopLab does not support " + feature + " yet");
    }

    public boolean isInstance(PyType t) {
        return exc.isInstance(t);
    }
}
