package io.looplab.vm;

import java.util.IdentityHashMap;
import java.util.Map;

/** repr() and str() of builtin values, in CPython's exact formats, and dispatch to __repr__/__str__. */
final class Repr {
    /** Containers being printed on this thread (CPython's Py_ReprEnter), to print cycles as [...]. */
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);
    static final int MAX_STR_DIGITS = 4300;

    private Repr() {
    }

    static String repr(PyObject o) {
        if (o instanceof PyStr s) {
            return quote(s.value);
        }
        if (o instanceof PyBool b) {
            return b.value != 0 ? "True" : "False";
        }
        if (o instanceof PyInt i) {
            return intToString(i);
        }
        if (o instanceof PyFloat f) {
            return FloatFormat.repr(f.value);
        }
        if (o instanceof PySingleton s) {
            return s.repr();
        }
        PyObject m = o.type().lookup("__repr__");
        if (m instanceof PyFunction || m instanceof PyBoundMethod || !o.type().isBuiltin() && !(m instanceof PyBuiltinFunction)) {
            return checkStr(Ops.callBound(m, o), "__repr__");
        }
        if (m instanceof PyBuiltinFunction b && b.owner != null && !b.owner.equals("object")
                && !b.owner.equals("type")) {
            return checkStr(Ops.callBound(m, o), "__repr__");
        }
        return builtinRepr(o);
    }

    /**
     * A repr that never runs Python code (for the trace, which must not change what the program
     * does): builtin values in full, user objects as {@code <Class object>}, long text shortened.
     */
    static String safe(PyObject o, int depth) {
        if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PySingleton
                || o instanceof PyBytes || o instanceof PyRange) {
            String r = repr(o);
            return r.length() > 60 ? r.substring(0, 57) + "..." : r;
        }
        if (depth > 2) {
            return "...";
        }
        if ((o instanceof PyList || o instanceof PyTuple) && o.type().isBuiltin()) {
            PyObject[] items = o instanceof PyList l ? l.toArray() : ((PyTuple) o).items;
            StringBuilder sb = new StringBuilder(o instanceof PyList ? "[" : "(");
            for (int i = 0; i < Math.min(items.length, 6); i++) {
                sb.append(i > 0 ? ", " : "").append(safe(items[i], depth + 1));
            }
            if (items.length > 6) {
                sb.append(", ...");
            }
            return sb.append(o instanceof PyList ? "]" : items.length == 1 ? ",)" : ")").toString();
        }
        if (o instanceof PyBaseException e && e.type().isBuiltin()) {
            String a = e.args.size() == 1 ? safe(e.args.get(0), depth + 1) : "";
            return e.type().name() + "(" + a + ")";
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + ">";
        }
        return "<" + o.type().name() + " object>";
    }

    static String str(PyObject o) {
        PyObject m = o.type().lookup("__str__");
        if (m != null && !(m instanceof PyBuiltinFunction b && "object".equals(b.owner))) {
            return checkStr(Ops.callBound(m, o), "__str__");
        }
        return repr(o);
    }

    private static String checkStr(PyObject r, String what) {
        if (!(r instanceof PyStr s)) {
            throw PyException.type(what + " returned non-string (type " + r.type().name() + ")");
        }
        return s.value;
    }

    static String intToString(PyInt i) {
        if (i.isSmall()) {
            return Long.toString(i.value);
        }
        String s = i.big.toString();
        if (s.length() - (s.startsWith("-") ? 1 : 0) > MAX_STR_DIGITS) {
            throw PyException.value("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string "
                    + "conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** Representations that need a guard against self-reference. */
    static String container(PyObject o, java.util.function.Supplier<String> body, String recursive) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return recursive;
        }
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
        }
    }

    static String join(PyObject[] items, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(repr(items[i]));
        }
        return sb.toString();
    }

    private static String builtinRepr(PyObject o) {
        if (o instanceof PyList l) {
            return container(l, () -> "[" + join(l.items, l.size()) + "]", "[...]");
        }
        if (o instanceof PyTuple t) {
            return container(t, () -> "(" + join(t.items, t.size()) + (t.size() == 1 ? ",)" : ")"), "(...)");
        }
        if (o instanceof PyDict d) {
            return container(d, () -> dictRepr(d), "{...}");
        }
        if (o instanceof PySet s) {
            return container(s, () -> setRepr(s), s.type().name() + "(...)");
        }
        if (o instanceof PyType t) {
            return "<class '" + qualifiedName(t) + "'>";
        }
        if (o instanceof PyBytes b) {
            return BytesMethods.repr(b.value);
        }
        if (o instanceof PyRange r) {
            return r.repr();
        }
        if (o instanceof PySlice s) {
            return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
        }
        if (o instanceof PyBaseException e) {
            String args = e.args.size() == 1 ? repr(e.args.get(0)) : join(e.args.items, e.args.size());
            return e.type().name() + "(" + args + ")";
        }
        if (o instanceof PyFunction f) {
            return "<function " + f.qualname + " at " + address(f) + ">";
        }
        if (o instanceof PyBoundMethod m) {
            String fname = m.function instanceof PyFunction f ? f.qualname : Ops.str(Attributes.get(m.function, "__name__"));
            return "<bound method " + fname + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyBuiltinFunction b) {
            if (b.self != null) {
                return "<built-in method " + b.name + " of " + b.self.type().name() + " object at " + address(b.self) + ">";
            }
            if (b.isMethod) {
                return "<method '" + b.name + "' of '" + b.owner + "' objects>";
            }
            return "<built-in function " + b.name + ">";
        }
        if (o instanceof PyModule m) {
            PyObject file = m.get("__file__");
            return "<module '" + m.name + "' " + (file == null ? "(built-in)" : "from " + repr(file)) + ">";
        }
        if (o instanceof PyGenerator g) {
            return "<" + g.type().name() + " object " + g.qualname + " at " + address(g) + ">";
        }
        return "<" + qualifiedName(o.type()) + " object at " + address(o) + ">";
    }

    private static String dictRepr(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (var e : d.entries()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String setRepr(PySet s) {
        String name = s.type().name();
        if (s.size() == 0) {
            return name + "()";
        }
        PyObject[] items = s.toArray();
        String body = "{" + join(items, items.length) + "}";
        return s.isFrozen() ? name + "(" + body + ")" : body;
    }

    /** module.qualname, or just the name for builtins. */
    static String qualifiedName(PyType t) {
        if (t.isBuiltin()) {
            PyObject mod = t.dict().get("__module__");
            return mod instanceof PyStr s && !s.value.equals("builtins") ? s.value + "." + t.name() : t.name();
        }
        PyObject mod = t.dict().get("__module__");
        String m = mod instanceof PyStr s ? s.value : "__main__";
        return m.equals("builtins") ? t.qualname() : m + "." + t.qualname();
    }

    /** A deterministic stand-in for CPython's object address (which differs from run to run anyway). */
    static String address(PyObject o) {
        long id = o instanceof PyInstance inst ? inst.id() : Runtime.active().addressOf(o);
        return String.format("0x7f%010x", 0x1000000L + id * 0x30);
    }

    /** CPython's unicode_repr: prefer single quotes, escape what is not printable. */
    static String quote(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char q = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || Unicode.isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(q).toString();
    }
}
