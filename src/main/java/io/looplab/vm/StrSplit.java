package io.looplab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting and trimming shared by str and bytes (as Latin-1 text): split/rsplit with and
 * without a separator, splitlines, strip family, expandtabs, join. {@code bytes} selects the
 * ASCII notions of whitespace and line breaks that bytes methods use.
 */
final class StrSplit {
    private StrSplit() {
    }

    static void define(PyType t) {
        t.define("split", PyBuiltinFunction.methodN("str", "split", (a, k) -> splitMethod("split", a, k)));
        t.define("rsplit", PyBuiltinFunction.methodN("str", "rsplit", (a, k) -> splitMethod("rsplit", a, k)));
        t.define("splitlines", PyBuiltinFunction.methodN("str", "splitlines", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("splitlines", a, k, "keepends");
            boolean keep = p[0] != null && MethodArgs.index(p[0]) != 0;
            return toList(splitlines(StrMethods.self(a[0], "splitlines").value, keep, false));
        }));
        t.define("strip", PyBuiltinFunction.methodN("str", "strip", (a, k) -> stripMethod("strip", 0, a, k)));
        t.define("lstrip", PyBuiltinFunction.methodN("str", "lstrip", (a, k) -> stripMethod("lstrip", 1, a, k)));
        t.define("rstrip", PyBuiltinFunction.methodN("str", "rstrip", (a, k) -> stripMethod("rstrip", 2, a, k)));
        t.define("expandtabs", PyBuiltinFunction.methodN("str", "expandtabs", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("expandtabs", a, k, "tabsize");
            long size = p[0] == null ? 8 : MethodArgs.index(p[0]);
            return PyStr.of(expandtabs(StrMethods.self(a[0], "expandtabs").value, size));
        }));
    }

    private static PyObject splitMethod(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords(name, a, k, "sep", "maxsplit");
        String s = StrMethods.self(a[0], name).value;
        long max = p[1] == null ? -1 : MethodArgs.index(p[1]);
        if (p[0] == null || p[0] == Py.NONE) {
            return toList(name.equals("split") ? splitWhitespace(s, max, false) : rsplitWhitespace(s, max, false));
        }
        if (!(p[0] instanceof PyStr sep)) {
            throw PyException.type("must be str or None, not " + p[0].type().name());
        }
        return toList(name.equals("split") ? split(s, sep.value, max) : rsplit(s, sep.value, max));
    }

    private static PyObject stripMethod(String name, int which, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.clinic("str", name, a, k, 0, 1);
        PyStr s = StrMethods.self(a[0], name);
        PyObject chars = MethodArgs.opt(p, 0);
        if (chars != null && chars != Py.NONE && !(chars instanceof PyStr)) {
            throw PyException.type(name + " arg must be None or str");
        }
        String set = chars instanceof PyStr c ? c.value : null;
        String r = strip(s.value, set, which, false);
        return r.length() == s.value.length() ? s : PyStr.of(r);
    }

    static boolean isSpace(int c, boolean bytes) {
        return bytes ? Unicode.isAsciiSpace(c) : Unicode.isSpace(c);
    }

    /** split(None, maxsplit): runs of whitespace separate; the remainder keeps its trailing space. */
    static List<String> splitWhitespace(String s, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (i < n && isSpace(s.charAt(i), bytes)) {
                i++;
            }
            if (i == n) {
                break;
            }
            if (max-- == 0) {
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !isSpace(s.charAt(j), bytes)) {
                j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    static List<String> rsplitWhitespace(String s, long maxsplit, boolean bytes) {
        List<String> out = new ArrayList<>();
        int j = s.length();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1), bytes)) {
                j--;
            }
            if (j == 0) {
                break;
            }
            if (max-- == 0) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1), bytes)) {
                i--;
            }
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    static List<String> split(String s, String sep, long maxsplit) {
        if (sep.isEmpty()) {
            throw PyException.value("empty separator");
        }
        List<String> out = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int pos = 0;
        for (int i = s.indexOf(sep); i >= 0 && max-- > 0; i = s.indexOf(sep, pos)) {
            out.add(s.substring(pos, i));
            pos = i + sep.length();
        }
        out.add(s.substring(pos));
        return out;
    }

    static List<String> rsplit(String s, String sep, long maxsplit) {
        if (sep.isEmpty()) {
            throw PyException.value("empty separator");
        }
        List<String> out = new ArrayList<>();
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        int end = s.length();
        for (int i = s.lastIndexOf(sep, end - sep.length()); i >= 0 && max-- > 0;
             i = s.lastIndexOf(sep, end - sep.length())) {
            out.add(s.substring(i + sep.length(), end));
            end = i;
        }
        out.add(s.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    /** splitlines: \r\n is one break; no empty string after a final break. */
    static List<String> splitlines(String s, boolean keepends, boolean bytes) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !Unicode.isLineBreak(s.charAt(j), bytes)) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.add(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    /** strip/lstrip/rstrip; chars null means whitespace. which: 0 both, 1 left, 2 right. */
    static String strip(String s, String chars, int which, boolean bytes) {
        int i = 0;
        int j = s.length();
        if (which != 2) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(cp, chars, bytes)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (which != 1) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(cp, chars, bytes)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int cp, String chars, boolean bytes) {
        return chars == null ? isSpace(cp, bytes) : chars.indexOf(cp) >= 0;
    }

    /** expandtabs: a tab advances to the next multiple of tabsize; \n and \r reset the column. */
    static String expandtabs(String s, long tabsize) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long pad = tabsize - col % tabsize;
                    if (sb.length() + pad > Integer.MAX_VALUE / 2) {
                        throw PyException.overflow("new string is too long");
                    }
                    sb.append(" ".repeat((int) pad));
                    col += pad;
                }
            } else {
                sb.appendCodePoint(cp);
                col = cp == '\n' || cp == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    static PyList toList(List<String> parts) {
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(parts.get(i));
        }
        return new PyList(items, items.length);
    }

    /** sep.join(iterable) for str. */
    static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items = iterable instanceof PyList l && l.type() == PyList.TYPE ? l.items
                : iterable instanceof PyTuple t ? t.items : Ops.toArray(iterable);
        int n = iterable instanceof PyList l && l.type() == PyList.TYPE ? l.size() : items.length;
        if (n == 1 && items[0] instanceof PyStr only) {
            return only;
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr s)) {
                throw PyException.type("sequence item " + i + ": expected str instance, " + items[i].type().name()
                        + " found");
            }
            total += s.value.length();
        }
        StringBuilder sb = new StringBuilder(total + sep.value.length() * Math.max(n - 1, 0));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep.value);
            }
            sb.append(((PyStr) items[i]).value);
        }
        return PyStr.of(sb.toString());
    }
}
