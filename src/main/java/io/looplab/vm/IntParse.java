package io.looplab.vm;

import java.math.BigInteger;

/**
 * int(text, base) as CPython's PyLong_FromString: surrounding whitespace, a sign, the 0x/0o/0b
 * prefix (base 0 or the matching base), single underscores between digits, Unicode decimal
 * digits, no leading zeros in base 0, and the 4300-digit limit for non-power-of-two bases.
 */
final class IntParse {
    /** sys.int_info.default_max_str_digits, shared with int-to-str conversion. */
    static final int MAX_STR_DIGITS = Repr.MAX_STR_DIGITS;

    private IntParse() {
    }

    /** Parses text; source is the original str or bytes, shown (repr, 200 chars) in the error. */
    static PyInt parse(String text, int base, PyObject source) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyException.value("int() base must be >= 2 and <= 36, or 0");
        }
        String s = toAscii(text).strip();
        boolean negative = s.startsWith("-");
        int i = negative || s.startsWith("+") ? 1 : 0;
        int prefix = i + 1 < s.length() && s.charAt(i) == '0' ? prefixBase(s.charAt(i + 1)) : 0;
        int radix = base;
        if (prefix != 0 && (base == 0 || base == prefix)) {
            radix = prefix;
            i += s.startsWith("_", i + 2) ? 3 : 2;
        }
        // base 0 reads decimal, where a leading zero is only allowed for zero itself
        boolean zerosOnly = radix == 0 && s.startsWith("0", i);
        radix = radix == 0 ? 10 : radix;
        String digits = digits(s, i, s.length(), radix);
        if (digits == null || zerosOnly && digits.chars().anyMatch(c -> c != '0')) {
            throw invalid(source, base);
        }
        if (Integer.bitCount(radix) != 1 && digits.length() > MAX_STR_DIGITS) {
            throw PyException.value("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: "
                    + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        PyInt v = digits.length() <= 18 && radix <= 10 || digits.length() <= 12
                ? PyInt.of(Long.parseLong(digits, radix)) : PyInt.of(new BigInteger(digits, radix));
        return negative ? (PyInt) Ops.neg(v) : v;
    }

    private static int prefixBase(char c) {
        return switch (c) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
    }

    /** The digits of s[i:n] without underscores, or null if they are not a valid literal. */
    private static String digits(String s, int i, int n, int radix) {
        if (i >= n) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n - i);
        boolean lastUnderscore = true;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            if (Character.digit(c, radix) < 0 || c > 'z') {
                return null;
            }
            sb.append(c);
            lastUnderscore = false;
        }
        return lastUnderscore ? null : sb.toString();
    }

    /** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces and decimal digits to ASCII. */
    private static String toAscii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append(Unicode.isSpace(cp) ? ' ' : (char) cp);
            } else if (Unicode.isSpace(cp)) {
                sb.append(' ');
            } else if (Unicode.isDecimal(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    private static PyException invalid(PyObject source, int base) {
        String r = Ops.repr(source);
        if (r.length() > 200) {
            r = r.substring(0, 200);
        }
        return PyException.value("invalid literal for int() with base " + base + ": " + r);
    }
}
