package io.looplab.vm;

import java.util.Map;

/**
 * The builtins module: types, exceptions and the core functions (print, len, isinstance...).
 * Sequence and number helpers live in {@link SequenceBuiltins} and {@link NumberBuiltins}.
 */
final class Builtins {
    private Builtins() {
    }

    static void install(Runtime rt) {
        PyDict b = rt.builtins;
        types(b);
        for (Map.Entry<String, PyType> e : ExceptionTypes.all().entrySet()) {
            b.put(e.getKey(), e.getValue());
        }
        b.put("EnvironmentError", ExceptionTypes.OS_ERROR);
        b.put("IOError", ExceptionTypes.OS_ERROR);
        b.put("None", Py.NONE);
        b.put("True", Py.TRUE);
        b.put("False", Py.FALSE);
        b.put("NotImplemented", Py.NOT_IMPLEMENTED);
        b.put("Ellipsis", Py.ELLIPSIS);
        b.put("__name__", PyStr.of("builtins"));
        b.put("__build_class__", PyBuiltinFunction.ofN("__build_class__", Classes::buildClass));
        b.put("print", PyBuiltinFunction.ofN("print", (a, k) -> print(rt, a, k)));
        b.put("len", PyBuiltinFunction.of1("len", o -> o instanceof PyRange r ? RangeMethods.len(r) : PyInt.of(Ops.len(o))));
        b.put("repr", PyBuiltinFunction.of1("repr", o -> PyStr.of(Ops.repr(o))));
        b.put("ascii", PyBuiltinFunction.of1("ascii", o -> PyStr.of(StrFormatting.ascii(Ops.repr(o)))));
        b.put("isinstance", PyBuiltinFunction.of2("isinstance", (o, t) -> Py.bool(isInstance(o, t))));
        b.put("issubclass", PyBuiltinFunction.of2("issubclass", (c, t) -> Py.bool(isSubclass(c, t))));
        b.put("iter", PyBuiltinFunction.ofN("iter", Builtins::iter));
        b.put("next", PyBuiltinFunction.ofN("next", Builtins::next));
        b.put("id", PyBuiltinFunction.of1("id", o -> PyInt.of(o instanceof PyInstance i ? i.id() : rt.addressOf(o))));
        b.put("hash", PyBuiltinFunction.of1("hash", o -> PyInt.of(Ops.hash(o))));
        b.put("callable", PyBuiltinFunction.of1("callable", o -> Py.bool(isCallable(o))));
        b.put("getattr", PyBuiltinFunction.ofN("getattr", Builtins::getattr));
        b.put("setattr", PyBuiltinFunction.of3("setattr", (o, n, v) -> {
            Attributes.set(o, attrName(n), v);
            return Py.NONE;
        }));
        b.put("hasattr", PyBuiltinFunction.of2("hasattr", (o, n) -> Py.bool(getattrOrNull(o, attrName(n)) != null)));
        b.put("delattr", PyBuiltinFunction.of2("delattr", (o, n) -> {
            Attributes.delete(o, attrName(n));
            return Py.NONE;
        }));
        b.put("vars", PyBuiltinFunction.of1("vars", o -> {
            PyDict d = o.dict();
            if (d == null) {
                throw PyException.type("vars() argument must have __dict__ attribute");
            }
            return d;
        }));
        b.put("dir", PyBuiltinFunction.of1("dir", o -> Ops.callMethod(o, "__dir__")));
        b.put("globals", PyBuiltinFunction.of0("globals", () -> rt.current.currentFrame().globals));
        b.put("locals", PyBuiltinFunction.of0("locals", () -> locals(rt)));
        b.put("input", PyBuiltinFunction.ofN("input", (a, k) -> {
            if (a.length > 0) {
                rt.stdout.write(Ops.str(a[0]));
            }
            throw PyException.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }));
        b.put("open", PyBuiltinFunction.ofN("open", (a, k) -> {
            throw PyException.unsupported("files (open()); simulate I/O with asyncio.sleep or time.sleep");
        }));
        PyBuiltinFunction exit = PyBuiltinFunction.ofN("exit", (a, k) ->
            { throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, a).toJava(); });
        b.put("exit", exit);
        b.put("quit", exit);
        SequenceBuiltins.define(b);
        NumberBuiltins.define(b);
    }

    private static void types(PyDict b) {
        b.put("object", PyType.OBJECT);
        b.put("type", PyType.TYPE);
        b.put("int", PyInt.TYPE);
        b.put("bool", PyBool.TYPE);
        b.put("float", PyFloat.TYPE);
        b.put("str", PyStr.TYPE);
        b.put("bytes", PyBytes.TYPE);
        b.put("list", PyList.TYPE);
        b.put("tuple", PyTuple.TYPE);
        b.put("dict", PyDict.TYPE);
        b.put("set", PySet.TYPE);
        b.put("frozenset", PySet.FROZEN);
        b.put("range", PyRange.TYPE);
        b.put("slice", PySlice.TYPE);
        b.put("property", Descriptors.PROPERTY);
        b.put("classmethod", Descriptors.CLASSMETHOD);
        b.put("staticmethod", Descriptors.STATICMETHOD);
        b.put("super", PySuper.TYPE);
    }

    static boolean isInstance(PyObject o, PyObject t) {
        if (t instanceof PyType type) {
            return o.type().isSubtypeOf(type);
        }
        if (t instanceof PyTuple tuple) {
            for (PyObject x : tuple.items) {
                if (isInstance(o, x)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof UnionType u) {
            return isInstance(o, u.args);
        }
        // an object with __instancecheck__ (typing.List, a user "virtual class") decides itself
        PyObject check = t.type().lookup("__instancecheck__");
        if (check != null && !t.type().isBuiltin()) {
            return Ops.isTrue(Ops.callBound(check, t, o));
        }
        throw PyException.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyObject c, PyObject t) {
        if (!(c instanceof PyType ct)) {
            throw PyException.type("issubclass() arg 1 must be a class");
        }
        if (t instanceof PyTuple tuple) {
            for (PyObject x : tuple.items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof UnionType u) {
            return isSubclass(c, u.args);
        }
        PyObject check = t instanceof PyType ? null : t.type().lookup("__subclasscheck__");
        if (check != null && !t.type().isBuiltin()) {
            return Ops.isTrue(Ops.callBound(check, t, c));
        }
        if (!(t instanceof PyType type)) {
            throw PyException.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return ct.isSubtypeOf(type);
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }

    private static String attrName(PyObject n) {
        if (!(n instanceof PyStr s)) {
            throw PyException.type("attribute name must be string, not '" + n.type().name() + "'");
        }
        return s.value;
    }

    private static PyObject getattr(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("getattr", a, k);
        if (p.length < 2 || p.length > 3) {
            throw PyException.type("getattr expected 2 or 3 arguments, got " + p.length);
        }
        PyObject v = p.length == 3 ? getattrOrNull(p[0], attrName(p[1])) : Attributes.get(p[0], attrName(p[1]));
        return v != null ? v : p[2];
    }

    /** getattr with a default: any AttributeError (also one raised inside a property) means "absent". */
    private static PyObject getattrOrNull(PyObject o, String name) {
        try {
            return Attributes.lookupOrNull(o, name);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static PyObject iter(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("iter", a, k);
        if (p.length == 1) {
            return Ops.iter(p[0]);
        }
        if (p.length == 2) {
            return new CallableIterator(p[0], p[1]);
        }
        throw PyException.type("iter expected at most 2 arguments, got " + p.length);
    }

    /** next(it[, default]): generators run as a pushed frame (Control), so they may suspend. */
    private static PyObject next(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("next", a, k);
        if (p.length < 1 || p.length > 2) {
            throw PyException.type("next expected at least 1 argument, got " + p.length);
        }
        PyObject it = p[0];
        if (it instanceof PyGenerator g && !g.isCoroutine() && !g.isAsyncGenerator()) {
            if (g.state() == PyGenerator.State.CLOSED) {
                if (p.length == 2) {
                    return p[1];
                }
                throw PyException.stopIteration(Py.NONE);
            }
            return p.length == 2 ? Control.push(g.prepareSend(Py.NONE), ExecFrame.NEXT_DEFAULT, p[1])
                    : Control.push(g.prepareSend(Py.NONE), ExecFrame.NEXT);
        }
        if (it.type().lookup("__next__") == null) {
            throw PyException.type("'" + it.type().name() + "' object is not an iterator");
        }
        if (p.length == 1) {
            if (it instanceof PyIterator ni) {
                PyObject v = ni.next();
                if (v == null) {
                    throw PyException.stopIteration(Py.NONE);
                }
                return v;
            }
            return Ops.callMethod(it, "__next__");
        }
        PyObject v = Ops.next(it);
        return v != null ? v : p[1];
    }

    private static PyObject locals(Runtime rt) {
        Frame f = rt.current.currentFrame();
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        for (int i = 0; i < f.code.varNames.length; i++) {
            if (f.regs[i] != null) {
                d.put(f.code.varNames[i], f.regs[i]);
            }
        }
        return d;
    }

    static PyObject print(Runtime rt, PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        String sep = " ";
        String end = "\n";
        PyObject file = Py.NONE;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[a.length - nkw + i];
            switch (k[i]) {
                case "sep" -> sep = v == Py.NONE ? " " : strArg("sep", v);
                case "end" -> end = v == Py.NONE ? "\n" : strArg("end", v);
                case "file" -> file = v;
                case "flush" -> { }
                default -> throw PyException.type("'" + k[i] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length - nkw; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Ops.str(a[i]));
        }
        sb.append(end);
        if (file == Py.NONE) {
            file = StandardModules.stdout(rt);
        }
        if (file instanceof TextStream ts) {
            ts.write(sb.toString());
        } else {
            Ops.callMethod(file, "write", PyStr.of(sb.toString()));
        }
        return Py.NONE;
    }

    private static String strArg(String name, PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyException.type(name + " must be None or a string, not " + v.type().name());
        }
        return s.value;
    }
}
