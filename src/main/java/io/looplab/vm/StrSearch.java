package io.looplab.vm;

/**
 * Substring search for str (and bytes, seen as Latin-1 text): find, rfind, count, replace,
 * startswith/endswith, partition. Python indexes by code point, so start/end are code point
 * indices converted to and from Java char offsets (the identity for BMP-only text).
 */
final class StrSearch {
    private StrSearch() {
    }

    static void define(PyType t) {
        t.define("find", PyBuiltinFunction.methodN("str", "find", (a, k) -> PyInt.of(search("find", a, k, false))));
        t.define("rfind", PyBuiltinFunction.methodN("str", "rfind", (a, k) -> PyInt.of(search("rfind", a, k, true))));
        t.define("index", PyBuiltinFunction.methodN("str", "index", (a, k) -> found(search("index", a, k, false))));
        t.define("rindex", PyBuiltinFunction.methodN("str", "rindex", (a, k) -> found(search("rindex", a, k, true))));
        t.define("count", PyBuiltinFunction.methodN("str", "count", (a, k) -> {
            PyObject[] p = MethodArgs.tuple("str", "count", a, k, 1, 3);
            PyStr sub = MethodArgs.str(p[0], "");
            return PyInt.of(count(StrMethods.self(a[0], "count"), sub, MethodArgs.opt(p, 1), MethodArgs.opt(p, 2)));
        }));
        t.define("startswith", PyBuiltinFunction.methodN("str", "startswith", (a, k) -> affix("startswith", a, k)));
        t.define("endswith", PyBuiltinFunction.methodN("str", "endswith", (a, k) -> affix("endswith", a, k)));
        t.define("replace", PyBuiltinFunction.methodN("str", "replace", (a, k) -> {
            PyObject[] p = MethodArgs.clinic("str", "replace", a, k, 2, 3);
            PyStr old = MethodArgs.str(p[0], "replace() argument 1 ");
            PyStr rep = MethodArgs.str(p[1], "replace() argument 2 ");
            long count = p.length > 2 ? MethodArgs.index(p[2]) : -1;
            return PyStr.of(replace(StrMethods.self(a[0], "replace").value, old.value, rep.value, count));
        }));
        t.define("partition", PyBuiltinFunction.method2("str", "partition", (s, sep) -> parts(s, sep, false)));
        t.define("rpartition", PyBuiltinFunction.method2("str", "rpartition", (s, sep) -> parts(s, sep, true)));
        t.define("removeprefix", PyBuiltinFunction.method2("str", "removeprefix", (s, p) -> {
            String v = StrMethods.self(s, "removeprefix").value;
            String pre = MethodArgs.str(p, "removeprefix() argument ").value;
            return v.startsWith(pre) ? PyStr.of(v.substring(pre.length())) : s;
        }));
        t.define("removesuffix", PyBuiltinFunction.method2("str", "removesuffix", (s, p) -> {
            String v = StrMethods.self(s, "removesuffix").value;
            String suf = MethodArgs.str(p, "removesuffix() argument ").value;
            return v.endsWith(suf) && !suf.isEmpty() ? PyStr.of(v.substring(0, v.length() - suf.length())) : s;
        }));
    }

    private static int search(String name, PyObject[] a, String[] k, boolean fromRight) {
        PyObject[] p = MethodArgs.tuple("str", name, a, k, 1, 3);
        PyStr s = StrMethods.self(a[0], name);
        PyStr sub = MethodArgs.str(p[0], "");
        PyObject start = MethodArgs.opt(p, 1);
        PyObject end = MethodArgs.opt(p, 2);
        return fromRight ? rfind(s, sub, start, end) : find(s, sub, start, end);
    }

    private static PyObject found(int i) {
        if (i < 0) {
            throw PyException.value("substring not found");
        }
        return PyInt.of(i);
    }

    /** startswith/endswith with a str or a tuple of str. */
    private static PyObject affix(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.tuple("str", name, a, k, 1, 3);
        PyStr s = StrMethods.self(a[0], name);
        PyObject start = MethodArgs.opt(p, 1);
        PyObject end = MethodArgs.opt(p, 2);
        boolean atEnd = name.startsWith("end");
        if (p[0] instanceof PyTuple tuple) {
            for (PyObject item : tuple.items) {
                if (!(item instanceof PyStr sub)) {
                    throw PyException.type("tuple for " + name + " must only contain str, not " + item.type().name());
                }
                if (tailMatch(s, sub, start, end, atEnd)) {
                    return Py.TRUE;
                }
            }
            return Py.FALSE;
        }
        if (!(p[0] instanceof PyStr sub)) {
            throw PyException.type(name + " first arg must be str or a tuple of str, not " + p[0].type().name());
        }
        return Py.bool(tailMatch(s, sub, start, end, atEnd));
    }

    private static PyObject parts(PyObject s, PyObject sep, boolean fromRight) {
        String v = StrMethods.self(s, fromRight ? "rpartition" : "partition").value;
        String[] r = partition(v, MethodArgs.str(sep, "").value, fromRight);
        return PyTuple.of(PyStr.of(r[0]), PyStr.of(r[1]), PyStr.of(r[2]));
    }

    /** CPython's ADJUST_INDICES: {start, end} with negatives counted from the end; start may exceed len. */
    static int[] adjust(PyObject start, PyObject end, int len) {
        long s = sliceIndex(start, 0);
        long e = sliceIndex(end, len);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(e + len, 0);
        }
        if (s < 0) {
            s = Math.max(s + len, 0);
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    /** _PyEval_SliceIndex: None, or an index clamped into the ssize_t range. */
    static long sliceIndex(PyObject v, long dflt) {
        if (v == null || v == Py.NONE) {
            return dflt;
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw PyException.type("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = IntMethods.index(v);
        return i.isSmall() ? i.value : i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Index of sub in s[start:end] (code points), or -1. */
    static int find(PyStr s, PyStr sub, PyObject start, PyObject end) {
        int[] r = adjust(start, end, s.length());
        int subLen = sub.length();
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        if (s.isBmp()) {
            int i = s.value.indexOf(sub.value, r[0]);
            return i >= 0 && i + subLen <= r[1] ? i : -1;
        }
        int from = s.offset(r[0]);
        int i = s.value.indexOf(sub.value, from);
        if (i < 0 || i + sub.value.length() > s.offset(r[1])) {
            return -1;
        }
        return s.value.codePointCount(0, i);
    }

    static int rfind(PyStr s, PyStr sub, PyObject start, PyObject end) {
        int[] r = adjust(start, end, s.length());
        int subLen = sub.length();
        if (r[1] - r[0] < subLen) {
            return -1;
        }
        if (s.isBmp()) {
            int i = s.value.lastIndexOf(sub.value, r[1] - subLen);
            return i >= r[0] ? i : -1;
        }
        int i = s.value.lastIndexOf(sub.value, s.offset(r[1]) - sub.value.length());
        return i >= s.offset(r[0]) ? s.value.codePointCount(0, i) : -1;
    }

    /** Non-overlapping occurrences of sub in s[start:end]. */
    static int count(PyStr s, PyStr sub, PyObject start, PyObject end) {
        int[] r = adjust(start, end, s.length());
        if (r[1] - r[0] < sub.length()) {
            return 0;
        }
        if (sub.value.isEmpty()) {
            return r[1] - r[0] + 1;
        }
        int from = s.offset(r[0]);
        int limit = s.offset(r[1]) - sub.value.length();
        int n = 0;
        for (int i = s.value.indexOf(sub.value, from); i >= 0 && i <= limit; i = s.value.indexOf(sub.value, i + sub.value.length())) {
            n++;
        }
        return n;
    }

    /** s.replace(old, new, count); an empty old inserts new around every code point. */
    static String replace(String s, String old, String rep, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        if (old.isEmpty()) {
            long done = 0;
            int i = 0;
            while (i < s.length() && done < max) {
                int cp = s.codePointAt(i);
                sb.append(rep).appendCodePoint(cp);
                i += Character.charCount(cp);
                done++;
            }
            if (done < max) {
                sb.append(rep);
            }
            return sb.append(s, i, s.length()).toString();
        }
        int pos = 0;
        long done = 0;
        for (int i = s.indexOf(old); i >= 0 && done < max; i = s.indexOf(old, pos)) {
            sb.append(s, pos, i).append(rep);
            pos = i + old.length();
            done++;
        }
        return done == 0 ? s : sb.append(s, pos, s.length()).toString();
    }

    /** CPython's tailmatch: does s[start:end] start (or end) with sub? */
    static boolean tailMatch(PyStr s, PyStr sub, PyObject start, PyObject end, boolean atEnd) {
        int[] r = adjust(start, end, s.length());
        int subLen = sub.length();
        int last = r[1] - subLen;
        if (last < r[0]) {
            return false;
        }
        if (subLen == 0) {
            return true;
        }
        int at = s.offset(atEnd ? last : r[0]);
        return s.value.startsWith(sub.value, at);
    }

    /** s.partition(sep) / s.rpartition(sep) as the three parts. */
    static String[] partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) {
            throw PyException.value("empty separator");
        }
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return fromRight ? new String[] {"", "", s} : new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }
}
