package io.looplab.vm;

/** Attributes of functions, bound methods and builtin functions (__name__, __self__...). */
final class FunctionMethods {
    private FunctionMethods() {
    }

    static void define(PyType t) {
        t.define("__name__", Descriptors.getSet("__name__", o -> PyStr.of(((PyFunction) o).name),
                (o, v) -> ((PyFunction) o).name = Ops.str(v)));
        t.define("__qualname__", Descriptors.getSet("__qualname__", o -> PyStr.of(((PyFunction) o).qualname),
                (o, v) -> ((PyFunction) o).qualname = Ops.str(v)));
        t.define("__module__", Descriptors.getSet("__module__", o -> ((PyFunction) o).module(),
                (o, v) -> ((PyFunction) o).setModule(v)));
        // kept outside __dict__, as CPython's func_doc (functools.update_wrapper copies both)
        t.define("__doc__", Descriptors.getSet("__doc__", o -> ((PyFunction) o).doc,
                (o, v) -> ((PyFunction) o).doc = v));
        t.define("__defaults__", Descriptors.getSet("__defaults__", o -> {
            PyObject[] d = ((PyFunction) o).defaults;
            return d == null ? Py.NONE : PyTuple.of(d.clone());
        }, (o, v) -> {
            // namedtuple sets the defaults of its generated __new__ this way
            if (v != Py.NONE && !(v instanceof PyTuple)) {
                throw PyException.type("__defaults__ must be set to a tuple object");
            }
            ((PyFunction) o).defaults = v == Py.NONE ? null : ((PyTuple) v).items.clone();
        }));
        t.define("__code__", Descriptors.getter("__code__", o -> ((PyFunction) o).code));
        t.define("__get__", PyBuiltinFunction.method3("function", "__get__",
                (f, obj, type) -> obj == Py.NONE ? f : new PyBoundMethod(f, obj)));
    }

    static void defineMethod(PyType t) {
        t.define("__self__", Descriptors.getter("__self__", o -> ((PyBoundMethod) o).self));
        t.define("__func__", Descriptors.getter("__func__", o -> ((PyBoundMethod) o).function));
        t.define("__name__", Descriptors.getter("__name__", o -> Attributes.get(((PyBoundMethod) o).function, "__name__")));
        t.define("__qualname__", Descriptors.getter("__qualname__",
                o -> Attributes.get(((PyBoundMethod) o).function, "__qualname__")));
        t.define("__doc__", Descriptors.getter("__doc__", o -> Attributes.get(((PyBoundMethod) o).function, "__doc__")));
    }

    static void defineBuiltin(PyType t) {
        t.define("__name__", Descriptors.getter("__name__", o -> PyStr.of(((PyBuiltinFunction) o).name)));
        t.define("__qualname__", Descriptors.getter("__qualname__",
                o -> PyStr.of(((PyBuiltinFunction) o).displayName())));
        t.define("__self__", Descriptors.getter("__self__", o -> {
            PyObject s = ((PyBuiltinFunction) o).self;
            return s == null ? Py.NONE : s;
        }));
        t.define("__module__", Descriptors.getter("__module__", o -> Py.NONE));
        t.define("__doc__", Descriptors.getter("__doc__", o -> Py.NONE));
    }
}
