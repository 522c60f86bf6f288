package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/**
 * str's constructor, operator dunders, and the methods that are not about searching, splitting
 * or case ({@link StrSearch}, {@link StrSplit}, {@link StrCase}, {@link StrPadding} define those).
 */
final class StrMethods {
    private static final String[] CMP = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

    private StrMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("str", "__new__", StrMethods::newStr));
        defineDunders(t);
        t.define("join", PyBuiltinFunction.method2("str", "join", (s, it) -> {
            if (!(it instanceof PyList || it instanceof PyTuple) && it.type().lookup("__iter__") == null
                    && it.type().lookup("__getitem__") == null) {
                throw PyException.type("can only join an iterable");
            }
            return StrSplit.join(self(s, "join"), it);
        }));
        t.define("format", PyBuiltinFunction.methodN("str", "format", StrMethods::format));
        t.define("format_map", PyBuiltinFunction.method2("str", "format_map",
                (s, m) -> PyStr.of(StrFormatMethod.formatMap(self(s, "format_map").value, m))));
        t.define("encode", PyBuiltinFunction.methodN("str", "encode", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("encode", a, k, "encoding", "errors");
            return new PyBytes(Codecs.encode(self(a[0], "encode").value, textArg("encode", 1, p[0], "utf-8"),
                    textArg("encode", 2, p[1], "strict")));
        }));
        StrSearch.define(t);
        StrSplit.define(t);
        StrCase.define(t);
        StrPadding.define(t);
    }

    /** The receiver of a str method descriptor, checked as CPython's method descriptors do. */
    static PyStr self(PyObject s, String method) {
        if (s instanceof PyStr p) {
            return p;
        }
        throw PyException.type("descriptor '" + method + "' for 'str' objects doesn't apply to a '"
                + s.type().name() + "' object");
    }

    /** str(object='') and str(bytes, encoding='utf-8', errors='strict'). */
    private static PyObject newStr(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords("str", a, k, "object", "encoding", "errors");
        PyObject obj = p[0];
        if (p[1] == null && p[2] == null) {
            return obj == null ? PyStr.EMPTY : obj instanceof PyStr s ? s : PyStr.of(Ops.str(obj));
        }
        String encoding = textArg("str", 2, p[1], "utf-8");
        String errors = textArg("str", 3, p[2], "strict");
        if (obj == null) {
            return PyStr.EMPTY;
        }
        if (obj instanceof PyBytes b) {
            return PyStr.of(Codecs.decode(b.value, encoding, errors));
        }
        if (obj instanceof PyStr) {
            throw PyException.type("decoding str is not supported");
        }
        throw PyException.type("decoding to str: need a bytes-like object, " + obj.type().name() + " found");
    }

    /** An optional str argument such as encoding= or errors=. */
    static String textArg(String fn, int position, PyObject v, String dflt) {
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw PyException.type(fn + "() argument " + position + " must be str, not " + v.type().name());
        }
        return s.value;
    }

    private static PyObject format(PyObject[] a, String[] k) {
        PyStr fmt = self(a[0], "format");
        int nkw = k == null ? 0 : k.length;
        PyObject[] pos = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
        PyDict kwargs = null;
        if (nkw > 0) {
            kwargs = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwargs.put(k[i], a[a.length - nkw + i]);
            }
        }
        return PyStr.of(StrFormatMethod.format(fmt.value, PyTuple.of(pos), kwargs));
    }

    private static void defineDunders(PyType t) {
        t.define("__len__", PyBuiltinFunction.method1("str", "__len__", s -> PyInt.of(self(s, "__len__").length())));
        t.define("__getitem__", PyBuiltinFunction.method2("str", "__getitem__",
                (s, k) -> Ops.getItem(self(s, "__getitem__"), k)));
        t.define("__contains__", PyBuiltinFunction.method2("str", "__contains__",
                (s, x) -> Py.bool(Ops.contains(self(s, "__contains__"), x))));
        t.define("__iter__", PyBuiltinFunction.method1("str", "__iter__", s -> Ops.iter(self(s, "__iter__"))));
        t.define("__add__", PyBuiltinFunction.method2("str", "__add__", (s, o) -> {
            if (!(o instanceof PyStr other)) {
                throw PyException.type("can only concatenate str (not \"" + o.type().name() + "\") to str");
            }
            return PyStr.of(self(s, "__add__").value.concat(other.value));
        }));
        t.define("__mul__", PyBuiltinFunction.method2("str", "__mul__", (s, n) -> repeat(self(s, "__mul__"), n)));
        t.define("__rmul__", PyBuiltinFunction.method2("str", "__rmul__", (s, n) -> repeat(self(s, "__rmul__"), n)));
        t.define("__mod__", PyBuiltinFunction.method2("str", "__mod__",
                (s, args) -> StrFormatting.percent(self(s, "__mod__"), args)));
        t.define("__rmod__", PyBuiltinFunction.method2("str", "__rmod__", (s, o) -> Py.NOT_IMPLEMENTED));
        CmpOperator[] ops = CmpOperator.values();
        for (int i = 0; i < CMP.length; i++) {
            CmpOperator op = ops[i];
            t.define(CMP[i], PyBuiltinFunction.method2("str", CMP[i],
                    (s, o) -> o instanceof PyStr ? Ops.compare(op, self(s, CMP[op.ordinal()]), o) : Py.NOT_IMPLEMENTED));
        }
        t.define("__hash__", PyBuiltinFunction.method1("str", "__hash__", s -> PyInt.of(Ops.hash(self(s, "__hash__")))));
        t.define("__repr__", PyBuiltinFunction.method1("str", "__repr__",
                s -> PyStr.of(Repr.quote(self(s, "__repr__").value))));
        t.define("__str__", PyBuiltinFunction.method1("str", "__str__", s -> self(s, "__str__")));
        t.define("__format__", PyBuiltinFunction.method2("str", "__format__", (s, spec) -> {
            if (!(spec instanceof PyStr sp)) {
                throw PyException.type("__format__() argument must be str, not " + spec.type().name());
            }
            return PyStr.of(StrFormatting.formatStr(self(s, "__format__"), sp.value));
        }));
        t.define("__getnewargs__", PyBuiltinFunction.method1("str", "__getnewargs__",
                s -> PyTuple.of(PyStr.of(self(s, "__getnewargs__").value))));
    }

    /** s * n: an index-like n, else the TypeError of sequence repetition. */
    private static PyObject repeat(PyStr s, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw PyException.type("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        PyInt count = IntMethods.index(n);
        if (!count.isSmall()) {
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        if (count.value <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (count.value > (Integer.MAX_VALUE - 8) / s.value.length()) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return PyStr.of(s.value.repeat((int) count.value));
    }
}
