package io.looplab.vm;

/** format() with the format-spec mini-language, and printf-style '%' formatting. */
public final class StrFormatting {
    private StrFormatting() {
    }

    /** format(value, spec): calls __format__ for non-builtin types. */
    public static String format(PyObject v, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(v);
        }
        if (!(v instanceof PyInt || v instanceof PyFloat || v instanceof PyStr)) {
            PyObject m = v.type().lookup("__format__");
            return Ops.str(Ops.callBound(m, v, PyStr.of(spec)));
        }
        return FormatSpec.parse(spec).apply(v);
    }

    /** str % args. */
    public static PyObject percent(PyStr fmt, PyObject args) {
        return PyStr.of(PercentFormat.format(fmt.value, args));
    }

    /** ascii(): repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
