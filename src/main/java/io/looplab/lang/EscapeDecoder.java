package io.looplab.lang;

/**
 * Decodes backslash escapes of str and bytes literals as CPython does; unknown escapes such as
 * {@code \d} stay as written (CPython only warns about them).
 */
final class EscapeDecoder {
    /** A malformed escape, worded as CPython's codec error. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }

    private final String body;
    private final boolean bytes;
    private final StringBuilder out = new StringBuilder();
    private int i;

    private EscapeDecoder(String body, boolean bytes) {
        this.body = body;
        this.bytes = bytes;
    }

    /** The decoded text; for bytes every char is one byte value (0-255). */
    static String decode(String body, boolean bytes) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        return new EscapeDecoder(body, bytes).run();
    }

    private String run() {
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                i++;
            } else {
                escape();
            }
        }
        return out.toString();
    }

    private void escape() {
        int start = i;
        char c = body.charAt(i + 1);
        i += 2;
        switch (c) {
            case '\n' -> { }
            case '\\', '\'', '"' -> out.append(c);
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case 'x' -> out.append((char) hex(start, 2, "\\xXX"));
            case 'u' -> unicode(start, 4, "\\uXXXX");
            case 'U' -> unicode(start, 8, "\\UXXXXXXXX");
            case 'N' -> named(start);
            default -> octalOrLiteral(start, c);
        }
    }

    private void octalOrLiteral(int start, char c) {
        if (c < '0' || c > '7') {
            out.append('\\').append(c);
            return;
        }
        int v = c - '0';
        for (int n = 0; n < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; n++) {
            v = v * 8 + body.charAt(i++) - '0';
        }
        out.append((char) (bytes ? v & 0xFF : v));
    }

    private void unicode(int start, int digits, String form) {
        if (bytes) {
            out.append(body, start, i);
            return;
        }
        int cp = hex(start, digits, form);
        if (cp > Character.MAX_CODE_POINT) {
            throw fail(start, i - 1, "illegal Unicode character");
        }
        out.appendCodePoint(cp);
    }

    private int hex(int start, int digits, String form) {
        int v = 0;
        for (int n = 0; n < digits; n++) {
            int d = i < body.length() ? Character.digit(body.charAt(i), 16) : -1;
            if (d < 0 || body.charAt(i) > 127) {
                if (bytes) {
                    throw new Failure("(value error) invalid \\x escape at position " + start);
                }
                throw fail(start, i - 1, "truncated " + form + " escape");
            }
            v = v * 16 + d;
            i++;
        }
        return v;
    }

    /** {@code \N{NAME}}: resolved through the JDK's Unicode name table. */
    private void named(int start) {
        if (bytes) {
            out.append(body, start, i);
            return;
        }
        int close = body.indexOf('}', i);
        if (i >= body.length() || body.charAt(i) != '{' || close < 0 || close == i + 1) {
            throw fail(start, Math.min(body.length(), i + 1) - 1, "malformed \\N character escape");
        }
        String name = body.substring(i + 1, close);
        i = close + 1;
        try {
            out.appendCodePoint(Character.codePointOf(name));
        } catch (IllegalArgumentException e) {
            throw fail(start, close, "unknown Unicode character name");
        }
    }

    private Failure fail(int from, int to, String reason) {
        return new Failure("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + reason);
    }
}
