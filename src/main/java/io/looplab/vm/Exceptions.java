package io.looplab.vm;

/** Turning what follows `raise` into an exception instance, and `except` matching. */
final class Exceptions {
    private Exceptions() {
    }

    /** raise X: an instance as is, a class instantiated with no arguments. */
    static PyBaseException instantiate(PyObject e) {
        if (e instanceof PyBaseException b) {
            return b;
        }
        if (e instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject inst = Ops.call(t);
            if (inst instanceof PyBaseException b) {
                return b;
            }
            throw PyException.type("calling " + Ops.repr(t) + " should have returned an instance of BaseException, "
                    + "not " + inst.type().name());
        }
        throw PyException.type("exceptions must derive from BaseException");
    }

    static PyBaseException instantiateCause(PyObject c) {
        if (c instanceof PyBaseException || c instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return instantiate(c);
        }
        throw PyException.type("exception causes must derive from BaseException");
    }

    /** except T: T is an exception class or a tuple of them. */
    static boolean matches(PyBaseException exc, PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (matches(exc, x)) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PyException.type("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.isInstance(t);
    }
}
