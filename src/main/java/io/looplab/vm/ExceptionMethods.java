package io.looplab.vm;

import java.util.Arrays;

/** BaseException's constructor and attributes (args, __cause__, __context__, StopIteration.value...). */
final class ExceptionMethods {
    private ExceptionMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("BaseException", "__new__", (a, k) -> {
            PyBaseException e = (PyBaseException) ((PyType) a[0]).allocate();
            int nkw = k == null ? 0 : k.length;
            e.args = PyTuple.of(Arrays.copyOfRange(a, 1, a.length - nkw));
            return e;
        }));
        t.define("__init__", PyBuiltinFunction.methodN("BaseException", "__init__", (a, k) -> {
            ((PyBaseException) a[0]).args = PyTuple.of(Arrays.copyOfRange(a, 1, a.length - (k == null ? 0 : k.length)));
            return Py.NONE;
        }));
        t.define("__str__", PyBuiltinFunction.method1("BaseException", "__str__",
                e -> PyStr.of(((PyBaseException) e).message())));
        t.define("__repr__", PyBuiltinFunction.method1("BaseException", "__repr__", ExceptionMethods::repr));
        t.define("args", Descriptors.getSet("args", e -> ((PyBaseException) e).args,
                (e, v) -> ((PyBaseException) e).args = PyTuple.of(Ops.toArray(v))));
        t.define("__cause__", Descriptors.getSet("__cause__", e -> orNone(((PyBaseException) e).cause),
                (e, v) -> ((PyBaseException) e).cause = v == Py.NONE ? null : (PyBaseException) v));
        t.define("__context__", Descriptors.getSet("__context__", e -> orNone(((PyBaseException) e).context),
                (e, v) -> ((PyBaseException) e).context = v == Py.NONE ? null : (PyBaseException) v));
        t.define("__suppress_context__", Descriptors.getSet("__suppress_context__",
                e -> Py.bool(((PyBaseException) e).suppressContext),
                (e, v) -> ((PyBaseException) e).suppressContext = Ops.isTrue(v)));
        t.define("__traceback__", Descriptors.getter("__traceback__", e -> Py.NONE));
        t.define("with_traceback", PyBuiltinFunction.method2("BaseException", "with_traceback", (e, tb) -> e));
        t.define("add_note", PyBuiltinFunction.method2("BaseException", "add_note", (e, n) -> {
            PyDict d = e.dict();
            PyObject notes = d.get("__notes__");
            if (notes == null) {
                notes = new PyList();
                d.put("__notes__", notes);
            }
            ((PyList) notes).append(n);
            return Py.NONE;
        }));
        defineSubclassAttributes();
    }

    private static void defineSubclassAttributes() {
        ExceptionTypes.STOP_ITERATION.define("value", Descriptors.getter("value", e -> firstArg((PyBaseException) e)));
        ExceptionTypes.SYSTEM_EXIT.define("code", Descriptors.getter("code", e -> firstArg((PyBaseException) e)));
        ExceptionTypes.KEY_ERROR.define("__str__", PyBuiltinFunction.method1("KeyError", "__str__",
                e -> PyStr.of(((PyBaseException) e).message())));
    }

    private static PyObject firstArg(PyBaseException e) {
        return e.args.size() > 0 ? e.args.get(0) : Py.NONE;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.NONE : o;
    }

    private static PyObject repr(PyObject o) {
        PyBaseException e = (PyBaseException) o;
        String args = e.args.size() == 1 ? Ops.repr(e.args.get(0)) : Repr.join(e.args.items, e.args.size());
        return PyStr.of(e.type().name() + "(" + args + ")");
    }
}
