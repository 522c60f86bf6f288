package io.looplab.vm;

import io.looplab.lang.CmpOperator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * bytes' constructor, repr, dunders, decode and hex/fromhex. The text-like methods (split,
 * find, strip, upper...) are in {@link BytesText}, which runs the str algorithms on Latin-1.
 */
final class BytesMethods {
    private static final String[] CMP = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};

    private BytesMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("bytes", "__new__", BytesMethods::newBytes));
        t.define("decode", PyBuiltinFunction.methodN("bytes", "decode", (a, k) -> {
            PyObject[] p = MethodArgs.keywords("decode", a, k, "encoding", "errors");
            return PyStr.of(Codecs.decode(self(a[0]).value, StrMethods.textArg("decode", 1, p[0], "utf-8"),
                    StrMethods.textArg("decode", 2, p[1], "strict")));
        }));
        t.define("hex", PyBuiltinFunction.methodN("bytes", "hex", BytesMethods::hex));
        t.define("fromhex", PyBuiltinFunction.classMethodN("bytes", "fromhex", (a, k) -> {
            MethodArgs.noKeywords("bytes", "fromhex", k);
            if (a.length != 2) {
                throw PyException.type("fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return new PyBytes(fromHex(MethodArgs.str(a[1], "fromhex() argument ").value));
        }));
        defineDunders(t);
        BytesText.define(t);
    }

    static PyBytes self(PyObject b) {
        if (b instanceof PyBytes p) {
            return p;
        }
        throw PyException.type("descriptor for 'bytes' objects doesn't apply to a '" + b.type().name() + "' object");
    }

    /** b[i] (an int) and b[i:j:k] (bytes), with bytes' own IndexError and TypeError messages. */
    static PyObject item(PyBytes b, PyObject key) {
        if (key instanceof PySlice s) {
            long[] ix = s.indices(b.value.length);
            byte[] out = new byte[(int) ix[3]];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.value[(int) (ix[0] + i * ix[2])];
            }
            return new PyBytes(out);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyException.type("byte indices must be integers or slices, not " + key.type().name());
        }
        long i = Ops.index(key);
        long n = b.value.length;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyException.index("index out of range");
        }
        return PyInt.of(b.value[(int) i] & 0xff);
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static PyBytes ofLatin1(String s) {
        return s.isEmpty() ? PyBytes.EMPTY : new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** bytes(), bytes(n), bytes(iterable_of_ints), bytes(str, encoding[, errors]), bytes(bytes_like). */
    private static PyObject newBytes(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords("bytes", a, k, "source", "encoding", "errors");
        PyObject src = p[0];
        if (src == null) {
            if (p[1] != null || p[2] != null) {
                throw PyException.type(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return PyBytes.EMPTY;
        }
        if (src instanceof PyStr s) {
            if (p[1] == null) {
                throw PyException.type("string argument without an encoding");
            }
            return new PyBytes(Codecs.encode(s.value, StrMethods.textArg("bytes", 2, p[1], "utf-8"),
                    StrMethods.textArg("bytes", 3, p[2], "strict")));
        }
        if (p[1] != null || p[2] != null) {
            throw PyException.type(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
        }
        PyObject m = src instanceof PyBytes ? null : src.type().lookup("__bytes__");
        if (m != null) {
            PyObject r = Ops.callBound(m, src);
            if (!(r instanceof PyBytes)) {
                throw PyException.type("__bytes__ returned non-bytes (type " + r.type().name() + ")");
            }
            return r;
        }
        if (src instanceof PyInt || src.type().lookup("__index__") != null && !(src instanceof PyBytes)) {
            long n = MethodArgs.index(src);
            if (n < 0) {
                throw PyException.value("negative count");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
            }
            return new PyBytes(new byte[(int) n]);
        }
        return new PyBytes(toBytes(src));
    }

    /** The bytes of a bytes object or an iterable of ints in range(256). */
    static byte[] toBytes(PyObject src) {
        if (src instanceof PyBytes b) {
            return b.value;
        }
        if (src instanceof PyStr) {
            throw PyException.type("cannot convert 'str' object to bytes");
        }
        if (src.type().lookup("__iter__") == null && !(src instanceof PyList || src instanceof PyTuple)
                && src.type().lookup("__getitem__") == null) {
            throw PyException.type("cannot convert '" + src.type().name() + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Ops.iter(src);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            out.write(byteValue(v, "bytes must be in range(0, 256)"));
        }
        return out.toByteArray();
    }

    static int byteValue(PyObject v, String rangeMessage) {
        long x = MethodArgs.index(v);
        if (x < 0 || x > 255) {
            throw PyException.value(rangeMessage);
        }
        return (int) x;
    }

    /** bytes.hex(sep=None, bytes_per_sep=1): groups counted from the right (from the left if negative). */
    private static PyObject hex(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords("hex", a, k, "sep", "bytes_per_sep");
        byte[] v = self(a[0]).value;
        String sep = p[0] == null || p[0] == Py.NONE ? null
                : p[0] instanceof PyBytes b ? latin1(b.value) : MethodArgs.str(p[0], "sep ").value;
        if (sep != null && sep.length() != 1) {
            throw PyException.value("sep must be length 1.");
        }
        long per = p[1] == null ? 1 : MethodArgs.index(p[1]);
        StringBuilder sb = new StringBuilder(v.length * 3);
        long group = Math.abs(per);
        for (int i = 0; i < v.length; i++) {
            long fromEdge = per < 0 ? i : v.length - i;
            if (sep != null && i > 0 && group > 0 && fromEdge % group == 0) {
                sb.append(sep);
            }
            sb.append(StrFormatting.hex(v[i] & 0xff, 2));
        }
        return PyStr.of(sb.toString());
    }

    /** bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs. */
    static byte[] fromHex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
        int i = 0;
        while (i < s.length()) {
            if (Unicode.isAsciiSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int hi = Character.digit(s.charAt(i), 16);
            int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || s.charAt(i) > 'f') {
                throw PyException.value("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            if (lo < 0 || s.charAt(i + 1) > 'f') {
                throw PyException.value("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return out.toByteArray();
    }

    private static void defineDunders(PyType t) {
        t.define("__len__", PyBuiltinFunction.method1("bytes", "__len__", b -> PyInt.of(self(b).value.length)));
        t.define("__getitem__", PyBuiltinFunction.method2("bytes", "__getitem__", (b, i) -> Ops.getItem(self(b), i)));
        t.define("__iter__", PyBuiltinFunction.method1("bytes", "__iter__", b -> Ops.iter(self(b))));
        t.define("__contains__", PyBuiltinFunction.method2("bytes", "__contains__",
                (b, x) -> Py.bool(BytesText.contains(self(b), x))));
        t.define("__add__", PyBuiltinFunction.method2("bytes", "__add__", (b, o) -> {
            if (!(o instanceof PyBytes other)) {
                throw PyException.type("can't concat " + o.type().name() + " to bytes");
            }
            return ofLatin1(latin1(self(b).value) + latin1(other.value));
        }));
        t.define("__mul__", PyBuiltinFunction.method2("bytes", "__mul__", BytesMethods::repeat));
        t.define("__rmul__", PyBuiltinFunction.method2("bytes", "__rmul__", BytesMethods::repeat));
        t.define("__mod__", PyBuiltinFunction.method2("bytes", "__mod__", (b, x) -> {
            throw PyException.unsupported("bytes %-formatting");
        }));
        CmpOperator[] ops = CmpOperator.values();
        for (int i = 0; i < CMP.length; i++) {
            CmpOperator op = ops[i];
            t.define(CMP[i], PyBuiltinFunction.method2("bytes", CMP[i],
                    (b, o) -> o instanceof PyBytes ? Ops.compare(op, self(b), o) : Py.NOT_IMPLEMENTED));
        }
        t.define("__hash__", PyBuiltinFunction.method1("bytes", "__hash__", b -> PyInt.of(Ops.hash(self(b)))));
        t.define("__repr__", PyBuiltinFunction.method1("bytes", "__repr__", b -> PyStr.of(repr(self(b).value))));
        t.define("__str__", PyBuiltinFunction.method1("bytes", "__str__", b -> PyStr.of(repr(self(b).value))));
        t.define("__bytes__", PyBuiltinFunction.method1("bytes", "__bytes__", BytesMethods::self));
        t.define("__getnewargs__", PyBuiltinFunction.method1("bytes", "__getnewargs__", b -> PyTuple.of(self(b))));
    }

    private static PyObject repeat(PyObject b, PyObject n) {
        if (!(n instanceof PyInt) && n.type().lookup("__index__") == null) {
            throw PyException.type("can't multiply sequence by non-int of type '" + n.type().name() + "'");
        }
        PyInt big = IntMethods.index(n);
        if (!big.isSmall()) {
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        long count = big.isSmall() ? big.value : 0;
        byte[] v = self(b).value;
        if (count <= 0 || v.length == 0) {
            return PyBytes.EMPTY;
        }
        if (count > (Integer.MAX_VALUE - 8) / v.length) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return ofLatin1(latin1(v).repeat((int) count));
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
        StringBuilder sb = new StringBuilder(v.length + 3).append("b").append(q);
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
                sb.append("\\x").append(StrFormatting.hex(c, 2));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
