package io.looplab.vm;

/** The ASCII-only case mappings, predicates and padding of bytes. */
final class BytesCase {
    private BytesCase() {
    }

    static void define(PyType t) {
        BytesText.mapping(t, "upper", s -> map(s, 0));
        BytesText.mapping(t, "lower", s -> map(s, 1));
        BytesText.mapping(t, "swapcase", s -> map(s, 2));
        BytesText.mapping(t, "title", BytesCase::title);
        BytesText.mapping(t, "capitalize", s -> s.isEmpty() ? s : map(s.substring(0, 1), 0) + map(s.substring(1), 1));
        BytesText.predicate(t, "isalpha", BytesCase::isAlpha, false);
        BytesText.predicate(t, "isdigit", BytesCase::isDigit, false);
        BytesText.predicate(t, "isalnum", c -> isAlpha(c) || isDigit(c), false);
        BytesText.predicate(t, "isspace", Unicode::isAsciiSpace, false);
        BytesText.predicate(t, "isascii", c -> c < 128, true);
        t.define("isupper", PyBuiltinFunction.method1("bytes", "isupper", b -> Py.bool(isCase(BytesText.text(b), true))));
        t.define("islower", PyBuiltinFunction.method1("bytes", "islower", b -> Py.bool(isCase(BytesText.text(b), false))));
        t.define("istitle", PyBuiltinFunction.method1("bytes", "istitle",
                b -> Py.bool(StrCase.isTitle(asciiOnly(BytesText.text(b))))));
        for (String name : new String[] {"center", "ljust", "rjust"}) {
            t.define(name, PyBuiltinFunction.methodN("bytes", name, (a, k) -> justify(name, a, k)));
        }
        t.define("zfill", PyBuiltinFunction.method2("bytes", "zfill", (b, w) -> BytesMethods.ofLatin1(
                StrPadding.zfill(PyStr.of(BytesText.text(b)), MethodArgs.index(w)).value)));
    }

    private static boolean isAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** how: 0 upper, 1 lower, 2 swap; bytes outside ASCII letters are left alone. */
    private static String map(String s, int how) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            if (lower && how != 1) {
                cs[i] = (char) (c - 32);
            } else if (upper && how != 0) {
                cs[i] = (char) (c + 32);
            }
        }
        return new String(cs);
    }

    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(map(String.valueOf(c), previousCased ? 1 : 0));
            previousCased = isAlpha(c);
        }
        return sb.toString();
    }

    /** Bytes above 0x7f are uncased for bytes (unlike their Latin-1 letters). */
    private static String asciiOnly(String s) {
        return s.replaceAll("[^\\x00-\\x7f]", " ");
    }

    private static boolean isCase(String s, boolean upper) {
        return StrCase.isCase(asciiOnly(s), upper);
    }

    private static PyObject justify(String name, PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.clinic("bytes", name, a, k, 1, 2);
        String s = BytesText.text(a[0]);
        long width = MethodArgs.index(p[0]);
        int fill = ' ';
        if (p.length > 1) {
            if (!(p[1] instanceof PyBytes f) || f.value.length != 1) {
                throw PyException.type(name + "() argument 2 must be a byte string of length 1, not "
                        + p[1].type().name());
            }
            fill = f.value[0] & 0xff;
        }
        long marg = width - s.length();
        if (marg <= 0) {
            return a[0];
        }
        long left = name.equals("ljust") ? 0 : name.equals("rjust") ? marg : marg / 2 + (marg & width & 1);
        return BytesMethods.ofLatin1(StrPadding.pad(s, left, marg - left, fill));
    }
}
