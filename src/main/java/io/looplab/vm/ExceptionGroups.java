package io.looplab.vm;

/** BaseExceptionGroup and ExceptionGroup (PEP 654): what TaskGroup raises when children fail. */
final class ExceptionGroups {
    private ExceptionGroups() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("BaseExceptionGroup", "__new__", ExceptionGroups::create));
        t.define("__init__", PyBuiltinFunction.methodN("BaseExceptionGroup", "__init__", (a, k) -> Py.NONE));
        t.define("__str__", PyBuiltinFunction.method1("BaseExceptionGroup", "__str__", e -> PyStr.of(str(e))));
        t.define("message", Descriptors.getter("message", e -> ((PyBaseException) e).args.get(0)));
        t.define("exceptions", Descriptors.getter("exceptions", e -> ((PyBaseException) e).args.get(1)));
        t.define("__repr__", PyBuiltinFunction.method1("BaseExceptionGroup", "__repr__", e -> {
            PyBaseException g = (PyBaseException) e;
            PyObject[] excs = ((PyTuple) g.args.get(1)).items;
            return PyStr.of(g.type().name() + "(" + Ops.repr(g.args.get(0)) + ", " + Ops.repr(PyList.of(excs)) + ")");
        }));
    }

    static String str(PyObject e) {
        PyBaseException g = (PyBaseException) e;
        int n = ((PyTuple) g.args.get(1)).size();
        return Ops.str(g.args.get(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    private static PyObject create(PyObject[] a, String[] k) {
        PyType cls = (PyType) a[0];
        if (a.length != 3) {
            throw PyException.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (a.length - 1) + " given)");
        }
        if (!(a[1] instanceof PyStr)) {
            throw PyException.type("argument 1 must be str, not " + a[1].type().name());
        }
        if (!(a[2] instanceof PyList || a[2] instanceof PyTuple)) {
            throw PyException.type("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Ops.toArray(a[2]);
        if (excs.length == 0) {
            throw PyException.value("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException b)) {
                throw PyException.value("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= b.isInstance(ExceptionTypes.EXCEPTION);
        }
        if (cls == ExceptionTypes.BASE_EXCEPTION_GROUP && allExceptions) {
            cls = ExceptionTypes.EXCEPTION_GROUP;
        } else if (cls.isSubtypeOf(ExceptionTypes.EXCEPTION) && !allExceptions) {
            throw PyException.type("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        PyBaseException g = (PyBaseException) cls.allocate();
        g.args = PyTuple.of(a[1], PyTuple.of(excs));
        return g;
    }
}
