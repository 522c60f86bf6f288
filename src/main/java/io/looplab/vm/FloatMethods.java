package io.looplab.vm;

import java.util.regex.Pattern;

/** float's constructor, conversions and methods; the operator dunders come from {@link NumberDunders}. */
final class FloatMethods {
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private FloatMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("float", "__new__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyException.type("float() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyException.type("float expected at most 1 argument, got " + (a.length - 1));
            }
            return a.length == 1 ? new PyFloat(0.0) : toFloat(a[1]);
        }));
        NumberDunders.define(t, "float");
        t.define("__repr__", PyBuiltinFunction.method1("float", "__repr__", x -> PyStr.of(FloatFormat.repr(self(x)))));
        t.define("__float__", PyBuiltinFunction.method1("float", "__float__", x -> new PyFloat(self(x))));
        t.define("__int__", PyBuiltinFunction.method1("float", "__int__", x -> IntMethods.fromDouble(self(x))));
        t.define("__format__", PyBuiltinFunction.method2("float", "__format__", (x, spec) -> {
            if (!(spec instanceof PyStr s)) {
                throw PyException.type("__format__() argument must be str, not " + spec.type().name());
            }
            return PyStr.of(StrFormatting.formatFloat(self(x), s.value));
        }));
        t.define("__getnewargs__", PyBuiltinFunction.method1("float", "__getnewargs__",
                x -> PyTuple.of(new PyFloat(self(x)))));
        t.define("is_integer", PyBuiltinFunction.method1("float", "is_integer", x -> {
            double v = self(x);
            return Py.bool(!Double.isInfinite(v) && v == Math.floor(v));
        }));
        t.define("conjugate", PyBuiltinFunction.method1("float", "conjugate", x -> new PyFloat(self(x))));
        t.define("real", Descriptors.getter("real", x -> new PyFloat(self(x))));
        t.define("imag", Descriptors.getter("imag", x -> new PyFloat(0.0)));
        FloatHex.define(t);
        Rounding.defineFloat(t);
    }

    static double self(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value;
        }
        throw PyException.type("descriptor for 'float' objects doesn't apply to a '" + x.type().name() + "' object");
    }

    /** float(x): numbers, numeric strings and bytes, __float__, __index__. */
    static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) {
            return f;
        }
        if (x instanceof PyStr s) {
            return new PyFloat(parse(s.value, x));
        }
        if (x instanceof PyBytes b) {
            return new PyFloat(parse(BytesMethods.latin1(b.value), x));
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.doubleValue());
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            PyObject r = Ops.callBound(m, x);
            if (!(r instanceof PyFloat f)) {
                throw PyException.type(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
            }
            return f;
        }
        if (x.type().lookup("__index__") != null) {
            return new PyFloat(IntMethods.index(x).doubleValue());
        }
        throw PyException.type("float() argument must be a string or a real number, not '" + x.type().name() + "'");
    }

    /** float(str): Python's float literal syntax plus inf/infinity/nan, Unicode digits and spaces. */
    static double parse(String text, PyObject source) {
        String s = asciiDigits(text).strip();
        String literal = literal(s);
        if (literal != null) {
            return Double.parseDouble(literal);
        }
        if (SPECIAL.matcher(s).matches()) {
            boolean negative = s.startsWith("-");
            if (s.toLowerCase().endsWith("nan")) {
                return negative ? -Double.NaN : Double.NaN;
            }
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw PyException.value("could not convert string to float: " + Ops.repr(source));
    }

    /**
     * s without its underscores if it is a decimal float literal, [sign] (digits [. [digits]] |
     * . digits) [(e|E) [sign] digits], where an underscore may only sit between two digits.
     */
    private static String literal(String s) {
        int n = s.length();
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int intDigits = digitRun(s, i);
        i += Math.abs(intDigits);
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            fracDigits = digitRun(s, ++i);
            i += Math.abs(fracDigits);
        }
        if (intDigits < 0 || fracDigits < 0 || intDigits == 0 && fracDigits == 0) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            i += i < n && (s.charAt(i) == '+' || s.charAt(i) == '-') ? 1 : 0;
            int expDigits = digitRun(s, i);
            if (expDigits <= 0) {
                return null;
            }
            i += expDigits;
        }
        return i == n ? (s.indexOf('_') < 0 ? s : s.replace("_", "")) : null;
    }

    /** Length of the run of digits (single underscores between them) at i; negative if malformed. */
    private static int digitRun(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                j++;
            } else if (c == '_' && j > i && j + 1 < s.length() && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
                j++;
            } else {
                break;
            }
        }
        return j < s.length() && s.charAt(j) == '_' ? -(j - i) - 1 : j - i;
    }

    /** Unicode decimal digits to ASCII and Unicode spaces to ' ' (as CPython does before parsing). */
    private static String asciiDigits(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Unicode.isSpace(cp)) {
                sb.append(' ');
            } else if (cp >= 128 && Unicode.isDecimal(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.appendCodePoint(cp >= 128 ? '?' : cp);
            }
        });
        return sb.toString();
    }
}
