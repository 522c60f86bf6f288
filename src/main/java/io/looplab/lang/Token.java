package io.looplab.lang;

/**
 * One lexical token: kind, exact source text and span (1-based lines, 0-based columns, end exclusive).
 * value: the number of a NUMBER token (Long, BigInteger or Double; null for an imaginary literal),
 * the {@link LexicalError} of an ERROR token, else null.
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol, Object value) {

    public Pos pos() {
        return new Pos(line, col, endLine, endCol);
    }

    /** True for an OP token spelled {@code op}. */
    public boolean isOp(String op) {
        return type == TokenType.OP && text.equals(op);
    }

    /** True for the keyword {@code kw}. */
    public boolean isKeyword(String kw) {
        return type == TokenType.KEYWORD && text.equals(kw);
    }

    @Override
    public String toString() {
        return type + "'" + text + "'@" + line + ":" + col;
    }
}
