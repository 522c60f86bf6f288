package io.looplab.vm;

/**
 * types.GenericAlias: what subscripting a builtin class gives ({@code list[int]},
 * {@code dict[str, list[int]]}). It prints like CPython's, compares by origin and arguments,
 * and calling it calls the origin class.
 */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, null, GenericAlias::define);

    public final PyType origin;
    public final PyTuple args;

    public GenericAlias(PyType origin, PyObject key) {
        this.origin = origin;
        this.args = key instanceof PyTuple t ? t : PyTuple.of(key);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("types"));
        // types.GenericAlias(origin, args): what a pure-Python class's __class_getitem__ makes
        t.define("__new__", PyBuiltinFunction.methodN("GenericAlias", "__new__", (a, k) -> {
            if (a.length != 3 || k != null && k.length > 0 || !(a[1] instanceof PyType origin)) {
                throw PyException.type("GenericAlias expected a class and its arguments");
            }
            return new GenericAlias(origin, a[2]);
        }));
        t.define("__repr__", PyBuiltinFunction.method1("GenericAlias", "__repr__", o -> PyStr.of(repr((GenericAlias) o))));
        t.define("__call__", PyBuiltinFunction.methodN("GenericAlias", "__call__", (a, k) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return Ops.call(((GenericAlias) a[0]).origin, rest, k);
        }));
        t.define("__or__", PyBuiltinFunction.method2("GenericAlias", "__or__", UnionType::or));
        t.define("__ror__", PyBuiltinFunction.method2("GenericAlias", "__ror__", (a, b) -> UnionType.or(b, a)));
        t.define("__origin__", Descriptors.getter("__origin__", o -> ((GenericAlias) o).origin));
        t.define("__args__", Descriptors.getter("__args__", o -> ((GenericAlias) o).args));
        t.define("__eq__", PyBuiltinFunction.method2("GenericAlias", "__eq__", (a, b) -> {
            if (!(b instanceof GenericAlias g)) {
                return Py.NOT_IMPLEMENTED;
            }
            GenericAlias s = (GenericAlias) a;
            return Py.bool(s.origin == g.origin && Ops.eqBool(s.args, g.args));
        }));
        t.define("__hash__", PyBuiltinFunction.method1("GenericAlias", "__hash__",
            o -> PyInt.of(Ops.hash(((GenericAlias) o).origin) ^ Ops.hash(((GenericAlias) o).args))));
        t.define("__getattr__", PyBuiltinFunction.method2("GenericAlias", "__getattr__",
            (o, name) -> Attributes.get(((GenericAlias) o).origin, Ops.str(name))));
    }

    static String repr(GenericAlias g) {
        StringBuilder sb = new StringBuilder(Repr.qualifiedName(g.origin)).append('[');
        if (g.args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < g.args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(item(g.args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** ga_repr_item: ... for Ellipsis, a class by its qualified name, a list of types in brackets, else repr. */
    private static String item(PyObject p) {
        if (p == Py.ELLIPSIS) {
            return "...";
        }
        if (p instanceof PyType t) {
            return Repr.qualifiedName(t);
        }
        if (p instanceof PyList l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(item(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return Ops.repr(p);
    }
}
