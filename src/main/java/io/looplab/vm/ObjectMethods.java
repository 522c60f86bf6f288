package io.looplab.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The methods of {@code object}, inherited by every class. */
final class ObjectMethods {
    static final PyBuiltinFunction NEW = PyBuiltinFunction.methodN("object", "__new__", ObjectMethods::newObject);
    static final PyBuiltinFunction INIT = PyBuiltinFunction.methodN("object", "__init__", ObjectMethods::init);
    static final PyBuiltinFunction HASH = PyBuiltinFunction.method1("object", "__hash__",
            o -> PyInt.of(Ops.identityHash(o)));
    static final PyBuiltinFunction SETATTR = PyBuiltinFunction.method3("object", "__setattr__", (o, n, v) -> {
        Attributes.genericSet(o, Ops.str(n), v);
        return Py.NONE;
    });

    private ObjectMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", NEW);
        t.define("__init__", INIT);
        t.define("__repr__", PyBuiltinFunction.method1("object", "__repr__", o -> PyStr.of(defaultRepr(o))));
        t.define("__str__", PyBuiltinFunction.method1("object", "__str__", o -> PyStr.of(Ops.repr(o))));
        t.define("__eq__", PyBuiltinFunction.method2("object", "__eq__", (a, b) -> a == b ? Py.TRUE : Py.NOT_IMPLEMENTED));
        t.define("__ne__", PyBuiltinFunction.method2("object", "__ne__", ObjectMethods::ne));
        t.define("__hash__", HASH);
        t.define("__format__", PyBuiltinFunction.method2("object", "__format__", ObjectMethods::format));
        t.define("__setattr__", SETATTR);
        t.define("__delattr__", PyBuiltinFunction.method2("object", "__delattr__", (o, n) -> {
            PyDict d = o.dict();
            if (d == null || d.remove(n) == null) {
                throw Attributes.missing(o, Ops.str(n));
            }
            return Py.NONE;
        }));
        t.define("__getattribute__", PyBuiltinFunction.method2("object", "__getattribute__",
                (o, n) -> Attributes.get(o, Ops.str(n))));
        t.define("__dir__", PyBuiltinFunction.method1("object", "__dir__", ObjectMethods::dir));
        t.define("__class__", Descriptors.getter("__class__", PyObject::type));
        t.define("__dict__", Descriptors.getter("__dict__", o -> {
            PyDict d = o.dict();
            if (d == null) {
                throw Attributes.missing(o, "__dict__");
            }
            return d;
        }));
        t.define("__init_subclass__", PyBuiltinFunction.classMethodN("object", "__init_subclass__", (a, k) -> Py.NONE));
    }

    static String defaultRepr(PyObject o) {
        return "<" + Repr.qualifiedName(o.type()) + " object at " + Repr.address(o) + ">";
    }

    private static PyObject newObject(PyObject[] args, String[] kw) {
        if (args.length == 0 || !(args[0] instanceof PyType t)) {
            throw PyException.type("object.__new__(X): X is not a type object");
        }
        return t.allocate();
    }

    private static PyObject init(PyObject[] args, String[] kw) {
        if (args.length > 1 || kw != null && kw.length > 0) {
            PyType t = args[0].type();
            if (t.lookup("__init__") != INIT) {
                throw PyException.type("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            throw PyException.type(t.name() + "() takes no arguments");
        }
        return Py.NONE;
    }

    private static PyObject ne(PyObject a, PyObject b) {
        PyObject eq = a.type().lookup("__eq__");
        PyObject r = eq == null ? Py.NOT_IMPLEMENTED : Ops.callBound(eq, a, b);
        if (r == Py.NOT_IMPLEMENTED) {
            return r;
        }
        return Py.bool(!Ops.isTrue(r));
    }

    private static PyObject format(PyObject o, PyObject spec) {
        String s = Ops.str(spec);
        if (!s.isEmpty()) {
            throw PyException.type("unsupported format string passed to " + o.type().name() + ".__format__");
        }
        return PyStr.of(Ops.str(o));
    }

    private static PyObject dir(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = o.dict();
        if (d != null) {
            for (PyObject k : d.keys()) {
                names.add(Ops.str(k));
            }
        }
        for (PyType t : o.type().mro()) {
            for (PyObject k : t.dict().keys()) {
                names.add(Ops.str(k));
            }
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) {
            out.add(PyStr.of(n));
        }
        return PyList.of(out.toArray(new PyObject[0]));
    }
}
