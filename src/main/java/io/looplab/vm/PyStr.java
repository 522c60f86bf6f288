package io.looplab.vm;

/**
 * Python's str over a Java String. Python indexes by code point; Java by UTF-16 unit. The two
 * agree unless the text holds characters outside the BMP (emoji), which is detected once per
 * string and only then handled through code-point offsets.
 */
public final class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, null, StrMethods::define);
    private static final PyStr[] ASCII = new PyStr[128];
    public static final PyStr EMPTY = new PyStr("");

    static {
        for (int i = 0; i < 128; i++) {
            ASCII[i] = new PyStr(String.valueOf((char) i));
        }
    }

    public final String value;
    /** Number of code points, or -1 until computed. */
    private int cpLength = -1;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) {
            return ASCII[s.charAt(0)];
        }
        if (s.isEmpty()) {
            return EMPTY;
        }
        return new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 128 ? ASCII[cp] : new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** len(s) in code points. */
    public int length() {
        int n = cpLength;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            cpLength = n;
        }
        return n;
    }

    /** True when every code point is one UTF-16 unit, so Java and Python indices agree. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The Java char offset of code point index {@code i} (0 <= i <= length()). */
    public int offset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** s[i] for 0 <= i < length(). */
    public PyStr charAt(int i) {
        if (isBmp()) {
            char c = value.charAt(i);
            return c < 128 ? ASCII[c] : new PyStr(String.valueOf(c));
        }
        return ofCodePoint(value.codePointAt(offset(i)));
    }

    /** s[start:end] in code points. */
    public PyStr slice(int start, int end) {
        if (start >= end) {
            return EMPTY;
        }
        return of(value.substring(offset(start), offset(end)));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || s.value.equals(value));
    }

    /** Python compares strings by code point, which differs from String.compareTo beyond the BMP. */
    @Override
    public int compareTo(PyStr o) {
        String a = value;
        String b = o.value;
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public String toString() {
        return value;
    }
}
