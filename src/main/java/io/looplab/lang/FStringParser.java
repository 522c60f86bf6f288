package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Splits one f-string literal into text and replacement fields the way CPython 3.11 does (before
 * PEP 701): the field's expression is found by scanning characters, then lexed and parsed on its own
 * with its real position in the file.
 */
final class FStringParser {
    private static final int MAX_NESTED_BRACKETS = 200;

    private final StringParser strings;
    private final TokenStream ts;
    private final StringParser.Literal lit;
    private final Pos pos;
    private final String s;
    private int i;

    FStringParser(StringParser strings, TokenStream ts, StringParser.Literal lit, Pos pos) {
        this.strings = strings;
        this.ts = ts;
        this.lit = lit;
        this.pos = pos;
        this.s = lit.body();
    }

    void parseInto(StringParser.JoinedParts parts) {
        parse(parts, 0);
    }

    /** Text and fields up to the end of the literal or, inside a format spec, up to its closing '}'. */
    private void parse(StringParser.JoinedParts parts, int level) {
        while (i < s.length()) {
            literal(parts, level);
            if (i >= s.length() || s.charAt(i) == '}') {
                return;
            }
            field(parts, level);
        }
    }

    private void literal(StringParser.JoinedParts parts, int level) {
        StringBuilder raw = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '\\' && !lit.raw() && next != 0) {
                i = escape(raw, next);
            } else if (c == '{' || c == '}') {
                // Doubled braces are escapes only at the top level, so that f'{x:{y}}' ends properly.
                if (level > 0 || (c == '{' && next != '{')) {
                    break;
                }
                if (next != c) {
                    throw error("f-string: single '}' is not allowed");
                }
                raw.append(c);
                i += 2;
            } else {
                raw.append(c);
                i++;
            }
        }
        parts.text(strings.decode(raw.toString(), lit.raw(), false));
    }

    /** Copies one escape for the decoder; "\N{...}" braces are not a field, while "\{" still opens one. */
    private int escape(StringBuilder raw, char next) {
        if (next == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
            int close = s.indexOf('}', i);
            int end = close < 0 ? s.length() : close + 1;
            raw.append(s, i, end);
            return end;
        }
        if (next == '{' || next == '}') {
            raw.append('\\');
            return i + 1;
        }
        raw.append(s, i, i + 2);
        return i + 2;
    }

    private void field(StringParser.JoinedParts parts, int level) {
        if (level >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int start = ++i;
        scanExpression();
        String text = s.substring(start, i);
        if (text.isBlank()) {
            throw error("f-string: empty expression not allowed");
        }
        Expr value = parseExpression(text, start);
        String selfDoc = null;
        if (s.charAt(i) == '=') {
            i++;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            selfDoc = s.substring(start, i);
        }
        int conversion = conversion();
        Expr spec = formatSpec(level);
        if (i >= s.length() || s.charAt(i) != '}') {
            throw error("f-string: expecting '}'");
        }
        i++;
        if (selfDoc != null) {
            parts.text(selfDoc);
            // {x=} shows repr unless a conversion or a format spec says otherwise.
            conversion = conversion == -1 && spec == null ? 'r' : conversion;
        }
        parts.field(value, conversion, spec);
    }

    private int conversion() {
        if (i >= s.length() || s.charAt(i) != '!') {
            return -1;
        }
        i++;
        if (i >= s.length()) {
            throw error("f-string: expecting '}'");
        }
        char c = s.charAt(i++);
        if (c != 's' && c != 'r' && c != 'a') {
            throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        return c;
    }

    private Expr formatSpec(int level) {
        if (i >= s.length() || s.charAt(i) != ':') {
            return null;
        }
        i++;
        StringParser.JoinedParts spec = new StringParser.JoinedParts(pos);
        parse(spec, level + 1);
        return new JoinedStr(pos, spec.values());
    }

    /** Advances to the '!', ':', '=' or '}' that ends the expression, skipping nested brackets and strings. */
    private void scanExpression() {
        Deque<Character> open = new ArrayDeque<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (c == '\'' || c == '"') {
                skipString(c);
                continue;
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (open.isEmpty() && endsExpression(c)) {
                break;
            }
            bracket(open, c);
            i++;
        }
        if (!open.isEmpty()) {
            throw error("f-string: unmatched '" + open.peek() + "'");
        }
        if (i >= s.length()) {
            throw error("f-string: expecting '}'");
        }
    }

    /** Skips a string literal inside the expression (it cannot contain backslashes, so no escapes). */
    private void skipString(char q) {
        String delim = s.startsWith(String.valueOf(q).repeat(3), i) ? String.valueOf(q).repeat(3) : String.valueOf(q);
        int end = s.indexOf(delim, i + delim.length());
        if (end < 0) {
            throw error("f-string: unterminated string");
        }
        if (s.substring(i, end).indexOf('\\') >= 0) {
            throw error("f-string expression part cannot include a backslash");
        }
        i = end + delim.length();
    }

    /** '!=', '==', '<=', '>=' and lone '<', '>' are operators; '!', ':', '=' and '}' end the expression. */
    private boolean endsExpression(char c) {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if ("!=<>".indexOf(c) >= 0 && next == '=') {
            i++;
            return false;
        }
        return c == '!' || c == ':' || c == '=' || c == '}';
    }

    private void bracket(Deque<Character> open, char c) {
        if ("([{".indexOf(c) >= 0) {
            if (open.size() >= MAX_NESTED_BRACKETS) {
                throw error("f-string: too many nested parenthesis");
            }
            open.push(c);
        } else if (")]}".indexOf(c) >= 0) {
            if (open.isEmpty()) {
                throw error("f-string: unmatched '" + c + "'");
            }
            char o = open.pop();
            if ("([{".indexOf(o) != ")]}".indexOf(c)) {
                throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                        + o + "'");
            }
        }
    }

    private Expr parseExpression(String text, int offsetInBody) {
        int[] at = position(lit.bodyOffset() + offsetInBody);
        Diagnostics diag = ts.diagnostics();
        TokenStream sub = new TokenStream(Lexer.embedded(text, diag, at[0], at[1]), diag);
        try {
            ExpressionParser ep = new ExpressionParser(sub, 1);
            Expr e = ep.yieldOrStarExpressions();
            if (!sub.check(TokenType.NEWLINE) && !sub.check(TokenType.ENDMARKER)) {
                throw ep.unexpectedAfter(e);
            }
            return widenBareTuple(e, text, at);
        } catch (PythonSyntaxError e) {
            throw new PythonSyntaxError(e.type(), "f-string: " + e.getMessage(), e.fileName(), e.line(), e.col(),
                    e.sourceLine());
        }
    }

    /**
     * CPython 3.11 parses the field as "(" + text + ")" and maps those parentheses onto the braces,
     * so a bare tuple's span covers the braces.
     */
    private static Expr widenBareTuple(Expr e, String text, int[] at) {
        if (!(e instanceof Tuple t) || text.indexOf('\n') >= 0 || t.pos().col() != at[1] + indent(text)
                || text.strip().startsWith("(")) {
            return e;
        }
        return new Tuple(new Pos(at[0], at[1] - 1, at[0], at[1] + text.length() + 1), t.elts());
    }

    private static int indent(String text) {
        return text.length() - text.stripLeading().length();
    }

    /** File line and column of an offset inside this literal's token text. */
    private int[] position(int offset) {
        Token t = lit.token();
        String text = t.text();
        int lastNewline = text.lastIndexOf('\n', offset - 1);
        if (lastNewline < 0) {
            return new int[] {t.line(), t.col() + offset};
        }
        int newlines = (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count();
        return new int[] {t.line() + newlines, offset - lastNewline - 1};
    }

    private PythonSyntaxError error(String message) {
        return ts.errorAt(ts.peek(), message);
    }
}
