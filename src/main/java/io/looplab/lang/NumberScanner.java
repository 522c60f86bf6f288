package io.looplab.lang;

import java.math.BigInteger;

/**
 * Scans one numeric literal as CPython's tokenizer does, including its error messages and their
 * columns (CPython reports one column before its read position, after pushing back the bad char).
 */
final class NumberScanner {
    /** end: offset after the literal; value: Long, BigInteger, Double, or null for an imaginary literal. */
    record Result(int end, Object value) {
    }

    private final String src;
    private final int start;
    private final LineMap lines;
    private final Diagnostics diag;
    private int cur;

    NumberScanner(String src, int start, LineMap lines, Diagnostics diag) {
        this.src = src;
        this.start = start;
        this.lines = lines;
        this.diag = diag;
        this.cur = start;
    }

    Result scan() {
        if (peek() == '0' && "xXoObB".indexOf(peekAt(1)) >= 0 && peekAt(1) != 0) {
            return radix();
        }
        return decimal();
    }

    private Result radix() {
        char kind = Character.toLowerCase(peekAt(1));
        int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
        String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        cur += 2;
        do {
            if (peek() == '_') {
                cur++;
            }
            if (Character.digit(peek(), radix) < 0 || peek() > 127) {
                badRadixDigit(radix, name);
                throw fail("invalid " + name + " literal", cur);
            }
            while (Character.digit(peek(), radix) >= 0 && peek() < 128) {
                cur++;
            }
        } while (peek() == '_');
        badRadixDigit(radix, name);
        verifyEnd(name);
        String digits = src.substring(start + 2, cur).replace("_", "");
        return new Result(cur, integer(new BigInteger(digits, radix)));
    }

    private void badRadixDigit(int radix, String name) {
        if (radix != 16 && Lexer.isDigit(peek())) {
            throw fail("invalid digit '" + peek() + "' in " + name + " literal", cur + 1);
        }
    }

    private Result decimal() {
        boolean leadingZero = peek() == '0';
        if (peek() != '.') {
            decimalTail();
        }
        boolean isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            cur++;
            if (Lexer.isDigit(peek())) {
                decimalTail();
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = exponent() || isFloat;
        }
        if (peek() == 'j' || peek() == 'J') {
            cur++;
            verifyEnd("imaginary");
            return new Result(cur, null);
        }
        String text = src.substring(start, cur).replace("_", "");
        if (isFloat) {
            verifyEnd("decimal");
            return new Result(cur, Double.parseDouble(text));
        }
        if (leadingZero && !text.chars().allMatch(c -> c == '0')) {
            throw fail("leading zeros in decimal integer literals are not permitted; "
                    + "use an 0o prefix for octal integers", start + 1);
        }
        verifyEnd("decimal");
        return new Result(cur, integer(new BigInteger(text)));
    }

    /** Digits with single underscores between them; a trailing or doubled underscore is an error. */
    private void decimalTail() {
        while (true) {
            while (Lexer.isDigit(peek())) {
                cur++;
            }
            if (peek() != '_') {
                return;
            }
            cur++;
            if (!Lexer.isDigit(peek())) {
                throw fail("invalid decimal literal", cur);
            }
        }
    }

    /** Returns true if an exponent was consumed; "1else" style keyword juxtaposition is left alone. */
    private boolean exponent() {
        int e = cur;
        cur++;
        if (peek() == '+' || peek() == '-') {
            cur++;
            if (!Lexer.isDigit(peek())) {
                throw fail("invalid decimal literal", cur);
            }
        } else if (!Lexer.isDigit(peek())) {
            cur = e;
            verifyEnd("decimal");
            return false;
        }
        decimalTail();
        return true;
    }

    /** CPython allows a keyword right after a number ("1if x else y") but no other identifier character. */
    private void verifyEnd(String kind) {
        char c = peek();
        String rest = src.substring(cur, Math.min(src.length(), cur + 4));
        boolean keyword = rest.startsWith("and") || rest.startsWith("else") || rest.startsWith("for")
                || rest.startsWith("if") || rest.startsWith("in") || rest.startsWith("is")
                || rest.startsWith("not") || rest.startsWith("or");
        if (!keyword && Lexer.isIdentifierPart(c)) {
            throw fail("invalid " + kind + " literal", cur);
        }
    }

    private static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private char peek() {
        return cur < src.length() ? src.charAt(cur) : 0;
    }

    private char peekAt(int ahead) {
        return cur + ahead < src.length() ? src.charAt(cur + ahead) : 0;
    }

    /** readPos is CPython's read position; it reports the column just before it. */
    private LexicalError fail(String message, int readPos) {
        int line = lines.line(start);
        int col = Math.max(0, readPos - lines.lineStart(line) - 1);
        return new LexicalError(diag.syntax(message, line, col), LexicalError.Kind.OVERRIDES_PARSER);
    }
}
