package io.looplab.vm;

/** bytes' constructor, repr and methods. */
final class BytesMethods {
    private BytesMethods() {
    }

    static void define(PyType t) {
        t.define("decode", PyBuiltinFunction.methodN("bytes", "decode",
                (a, k) -> PyStr.of(new String(((PyBytes) a[0]).value, java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** CPython's bytes repr: b'...' with \\x escapes for non-printable bytes. */
    static String repr(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : v) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : v) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
