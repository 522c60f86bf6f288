package io.looplab.vm;

import java.math.BigInteger;

/**
 * int.__format__ and float.__format__ after the spec is parsed: CPython's format_long_internal
 * and format_float_internal, with the field layout of calc_number_widths / fill_number
 * (| lpad | sign | prefix | spad | grouped digits | remainder | rpad |).
 */
final class NumberFormat {
    private NumberFormat() {
    }

    static String formatInt(PyInt v, FormatSpec f) {
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> {
                return integer(v, f);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(v.doubleValue(), f);
            }
            default -> throw f.unknownType(v instanceof PyBool ? "bool" : "int");
        }
    }

    private static String integer(PyInt v, FormatSpec f) {
        if (f.precision != -1) {
            throw PyException.value("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero) {
            throw PyException.value("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            return character(v, f);
        }
        int radix = switch (f.type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String prefix = !f.alternate || radix == 10 ? "" : radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        String digits = radix == 10 ? Repr.intToString(v) : v.isSmall() ? Long.toString(v.value, radix)
                : v.big.toString(radix);
        boolean negative = digits.startsWith("-");
        if (negative) {
            digits = digits.substring(1);
        }
        return layout(f, negative, prefix, digits, "", 0, f.type == 'X');
    }

    private static String character(PyInt v, FormatSpec f) {
        if (f.sign != 0) {
            throw PyException.value("Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate) {
            throw PyException.value("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (!v.isSmall()) {
            throw PyException.overflow("Python int too large to convert to C long");
        }
        if (v.value < 0 || v.value > 0x10ffff) {
            throw PyException.overflow("%c arg not in range(0x110000)");
        }
        return layout(f, false, "", "", new String(Character.toChars((int) v.value)), 1, false);
    }

    static String formatFloat(double value, FormatSpec f) {
        int type = f.type;
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw f.unknownType("float");
        }
        if (f.precision > Integer.MAX_VALUE) {
            throw PyException.value("precision too big");
        }
        int flags = (f.alternate ? FloatFormat.ALT : 0) | (f.noNegZero ? FloatFormat.NO_NEG_0 : 0);
        int precision = (int) f.precision;
        int defaultPrecision = 6;
        if (type == 0) {
            // no type: repr-like without a precision, else 'g' that keeps one digit after the point
            flags |= FloatFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        type = type == 'n' ? 'g' : type;
        boolean percent = type == '%';
        if (percent) {
            type = 'f';
            value *= 100;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        String s = FloatFormat.toString(value, (char) type, precision, flags) + (percent ? "%" : "");
        boolean negative = s.startsWith("-");
        int start = negative ? 1 : 0;
        int i = start;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return layout(f, negative, "", s.substring(start, i), s.substring(i), s.length() - i, false);
    }

    /** Lays out a number; remainderLen is the remainder's length in code points. */
    private static String layout(FormatSpec f, boolean negative, String prefix, String digits,
                                 String remainder, int remainderLen, boolean upper) {
        String sign = negative ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        int nonDigits = sign.length() + prefix.length() + remainderLen;
        long minWidth = f.fill == '0' && f.align == '=' ? f.width - nonDigits : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, f.separator, f.groupSize);
        long padding = f.width - (nonDigits + grouped.length());
        if (padding > 0) {
            f.checkedWidth();
        }
        int left = 0;
        int middle = 0;
        int right = 0;
        if (padding > 0) {
            switch (f.align) {
                case '<' -> right = (int) padding;
                case '^' -> {
                    left = (int) (padding / 2);
                    right = (int) (padding - left);
                }
                case '=' -> middle = (int) padding;
                default -> left = (int) padding;
            }
        }
        StringBuilder sb = new StringBuilder(grouped.length() + nonDigits + (int) Math.max(padding, 0) + 2);
        f.repeatFill(sb, left).append(sign).append(upper ? prefix.toUpperCase() : prefix);
        f.repeatFill(sb, middle).append(upper ? grouped.toUpperCase() : grouped).append(remainder);
        return f.repeatFill(sb, right).toString();
    }

    /**
     * Inserts separators every size digits from the right, and zero-pads (separators included)
     * up to minWidth: CPython's _PyUnicode_InsertThousandsGrouping, so format(1234, '010,')
     * gives '00,001,234'.
     */
    static String group(String digits, long minWidth, char sep, int size) {
        int len = digits.length();
        if (sep == 0) {
            return minWidth > len ? "0".repeat((int) (minWidth - len)) + digits : digits;
        }
        StringBuilder rev = new StringBuilder(len + len / size + 4);
        int remaining = len;
        long min = minWidth;
        while (true) {
            int l = (int) Math.min(size, Math.max(Math.max(remaining, min), 1));
            int chars = Math.max(0, Math.min(remaining, l));
            if (rev.length() > 0) {
                rev.append(sep);
            }
            for (int i = 0; i < chars; i++) {
                rev.append(digits.charAt(remaining - 1 - i));
            }
            for (int i = chars; i < l; i++) {
                rev.append('0');
            }
            remaining -= chars;
            min -= l;
            if (remaining <= 0 && min <= 0) {
                break;
            }
            min -= 1;
        }
        return rev.reverse().toString();
    }

    /** int -> str in a radix, as used by bin(), oct(), hex(): sign before the prefix. */
    static String toBase(PyInt v, int radix, String prefix) {
        BigInteger b = v.toBig();
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }
}
