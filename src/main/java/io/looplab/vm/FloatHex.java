package io.looplab.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** float.hex, float.fromhex and float.as_integer_ratio: the exact binary value of a double. */
final class FloatHex {
    private static final Pattern HEX = Pattern.compile(
            "([+-]?)(0x)?([0-9a-f]*)(?:\\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?", Pattern.CASE_INSENSITIVE);

    private FloatHex() {
    }

    static void define(PyType t) {
        t.define("hex", PyBuiltinFunction.method1("float", "hex", x -> PyStr.of(hex(FloatMethods.self(x)))));
        t.define("fromhex", PyBuiltinFunction.classMethodN("float", "fromhex", (a, k) -> {
            MethodArgs.noKeywords("float", "fromhex", k);
            if (a.length != 2) {
                throw PyException.type("float.fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            if (!(a[1] instanceof PyStr s)) {
                throw PyException.type("bad argument type for built-in operation");
            }
            return new PyFloat(fromHex(s.value));
        }));
        t.define("as_integer_ratio", PyBuiltinFunction.method1("float", "as_integer_ratio",
                x -> ratio(FloatMethods.self(x))));
        t.define("__getformat__", PyBuiltinFunction.classMethodN("float", "__getformat__", (a, k) -> {
            String which = MethodArgs.str(a.length > 1 ? a[1] : Py.NONE, "__getformat__() argument ").value;
            if (!which.equals("double") && !which.equals("float")) {
                throw PyException.value("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        }));
    }

    /** float.hex(): '0x1.8000000000000p+1', subnormals as '0x0.…p-1022'. */
    static String hex(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return FloatFormat.repr(d);
        }
        String sign = Math.copySign(1.0, d) < 0 ? "-" : "";
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & ((1L << 52) - 1);
        String digits = Long.toHexString(frac | (1L << 52)).substring(1);
        int exp = be == 0 ? -1022 : be - 1023;
        return sign + (be == 0 ? "0x0." : "0x1.") + digits + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    /** float.fromhex(s), correctly rounded (half to even) like CPython's float_fromhex. */
    static double fromHex(String text) {
        String s = text.strip();
        Matcher special = Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE).matcher(s);
        if (special.matches()) {
            boolean neg = special.group(1).equals("-");
            double v = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return neg ? -v : v;
        }
        Matcher m = HEX.matcher(s);
        String whole = m.matches() ? m.group(3) : "";
        String fraction = m.matches() && m.group(4) != null ? m.group(4) : "";
        if (!m.matches() || whole.isEmpty() && fraction.isEmpty()) {
            throw PyException.value("invalid hexadecimal floating-point string");
        }
        boolean negative = m.group(1).equals("-");
        BigInteger mantissa = new BigInteger("0" + whole + fraction, 16);
        BigInteger e = m.group(5) == null ? BigInteger.ZERO : new BigInteger(m.group(5));
        e = e.subtract(BigInteger.valueOf(4L * fraction.length()));
        double v = scale(mantissa, e);
        return negative ? -v : v;
    }

    /** mantissa * 2**e as the nearest double (or an OverflowError). */
    private static double scale(BigInteger mantissa, BigInteger e) {
        if (mantissa.signum() == 0) {
            return 0.0;
        }
        BigInteger top = e.add(BigInteger.valueOf(mantissa.bitLength()));
        if (top.compareTo(BigInteger.valueOf(1025)) > 0) {
            throw PyException.overflow("hexadecimal value too large to represent as a float");
        }
        if (top.compareTo(BigInteger.valueOf(-1080)) < 0) {
            return 0.0;
        }
        int k = e.intValueExact();
        BigDecimal exact = k >= 0 ? new BigDecimal(mantissa.shiftLeft(k))
                : new BigDecimal(mantissa.multiply(BigInteger.valueOf(5).pow(-k))).scaleByPowerOfTen(k);
        double d = exact.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyException.overflow("hexadecimal value too large to represent as a float");
        }
        return d;
    }

    /** float.as_integer_ratio(): the exact value as a fraction in lowest terms. */
    static PyObject ratio(double d) {
        if (Double.isNaN(d)) {
            throw PyException.value("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(d)) {
            throw PyException.overflow("cannot convert Infinity to integer ratio");
        }
        if (d == 0) {
            return PyTuple.of(PyInt.of(0), PyInt.of(1));
        }
        long bits = Double.doubleToRawLongBits(d);
        int be = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & ((1L << 52) - 1);
        long m = be == 0 ? frac : frac | (1L << 52);
        int exp = (be == 0 ? -1074 : be - 1075);
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(d < 0 ? -m : m);
        if (exp >= 0) {
            return PyTuple.of(PyInt.of(num.shiftLeft(exp)), PyInt.of(1));
        }
        return PyTuple.of(PyInt.of(num), PyInt.of(BigInteger.ONE.shiftLeft(-exp)));
    }
}
