package io.looplab.vm;

/** The methods and attributes of {@code type} (what every class has: __name__, __mro__, mro()...). */
final class TypeMethods {
    private TypeMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("type", "__new__", TypeMethods::newType));
        t.define("__name__", Descriptors.getSet("__name__", o -> PyStr.of(((PyType) o).name()), (o, v) -> {
            throw PyException.unsupported("renaming a class");
        }));
        t.define("__qualname__", Descriptors.getSet("__qualname__", o -> PyStr.of(((PyType) o).qualname()),
                (o, v) -> ((PyType) o).setQualname(Ops.str(v))));
        t.define("__module__", Descriptors.getter("__module__", o -> {
            PyObject m = ((PyType) o).dict().get("__module__");
            return m != null ? m : PyStr.of("builtins");
        }));
        t.define("__mro__", Descriptors.getter("__mro__", o -> PyTuple.of(((PyType) o).mro().clone())));
        t.define("__bases__", Descriptors.getter("__bases__", o -> PyTuple.of(((PyType) o).bases().clone())));
        t.define("__base__", Descriptors.getter("__base__", o -> {
            PyType[] b = ((PyType) o).bases();
            return b.length == 0 ? Py.NONE : b[0];
        }));
        t.define("__dict__", Descriptors.getter("__dict__", o -> ((PyType) o).dict().copy()));
        t.define("__doc__", Descriptors.getter("__doc__", o -> {
            PyObject d = ((PyType) o).dict().get("__doc__");
            return d != null ? d : Py.NONE;
        }));
        t.define("mro", PyBuiltinFunction.method1("type", "mro", o -> PyList.of(((PyType) o).mro().clone())));
        t.define("__subclasscheck__", PyBuiltinFunction.method2("type", "__subclasscheck__",
                (a, b) -> Py.bool(((PyType) b).isSubtypeOf((PyType) a))));
        t.define("__instancecheck__", PyBuiltinFunction.method2("type", "__instancecheck__",
                (a, b) -> Py.bool(b.type().isSubtypeOf((PyType) a))));
        t.define("__repr__", PyBuiltinFunction.method1("type", "__repr__", o -> PyStr.of(Ops.repr(o))));
        t.define("__or__", PyBuiltinFunction.method2("type", "__or__", UnionType::or));
        t.define("__ror__", PyBuiltinFunction.method2("type", "__ror__", (a, b) -> UnionType.or(b, a)));
    }

    /** type(x) and type(name, bases, namespace). */
    private static PyObject newType(PyObject[] args, String[] kw) {
        if (args.length == 2) {
            return args[1].type();
        }
        if (args.length != 4) {
            throw PyException.type("type() takes 1 or 3 arguments");
        }
        String name = Ops.str(args[1]);
        PyObject[] bs = ((PyTuple) args[2]).items;
        PyType[] bases = new PyType[bs.length];
        for (int i = 0; i < bs.length; i++) {
            bases[i] = (PyType) bs[i];
        }
        PyDict ns = ((PyDict) args[3]).copy();
        if (ns.get("__module__") == null) {
            ns.put("__module__", PyStr.of("__main__"));
        }
        return PyType.create(name, name, bases, ns);
    }
}
