package io.looplab.vm;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * The text-like methods of bytes. Bytes map one-to-one onto Latin-1 characters, so the str
 * algorithms run unchanged on that view; only whitespace, line breaks and case are ASCII-only.
 */
final class BytesText {
    private BytesText() {
    }

    static void define(PyType t) {
        for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
            t.define(name, PyBuiltinFunction.methodN("bytes", name, (a, k) -> search(name, a, k)));
        }
        t.define("startswith", PyBuiltinFunction.methodN("bytes", "startswith", (a, k) -> affix("startswith", a, k)));
        t.define("endswith", PyBuiltinFunction.methodN("bytes", "endswith", (a, k) -> affix("endswith", a, k)));
        t.define("replace", PyBuiltinFunction.methodN("bytes", "replace", (a, k) -> {
            PyObject[] p = MethodArgs.clinic("bytes", "replace", a, k, 2, 3);
            long count = p.length > 2 ? MethodArgs.index(p[2]) : -1;
            return BytesMethods.ofLatin1(StrSearch.replace(text(a[0]), arg(p[0]), arg(p[1]), count));
        }));
        t.define("join", PyBuiltinFunction.method2("bytes", "join", BytesText::join));
        t.define("split", PyBuiltinFunction.methodN("bytes", "split", (a, k) -> split("split", a, k)));
        t.define("rsplit", PyBuiltinFunction.methodN("bytes", "rsplit", (a, k) -> split("rsplit", a, k)));
        t.define("splitlines", PyBuiltinFunction.methodN("bytes", "splitlines", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("splitlines", a, k, "keepends");
            boolean keep = p[0] != null && MethodArgs.index(p[0]) != 0;
            return list(StrSplit.splitlines(text(a[0]), keep, true));
        }));
        for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
            int which = name.equals("strip") ? 0 : name.equals("lstrip") ? 1 : 2;
            t.define(name, PyBuiltinFunction.methodN("bytes", name, (a, k) -> {
                PyObject[] p = MethodArgs.clinic("bytes", name, a, k, 0, 1);
                PyObject chars = MethodArgs.opt(p, 0);
                String set = chars == null || chars == Py.NONE ? null : arg(chars);
                return BytesMethods.ofLatin1(StrSplit.strip(text(a[0]), set, which, true));
            }));
        }
        t.define("partition", PyBuiltinFunction.method2("bytes", "partition", (b, sep) -> parts(b, sep, false)));
        t.define("rpartition", PyBuiltinFunction.method2("bytes", "rpartition", (b, sep) -> parts(b, sep, true)));
        t.define("removeprefix", PyBuiltinFunction.method2("bytes", "removeprefix", (b, p) -> {
            String s = text(b);
            String pre = arg(p);
            return s.startsWith(pre) ? BytesMethods.ofLatin1(s.substring(pre.length())) : b;
        }));
        t.define("removesuffix", PyBuiltinFunction.method2("bytes", "removesuffix", (b, p) -> {
            String s = text(b);
            String suf = arg(p);
            return s.endsWith(suf) && !suf.isEmpty() ? BytesMethods.ofLatin1(s.substring(0, s.length() - suf.length())) : b;
        }));
        t.define("expandtabs", PyBuiltinFunction.methodN("bytes", "expandtabs", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("expandtabs", a, k, "tabsize");
            return BytesMethods.ofLatin1(StrSplit.expandtabs(text(a[0]), p[0] == null ? 8 : MethodArgs.index(p[0])));
        }));
        BytesCase.define(t);
    }

    /** The Latin-1 view of a bytes receiver. */
    static String text(PyObject b) {
        return BytesMethods.latin1(BytesMethods.self(b).value);
    }

    /** A bytes-like argument's Latin-1 view. */
    static String arg(PyObject v) {
        if (v instanceof PyBytes b) {
            return BytesMethods.latin1(b.value);
        }
        throw PyException.type("a bytes-like object is required, not '" + v.type().name() + "'");
    }

    /** The sub argument of find/count/index: bytes, or an int that stands for one byte. */
    private static String sub(PyObject v) {
        if (v instanceof PyBytes b) {
            return BytesMethods.latin1(b.value);
        }
        if (v instanceof PyInt || v.type().lookup("__index__") != null) {
            return String.valueOf((char) BytesMethods.byteValue(v, "byte must be in range(0, 256)"));
        }
        throw PyException.type("argument should be integer or bytes-like object, not '" + v.type().name() + "'");
    }

    private static PyObject search(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.tuple("bytes", name, a, k, 1, 3);
        PyStr s = PyStr.of(text(a[0]));
        PyStr sub = PyStr.of(sub(p[0]));
        PyObject start = MethodArgs.opt(p, 1);
        PyObject end = MethodArgs.opt(p, 2);
        if (name.equals("count")) {
            return PyInt.of(StrSearch.count(s, sub, start, end));
        }
        int i = name.startsWith("r") ? StrSearch.rfind(s, sub, start, end) : StrSearch.find(s, sub, start, end);
        if (i < 0 && name.endsWith("index")) {
            throw PyException.value("subsection not found");
        }
        return PyInt.of(i);
    }

    private static PyObject affix(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.tuple("bytes", name, a, k, 1, 3);
        PyStr s = PyStr.of(text(a[0]));
        boolean atEnd = name.startsWith("end");
        PyObject start = MethodArgs.opt(p, 1);
        PyObject end = MethodArgs.opt(p, 2);
        if (p[0] instanceof PyTuple tuple) {
            for (PyObject item : tuple.items) {
                if (StrSearch.tailMatch(s, PyStr.of(affixArg(name, item)), start, end, atEnd)) {
                    return Py.TRUE;
                }
            }
            return Py.FALSE;
        }
        if (!(p[0] instanceof PyBytes)) {
            throw PyException.type(name + " first arg must be bytes or a tuple of bytes, not " + p[0].type().name());
        }
        return Py.bool(StrSearch.tailMatch(s, PyStr.of(arg(p[0])), start, end, atEnd));
    }

    private static String affixArg(String name, PyObject item) {
        if (!(item instanceof PyBytes)) {
            throw PyException.type("a bytes-like object is required, not '" + item.type().name() + "'");
        }
        return arg(item);
    }

    private static PyObject split(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords(name, a, k, "sep", "maxsplit");
        String s = text(a[0]);
        long max = p[1] == null ? -1 : MethodArgs.index(p[1]);
        boolean left = name.equals("split");
        if (p[0] == null || p[0] == Py.NONE) {
            return list(left ? StrSplit.splitWhitespace(s, max, true) : StrSplit.rsplitWhitespace(s, max, true));
        }
        String sep = arg(p[0]);
        return list(left ? StrSplit.split(s, sep, max) : StrSplit.rsplit(s, sep, max));
    }

    private static PyObject parts(PyObject b, PyObject sep, boolean fromRight) {
        String[] r = StrSearch.partition(text(b), arg(sep), fromRight);
        return PyTuple.of(BytesMethods.ofLatin1(r[0]), BytesMethods.ofLatin1(r[1]), BytesMethods.ofLatin1(r[2]));
    }

    private static PyObject join(PyObject sep, PyObject iterable) {
        String s = text(sep);
        PyObject[] items = Ops.toArray(iterable);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBytes b)) {
                throw PyException.type("sequence item " + i + ": expected a bytes-like object, "
                        + items[i].type().name() + " found");
            }
            if (i > 0) {
                sb.append(s);
            }
            sb.append(BytesMethods.latin1(b.value));
        }
        return BytesMethods.ofLatin1(sb.toString());
    }

    static boolean contains(PyBytes b, PyObject x) {
        if (!(x instanceof PyBytes) && !(x instanceof PyInt) && x.type().lookup("__index__") == null) {
            throw PyException.type("a bytes-like object is required, not '" + x.type().name() + "'");
        }
        return BytesMethods.latin1(b.value).contains(sub(x));
    }

    static PyList list(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = BytesMethods.ofLatin1(parts.get(i));
        }
        return new PyList(items, items.length);
    }

    /** Registers an ASCII-only mapping or predicate of bytes. */
    static void mapping(PyType t, String name, UnaryOperator<String> f) {
        t.define(name, PyBuiltinFunction.method1("bytes", name, b -> BytesMethods.ofLatin1(f.apply(text(b)))));
    }

    static void predicate(PyType t, String name, IntPredicate p, boolean emptyIs) {
        t.define(name, PyBuiltinFunction.method1("bytes", name, b -> {
            String s = text(b);
            return Py.bool(s.isEmpty() ? emptyIs : s.chars().allMatch(p));
        }));
    }
}
