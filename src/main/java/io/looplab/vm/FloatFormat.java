package io.looplab.vm;

/**
 * Doubles to text exactly as CPython's PyOS_double_to_string (Python/pystrtod.c,
 * format_float_short): repr, and the 'e', 'f', 'g' and 'r' codes used by format() and '%'.
 */
public final class FloatFormat {
    /** Always write a sign ('+' for non-negative values). */
    static final int SIGN = 1;
    /** Integers in fixed notation get ".0" ('r', and 'g' for format's empty type). */
    static final int ADD_DOT_0 = 2;
    /** The '#' form: keep the decimal point and, for 'g', trailing zeros. */
    static final int ALT = 4;
    /** The 'z' option: a value that rounds to zero loses its minus sign. */
    static final int NO_NEG_0 = 8;

    private FloatFormat() {
    }

    /** repr(float) and str(float). */
    public static String repr(double d) {
        return toString(d, 'r', 0, ADD_DOT_0);
    }

    /** PyOS_double_to_string: code is one of e E f F g G r; upper-case codes give INF, NAN, E. */
    static String toString(double d, char code, int precision, int flags) {
        boolean upper = Character.isUpperCase(code);
        char c = Character.toLowerCase(code);
        boolean negative = Math.copySign(1.0, d) < 0 && !Double.isNaN(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
        } else {
            double a = Math.abs(d);
            FloatDigits digits = switch (c) {
                case 'e' -> FloatDigits.significant(a, precision + 1);
                case 'f' -> FloatDigits.fixed(a, precision);
                case 'g' -> FloatDigits.significant(a, Math.max(precision, 1));
                default -> FloatDigits.shortest(a);
            };
            if ((flags & NO_NEG_0) != 0 && isZero(digits.digits())) {
                negative = false;
            }
            int p = c == 'e' ? precision + 1 : c == 'g' ? Math.max(precision, 1) : precision;
            body = layout(digits, c, p, (flags & ADD_DOT_0) != 0, (flags & ALT) != 0);
        }
        if (upper) {
            body = body.toUpperCase();
        }
        return negative ? "-" + body : (flags & SIGN) != 0 ? "+" + body : body;
    }

    private static boolean isZero(String digits) {
        return digits.isEmpty() || digits.equals("0");
    }

    /**
     * Places the decimal point and exponent: the output is a slice [start, end) of the digits
     * padded with zeros on both sides (format_float_short's "vdigits").
     */
    private static String layout(FloatDigits fd, char code, int precision, boolean addDot0, boolean alt) {
        int decpt = fd.decpt();
        int end = switch (code) {
            case 'e' -> precision;
            case 'f' -> decpt + precision;
            case 'g' -> alt ? precision : fd.digits().length();
            default -> fd.digits().length();
        };
        boolean useExp = switch (code) {
            case 'e' -> true;
            case 'f' -> false;
            case 'g' -> decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision);
            default -> decpt <= -4 || decpt > 16;
        };
        int point = useExp ? 1 : decpt;
        end = Math.max(end, !useExp && addDot0 ? point + 1 : point);
        StringBuilder sb = placePoint(fd.digits(), point, end);
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+').append(Math.abs(exp) < 10 ? "0" : "").append(Math.abs(exp));
        }
        return sb.toString();
    }

    /** digits with the point after position point, zero-padded to end digits (and one before the point). */
    private static StringBuilder placePoint(String digits, int point, int end) {
        int len = digits.length();
        StringBuilder sb = new StringBuilder(Math.max(end, len) + Math.abs(point) + 8);
        if (point <= 0) {
            zeros(sb.append('0').append('.'), -point);
        }
        if (0 < point && point <= len) {
            sb.append(digits, 0, point).append('.').append(digits, point, len);
        } else {
            sb.append(digits);
        }
        if (len < point) {
            zeros(sb, point - len).append('.');
            return zeros(sb, end - point);
        }
        return zeros(sb, end - len);
    }

    private static StringBuilder zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
        return sb;
    }
}
