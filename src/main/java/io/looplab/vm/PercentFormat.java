package io.looplab.vm;

/**
 * printf-style formatting, {@code fmt % args}, following CPython's PyUnicode_Format
 * (Objects/unicodeobject.c): the argument cursor with its mapping mode ({@code %(key)s}), the
 * flag / width / precision parser, the conversions and the sign / prefix / padding writer.
 */
final class PercentFormat {
    private static final int LJUST = 1;
    private static final int SIGN = 2;
    private static final int BLANK = 4;
    private static final int ALT = 8;
    private static final int ZERO = 16;

    private final String fmt;
    private int pos;
    private PyObject args;
    /** Number of positional args, or -1 when args is a single value (CPython's arglen). */
    private int argLen;
    private int argIdx;
    private final PyObject dict;

    private int flags;
    private long width;
    private int prec;
    private boolean signed;
    private int ch;

    private PercentFormat(String fmt, PyObject args) {
        this.fmt = fmt;
        this.args = args;
        if (args instanceof PyTuple t) {
            argLen = t.size();
        } else {
            argLen = -1;
            argIdx = -2;
        }
        this.dict = isMapping(args) ? args : null;
    }

    static String format(String fmt, PyObject args) {
        return new PercentFormat(fmt, args).run();
    }

    /** PyMapping_Check minus tuples and str: dict, list, bytes, or anything with __getitem__. */
    private static boolean isMapping(PyObject o) {
        if (o instanceof PyTuple || o instanceof PyStr) {
            return false;
        }
        return o instanceof PyDict || o instanceof PyList || o instanceof PyBytes || o instanceof PyRange
                || o.type().lookup("__getitem__") != null;
    }

    private String run() {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        while (pos < n) {
            int next = fmt.indexOf('%', pos);
            if (next < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, next);
            pos = next + 1;
            formatOne(out);
        }
        if (argIdx < argLen && dict == null) {
            throw PyException.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private PyObject nextArg() {
        if (argIdx < argLen) {
            int i = argIdx++;
            return argLen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw PyException.type("not enough arguments for format string");
    }

    /** The next code point of the format, or -1 past its end. */
    private int read() {
        if (pos >= fmt.length()) {
            pos++;
            return -1;
        }
        int c = fmt.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    private void formatOne(StringBuilder out) {
        if (pos < fmt.length() && fmt.charAt(pos) == '%') {
            pos++;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        signed = false;
        parseSpec();
        String s = convert(nextArg());
        output(out, s);
        if (dict != null && argIdx < argLen) {
            throw PyException.type("not all arguments converted during string formatting");
        }
    }

    private void parseSpec() {
        if (pos < fmt.length() && fmt.charAt(pos) == '(') {
            mappingKey();
        }
        ch = read();
        for (int f; (f = flagOf(ch)) != 0; ch = read()) {
            flags |= f;
        }
        if (ch == '*') {
            width = starArg();
            if (width < 0) {
                flags |= LJUST;
                width = -width;
            }
            ch = read();
        } else if (ch >= '0' && ch <= '9') {
            width = digits("width too big", Long.MAX_VALUE);
        }
        if (ch == '.') {
            prec = 0;
            ch = read();
            if (ch == '*') {
                prec = (int) Math.max(0, starArg());
                ch = read();
            } else if (ch >= '0' && ch <= '9') {
                prec = (int) digits("precision too big", Integer.MAX_VALUE);
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = read();
        }
        if (ch < 0) {
            throw PyException.value("incomplete format");
        }
    }

    private static int flagOf(int c) {
        return switch (c) {
            case '-' -> LJUST;
            case '+' -> SIGN;
            case ' ' -> BLANK;
            case '#' -> ALT;
            case '0' -> ZERO;
            default -> 0;
        };
    }

    /** Reads digits starting at ch; leaves the first non-digit in ch. */
    private long digits(String tooBig, long max) {
        long v = ch - '0';
        while ((ch = read()) >= '0' && ch <= '9') {
            if (v > (max - (ch - '0')) / 10) {
                throw PyException.value(tooBig);
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    private long starArg() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw PyException.type("* wants int");
        }
        return i.longValue();
    }

    /** %(key): the value comes from the mapping, and becomes the single current argument. */
    private void mappingKey() {
        if (dict == null) {
            throw PyException.type("format requires a mapping");
        }
        int start = ++pos;
        int depth = 1;
        while (depth > 0 && pos < fmt.length()) {
            char c = fmt.charAt(pos++);
            depth += c == ')' ? -1 : c == '(' ? 1 : 0;
        }
        if (depth > 0) {
            throw PyException.value("incomplete format key");
        }
        args = Ops.getItem(dict, PyStr.of(fmt.substring(start, pos - 1)));
        argLen = -1;
        argIdx = -2;
    }

    private String convert(PyObject v) {
        switch (ch) {
            case 's':
                return Ops.str(v);
            case 'r':
                return Ops.repr(v);
            case 'a':
                return StrFormatting.ascii(Ops.repr(v));
            case 'i', 'd', 'u', 'o', 'x', 'X':
                signed = true;
                return integer(v);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                signed = true;
                return FloatFormat.toString(Ops.toDouble(v), (char) ch, prec < 0 ? 6 : prec,
                        (flags & ALT) != 0 ? FloatFormat.ALT : 0);
            case 'c':
                return new String(Character.toChars(character(v)));
            default:
                int at = fmt.codePointCount(0, Math.min(pos, fmt.length())) - 1;
                throw PyException.value("unsupported format character '" + (ch >= 31 && ch <= 126 ? (char) ch : '?')
                        + "' (0x" + Integer.toHexString(ch) + ") at index " + at);
        }
    }

    /** %d %x %o: ints as they are, other numbers through int() (or __index__ for o, x, X). */
    private String integer(PyObject v) {
        if (!IntMethods.isNumber(v)) {
            throw wrongType(v);
        }
        PyInt i;
        try {
            i = v instanceof PyInt pi ? pi : ch == 'o' || ch == 'x' || ch == 'X' ? IntMethods.index(v)
                    : (PyInt) IntMethods.toInt(v);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw wrongType(v);
            }
            throw e;
        }
        int radix = ch == 'o' ? 8 : ch == 'x' || ch == 'X' ? 16 : 10;
        String digits = radix == 10 ? Repr.intToString(i) : i.toBig().abs().toString(radix);
        boolean negative = i.signum() < 0;
        if (radix == 10 && negative) {
            digits = digits.substring(1);
        }
        if (prec > digits.length()) {
            digits = "0".repeat(prec - digits.length()) + digits;
        }
        String prefix = (flags & ALT) != 0 && radix != 10 ? (radix == 8 ? "0o" : "0x") : "";
        String s = (negative ? "-" : "") + prefix + digits;
        return ch == 'X' ? s.toUpperCase() : s;
    }

    private PyException wrongType(PyObject v) {
        String need = ch == 'o' || ch == 'x' || ch == 'X' ? "an integer" : "a real number";
        return PyException.type("%" + (char) ch + " format: " + need + " is required, not " + v.type().name());
    }

    private static int character(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.value.codePointAt(0);
            }
            throw PyException.type("%c requires int or char");
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw PyException.type("%c requires int or char");
        }
        PyInt i = IntMethods.index(v);
        if (!i.isSmall() || i.value < 0 || i.value > 0x10ffff) {
            throw PyException.overflow("%c arg not in range(0x110000)");
        }
        return (int) i.value;
    }

    /**
     * unicode_format_arg_output: the sign and the 0x/0o prefix go before zero padding but after
     * space padding; '-' pads on the right with spaces; precision truncates %s, %r and %a.
     */
    private void output(StringBuilder out, String s) {
        int[] cps = s.codePoints().toArray();
        int len = cps.length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SIGN | BLANK)) == 0) {
            out.append(s);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = prec;
        }
        StringBuilder head = new StringBuilder(3);
        int p = 0;
        if (signed && (cps[0] == '-' || cps[0] == '+')) {
            head.appendCodePoint(cps[p++]);
        } else if (signed && (flags & (SIGN | BLANK)) != 0) {
            head.append((flags & SIGN) != 0 ? '+' : ' ');
        }
        long padding = width - head.length() - (len - p);
        if ((flags & ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o')) {
            head.appendCodePoint(cps[p++]).appendCodePoint(cps[p++]);
        }
        pad(out, head, cps, p, len, Math.max(padding, 0));
    }

    private void pad(StringBuilder out, StringBuilder head, int[] cps, int from, int to, long padding) {
        if (padding > Integer.MAX_VALUE / 4) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        boolean zeros = signed && (flags & ZERO) != 0;
        boolean left = (flags & LJUST) == 0;
        if (left && !zeros) {
            repeat(out, ' ', padding);
        }
        out.append(head);
        if (left && zeros) {
            repeat(out, '0', padding);
        }
        for (int i = from; i < to; i++) {
            out.appendCodePoint(cps[i]);
        }
        if (!left) {
            repeat(out, ' ', padding);
        }
    }

    private static void repeat(StringBuilder out, int c, long n) {
        for (long i = 0; i < n; i++) {
            out.appendCodePoint(c);
        }
    }
}
