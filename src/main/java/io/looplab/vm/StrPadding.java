package io.looplab.vm;

/** str.center/ljust/rjust/zfill and str.translate/str.maketrans. */
final class StrPadding {
    private StrPadding() {
    }

    static void define(PyType t) {
        t.define("center", PyBuiltinFunction.methodN("str", "center", (a, k) -> justify("center", a, k)));
        t.define("ljust", PyBuiltinFunction.methodN("str", "ljust", (a, k) -> justify("ljust", a, k)));
        t.define("rjust", PyBuiltinFunction.methodN("str", "rjust", (a, k) -> justify("rjust", a, k)));
        t.define("zfill", PyBuiltinFunction.method2("str", "zfill",
                (s, w) -> zfill(StrMethods.self(s, "zfill"), MethodArgs.index(w))));
        t.define("translate", PyBuiltinFunction.method2("str", "translate",
                (s, table) -> PyStr.of(translate(StrMethods.self(s, "translate").value, table))));
        t.define("maketrans", PyBuiltinFunction.ofN("maketrans", StrPadding::maketrans));
    }

    private static PyObject justify(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.clinic("str", name, a, k, 1, 2);
        PyStr s = StrMethods.self(a[0], name);
        long width = MethodArgs.index(p[0]);
        int fill = p.length > 1 ? fillChar(p[1]) : ' ';
        long marg = width - s.length();
        if (marg <= 0) {
            return s;
        }
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            // CPython's pad(): odd margins put the extra fill on the left only for odd widths
            default -> marg / 2 + (marg & width & 1);
        };
        return PyStr.of(pad(s.value, left, marg - left, fill));
    }

    private static int fillChar(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyException.type("The fill character must be a unicode character, not " + v.type().name());
        }
        if (s.length() != 1) {
            throw PyException.type("The fill character must be exactly one character long");
        }
        return s.value.codePointAt(0);
    }

    static String pad(String s, long left, long right, int fill) {
        if (left + right > Integer.MAX_VALUE / 4) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        StringBuilder sb = new StringBuilder(s.length() + (int) (left + right));
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /** zfill: zeros on the left, after a leading sign. */
    static PyStr zfill(PyStr s, long width) {
        long fill = width - s.length();
        if (fill <= 0) {
            return s;
        }
        String v = s.value;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return PyStr.of(v.charAt(0) + pad(v.substring(1), fill, 0, '0'));
        }
        return PyStr.of(pad(v, fill, 0, '0'));
    }

    /** str.translate: table[ord(c)] is None (delete), an int code point, or a str; a LookupError keeps c. */
    static String translate(String s, PyObject table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Ops.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (!e.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
                    throw e;
                }
                sb.appendCodePoint(cp);
                continue;
            }
            if (r instanceof PyInt n) {
                if (!n.isSmall() || n.value < 0 || n.value > 0x10ffff) {
                    throw PyException.value("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) n.value);
            } else if (r instanceof PyStr rs) {
                sb.append(rs.value);
            } else if (r != Py.NONE) {
                throw PyException.type("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /** str.maketrans(dict) or str.maketrans(from, to[, delete]). */
    private static PyObject maketrans(PyObject[] a, String[] k) {
        MethodArgs.noKeywords("str", "maketrans", k);
        if (a.length < 1 || a.length > 3) {
            throw PyException.type("maketrans expected " + (a.length < 1 ? "at least 1 argument" : "at most 3 arguments")
                    + ", got " + a.length);
        }
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw PyException.type("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : d.entries()) {
                out.put(translationKey(e.getKey()), e.getValue());
            }
            return out;
        }
        String from = MethodArgs.str(a[0], "maketrans() argument 1 ").value;
        String to = MethodArgs.str(a[1], "maketrans() argument 2 ").value;
        int[] f = from.codePoints().toArray();
        int[] g = to.codePoints().toArray();
        if (f.length != g.length) {
            throw PyException.value("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < f.length; i++) {
            out.put(PyInt.of(f[i]), PyInt.of(g[i]));
        }
        if (a.length == 3) {
            MethodArgs.str(a[2], "maketrans() argument 3 ").value.codePoints()
                    .forEach(cp -> out.put(PyInt.of(cp), Py.NONE));
        }
        return out;
    }

    private static PyObject translationKey(PyObject key) {
        if (key instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyException.value("string keys in translate table must be of length 1");
            }
            return PyInt.of(s.value.codePointAt(0));
        }
        if (key instanceof PyInt) {
            return key;
        }
        throw PyException.type("keys in translate table must be strings or integers");
    }
}
