package io.looplab.vm;

/**
 * A parsed standard format spec, [[fill]align][sign][z][#][0][width][grouping][.precision][type],
 * with CPython 3.11's parsing rules and messages (Python/formatter_unicode.c,
 * parse_internal_render_format_spec). Formatting of str values lives here too; numbers are
 * laid out by {@link NumberFormat}.
 */
final class FormatSpec {
    int fill = ' ';
    char align;
    char sign;
    boolean noNegZero;
    boolean alternate;
    long width = -1;
    /** ',' or '_', or 0 for none. */
    char separator;
    /** Digits per group: 3, or 4 for '_' with b, o, x, X. */
    int groupSize = 3;
    long precision = -1;
    /** The presentation type as a code point, or 0 when omitted. */
    int type;

    private final int[] cps;
    private int pos;

    private FormatSpec(String spec) {
        this.cps = codePoints(spec);
    }

    private static int[] codePoints(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            out[n++] = cp;
            i += Character.charCount(cp);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Parses spec for a value of type typeName, whose defaults are defaultType and defaultAlign. */
    static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        FormatSpec f = new FormatSpec(spec);
        f.align = defaultAlign;
        f.type = defaultType;
        f.parseFlags(defaultAlign);
        f.width = f.integer(-1);
        f.parseGrouping();
        if (f.peek() == '.') {
            f.pos++;
            f.precision = f.integer(-2);
            if (f.precision == -2) {
                throw PyException.value("Format specifier missing precision");
            }
        }
        if (f.cps.length - f.pos > 1) {
            throw PyException.value("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        if (f.pos < f.cps.length) {
            f.type = f.cps[f.pos++];
        }
        f.checkSeparator();
        return f;
    }

    private int peek() {
        return pos < cps.length ? cps[pos] : -1;
    }

    private int peek(int ahead) {
        return pos + ahead < cps.length ? cps[pos + ahead] : -1;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private void parseFlags(char defaultAlign) {
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (isAlign(peek(1))) {
            fill = cps[pos];
            align = (char) cps[pos + 1];
            pos += 2;
            fillGiven = true;
            alignGiven = true;
        } else if (isAlign(peek())) {
            align = (char) cps[pos++];
            alignGiven = true;
        }
        if (peek() == '+' || peek() == '-' || peek() == ' ') {
            sign = (char) cps[pos++];
        }
        if (peek() == 'z') {
            noNegZero = true;
            pos++;
        }
        if (peek() == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && peek() == '0') {
            // '0' before the width means zero padding; '=' only where numbers align right by default
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
    }

    /** Consumes decimal digits; returns absent when there are none. */
    private long integer(long absent) {
        int start = pos;
        long v = 0;
        while (pos < cps.length && Character.isDigit(cps[pos])) {
            int d = Character.digit(cps[pos], 10);
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyException.value("Too many decimal digits in format string");
            }
            v = v * 10 + d;
            pos++;
        }
        return pos == start ? absent : v;
    }

    private void parseGrouping() {
        if (peek() == ',') {
            separator = ',';
            pos++;
        }
        if (peek() == '_') {
            if (separator != 0) {
                throw PyException.value("Cannot specify both ',' and '_'.");
            }
            separator = '_';
            pos++;
        }
        if (peek() == ',') {
            throw PyException.value("Cannot specify both ',' and '_'.");
        }
    }

    private void checkSeparator() {
        if (separator == 0) {
            return;
        }
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> {
            }
            case 'b', 'o', 'x', 'X' -> {
                if (separator != '_') {
                    throw PyException.value("Cannot specify ',' with '" + (char) type + "'.");
                }
                groupSize = 4;
            }
            default -> throw PyException.value("Cannot specify '" + separator + "' with " + quotedType() + ".");
        }
    }

    /** The type as CPython quotes it in messages: 'x', or '\xe9' outside printable ASCII. */
    String quotedType() {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    PyException unknownType(String typeName) {
        return PyException.value("Unknown format code " + quotedType() + " for object of type '" + typeName + "'");
    }

    /** str.__format__ after parsing (format_string_internal). */
    String formatStr(PyStr value) {
        if (type != 's') {
            throw unknownType("str");
        }
        if (sign != 0) {
            throw PyException.value("Sign not allowed in string format specifier");
        }
        if (noNegZero) {
            throw PyException.value("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (alternate) {
            throw PyException.value("Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw PyException.value("'=' alignment not allowed in string format specifier");
        }
        int len = value.length();
        if (precision >= 0 && precision < len) {
            return pad(value.slice(0, (int) precision).value, (int) precision);
        }
        return pad(value.value, len);
    }

    /** Pads text of n code points to the width with the fill, by the alignment (< > ^). */
    String pad(String text, int n) {
        if (width <= n) {
            return text;
        }
        long total = checkedWidth();
        int left = align == '>' ? (int) (total - n) : align == '^' ? (int) ((total - n) / 2) : 0;
        int right = (int) (total - n - left);
        StringBuilder sb = new StringBuilder((int) total + 4);
        repeatFill(sb, left).append(text);
        return repeatFill(sb, right).toString();
    }

    StringBuilder repeatFill(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(fill);
        }
        return sb;
    }

    /** A width too large to build is a MemoryError in CPython too. */
    long checkedWidth() {
        if (width > Integer.MAX_VALUE / 4) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return width;
    }
}
