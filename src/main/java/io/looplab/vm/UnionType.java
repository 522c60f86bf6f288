package io.looplab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * types.UnionType: what {@code int | None} gives (PEP 604). Arguments are flattened and
 * de-duplicated; a single remaining type is returned as is, as CPython's _Py_union_type_or does.
 */
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, null, UnionType::define);

    public final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** a | b for a type-like a and b, or NotImplemented when either cannot be a union member. */
    static PyObject or(PyObject a, PyObject b) {
        if (!isMember(a) || !isMember(b)) {
            return Py.NOT_IMPLEMENTED;
        }
        List<PyObject> flat = new ArrayList<>();
        add(flat, a);
        add(flat, b);
        return flat.size() == 1 ? flat.get(0) : new UnionType(PyTuple.of(flat.toArray(new PyObject[0])));
    }

    private static boolean isMember(PyObject o) {
        return o == Py.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    private static void add(List<PyObject> flat, PyObject o) {
        if (o instanceof UnionType u) {
            for (PyObject x : u.args.items) {
                add(flat, x);
            }
            return;
        }
        PyObject member = o == Py.NONE ? Py.NONE.type() : o;
        for (PyObject x : flat) {
            if (x == member || Ops.eqBool(x, member)) {
                return;
            }
        }
        flat.add(member);
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("types"));
        t.define("__args__", Descriptors.getter("__args__", o -> ((UnionType) o).args));
        t.define("__repr__", PyBuiltinFunction.method1("UnionType", "__repr__", o -> PyStr.of(repr((UnionType) o))));
        t.define("__or__", PyBuiltinFunction.method2("UnionType", "__or__", UnionType::or));
        t.define("__ror__", PyBuiltinFunction.method2("UnionType", "__ror__", (a, b) -> or(b, a)));
        t.define("__eq__", PyBuiltinFunction.method2("UnionType", "__eq__", (a, b) -> b instanceof UnionType u
                ? Py.bool(sameMembers(((UnionType) a).args, u.args) && sameMembers(u.args, ((UnionType) a).args))
                : Py.NOT_IMPLEMENTED));
        t.define("__hash__", PyBuiltinFunction.method1("UnionType", "__hash__", o -> {
            long h = 0;
            for (PyObject x : ((UnionType) o).args.items) {
                h ^= Ops.hash(x);
            }
            return PyInt.of(h);
        }));
    }

    private static boolean sameMembers(PyTuple a, PyTuple b) {
        for (PyObject x : a.items) {
            boolean found = false;
            for (PyObject y : b.items) {
                found |= Ops.eqBool(x, y);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String repr(UnionType u) {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : u.args.items) {
            sb.append(sb.length() > 0 ? " | " : "");
            if (p == Py.NONE.type()) {
                sb.append("None");
            } else if (p instanceof PyType t) {
                sb.append(Repr.qualifiedName(t));
            } else {
                sb.append(Ops.repr(p));
            }
        }
        return sb.toString();
    }
}
