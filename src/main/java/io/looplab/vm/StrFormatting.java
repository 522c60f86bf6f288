package io.looplab.vm;

/** format(value, spec) and the builtin __format__ methods, printf-style '%' and ascii(). */
public final class StrFormatting {
    private StrFormatting() {
    }

    /** format(value, spec) (PyObject_Format): builtins directly, other types through __format__. */
    public static String format(PyObject v, String spec) {
        if (v instanceof PyStr s) {
            return formatStr(s, spec);
        }
        if (v instanceof PyInt i) {
            return formatInt(i, spec);
        }
        if (v instanceof PyFloat f) {
            return formatFloat(f.value, spec);
        }
        PyObject m = v.type().lookup("__format__");
        if (m == null) {
            throw PyException.type("Type " + v.type().name() + " doesn't define __format__");
        }
        PyObject r = Ops.callBound(m, v, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw PyException.type("__format__ must return a str, not " + r.type().name());
        }
        return s.value;
    }

    static String formatStr(PyStr s, String spec) {
        if (spec.isEmpty()) {
            return s.value;
        }
        return FormatSpec.parse(spec, "str", 's', '<').formatStr(s);
    }

    static String formatInt(PyInt i, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(i);
        }
        return NumberFormat.formatInt(i, FormatSpec.parse(spec, i instanceof PyBool ? "bool" : "int", 'd', '>'));
    }

    static String formatFloat(double d, String spec) {
        if (spec.isEmpty()) {
            return FloatFormat.repr(d);
        }
        return NumberFormat.formatFloat(d, FormatSpec.parse(spec, "float", 0, '>'));
    }

    /** str % args. */
    public static PyObject percent(PyStr fmt, PyObject args) {
        return PyStr.of(PercentFormat.format(fmt.value, args));
    }

    /** ascii(): repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        int i = 0;
        int n = repr.length();
        while (i < n && repr.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return repr;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(repr, 0, i);
        while (i < n) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append("\\x").append(hex(cp, 2));
            } else if (cp <= 0xffff) {
                sb.append("\\u").append(hex(cp, 4));
            } else {
                sb.append("\\U").append(hex(cp, 8));
            }
        }
        return sb.toString();
    }

    static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        return h.length() >= digits ? h : "0".repeat(digits - h.length()) + h;
    }
}
