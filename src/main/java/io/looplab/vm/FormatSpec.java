package io.looplab.vm;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
final class FormatSpec {
    char fill = ' ';
    char align;
    char sign = '-';
    boolean alternate;
    int width = -1;
    char grouping;
    int precision = -1;
    char type;

    static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            start = ++i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyException.value("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw PyException.value("Invalid format specifier '" + spec + "'");
        }
        return f;
    }

    String apply(PyObject v) {
        if (v instanceof PyStr s) {
            if (type != 0 && type != 's') {
                throw unknown("str", v);
            }
            String body = precision >= 0 && precision < s.length() ? s.slice(0, precision).value : s.value;
            return pad(body, "", align == 0 ? '<' : align);
        }
        if (v instanceof PyInt i && (type == 0 || "dnbxXoc".indexOf(type) >= 0)) {
            return formatInt(i);
        }
        double d = v instanceof PyFloat f ? f.value : ((PyInt) v).doubleValue();
        if (v instanceof PyInt && "eEfFgG%".indexOf(type) < 0) {
            throw unknown("int", v);
        }
        return formatFloat(d, v instanceof PyInt);
    }

    private PyException unknown(String typeName, PyObject v) {
        return PyException.value("Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    private String formatInt(PyInt i) {
        java.math.BigInteger b = i.toBig();
        String prefix = "";
        String digits;
        switch (type) {
            case 'b' -> {
                digits = b.abs().toString(2);
                prefix = alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = b.abs().toString(8);
                prefix = alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = b.abs().toString(16);
                prefix = alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = b.abs().toString(16).toUpperCase();
                prefix = alternate ? "0X" : "";
            }
            case 'c' -> digits = new String(Character.toChars(b.intValue()));
            default -> digits = group(b.abs().toString());
        }
        return pad(digits, signOf(b.signum() < 0) + prefix, align == 0 ? '>' : align);
    }

    private String formatFloat(double d, boolean fromInt) {
        boolean neg = d < 0 || d == 0 && 1 / d < 0;
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d)) {
            body = "nan";
            neg = false;
        } else if (Double.isInfinite(d)) {
            body = "inf";
        } else {
            body = switch (type) {
                case 'f', 'F' -> fixed(a, precision < 0 ? 6 : precision);
                case '%' -> fixed(a * 100, precision < 0 ? 6 : precision) + "%";
                case 'e', 'E' -> exp(a, precision < 0 ? 6 : precision, type == 'E');
                case 'g', 'G' -> general(a, precision < 0 ? 6 : Math.max(precision, 1), type == 'G', alternate);
                default -> precision < 0 ? (fromInt ? FloatFormat.repr(a) : FloatFormat.repr(a))
                        : general(a, Math.max(precision, 1), false, true).replaceAll("^(\\d+)$", "$1");
            };
        }
        if (Character.isUpperCase(type) && (Double.isNaN(d) || Double.isInfinite(d))) {
            body = body.toUpperCase();
        }
        return pad(body, signOf(neg), align == 0 ? '>' : align);
    }

    private String fixed(double a, int prec) {
        String s = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (grouping != 0) {
            int dot = s.indexOf('.');
            s = group(dot < 0 ? s : s.substring(0, dot)) + (dot < 0 ? "" : s.substring(dot));
        }
        return alternate && prec == 0 ? s + "." : s;
    }

    private static String exp(double a, int prec, boolean upper) {
        String s;
        if (a == 0) {
            s = "0" + (prec > 0 ? "." + "0".repeat(prec) : "") + "e+00";
        } else {
            BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(prec + 1, RoundingMode.HALF_EVEN));
            String digits = bd.unscaledValue().toString();
            int exp = digits.length() - 1 - bd.scale();
            digits = (digits + "0".repeat(prec + 1)).substring(0, prec + 1);
            s = digits.charAt(0) + (prec > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return upper ? s.toUpperCase() : s;
    }

    /** The 'g' presentation: fixed or exponent by the decimal exponent, trailing zeros removed (unless #). */
    private static String general(double a, int prec, boolean upper, boolean keepZeros) {
        if (a == 0) {
            return keepZeros ? "0." + "0".repeat(Math.max(prec - 1, 0)) : "0";
        }
        BigDecimal bd = new BigDecimal(a).round(new java.math.MathContext(prec, RoundingMode.HALF_EVEN));
        int exp = bd.precision() - 1 - bd.scale();
        String s;
        if (exp < -4 || exp >= prec) {
            s = exp(a, prec - 1, upper);
            if (!keepZeros) {
                s = s.replaceAll("\\.?0+([eE])", "$1");
            }
        } else {
            s = bd.setScale(Math.max(prec - 1 - exp, 0), RoundingMode.HALF_EVEN).toPlainString();
            if (!keepZeros && s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return s;
    }

    private String group(String digits) {
        if (grouping == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                sb.append(grouping);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private String pad(String body, String prefix, char how) {
        int len = body.codePointCount(0, body.length()) + prefix.length();
        if (width <= len) {
            return prefix + body;
        }
        String fillStr = String.valueOf(fill).repeat(width - len);
        return switch (how) {
            case '<' -> prefix + body + fillStr;
            case '^' -> {
                int left = (width - len) / 2;
                yield String.valueOf(fill).repeat(left) + prefix + body + String.valueOf(fill).repeat(width - len - left);
            }
            case '=' -> prefix + fillStr + body;
            default -> fillStr + prefix + body;
        };
    }
}
