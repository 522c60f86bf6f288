package io.looplab.lang;

import java.util.List;

/**
 * The parser's cursor over the lexer's tokens. It also owns error reporting, because CPython ranks a
 * parser error against any tokenizer error further on in the file (see {@link LexicalError}).
 */
final class TokenStream {
    private final List<Token> tokens;
    private final Diagnostics diag;
    private int index;
    /** The furthest token the parser has looked at; CPython compares bracket lines against it. */
    private int furthest;

    TokenStream(List<Token> tokens, Diagnostics diag) {
        this.tokens = tokens;
        this.diag = diag;
    }

    Diagnostics diagnostics() {
        return diag;
    }

    /** The current token; reaching the lexer's ERROR token reports the lexical error. */
    Token peek() {
        furthest = Math.max(furthest, index);
        Token t = tokens.get(index);
        if (t.type() == TokenType.ERROR) {
            throw ((LexicalError) t.value()).error();
        }
        return t;
    }

    /** The token {@code ahead} places after the current one, or the last token (never throws). */
    Token peekAhead(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token advance() {
        Token t = peek();
        if (t.type() != TokenType.ENDMARKER) {
            index++;
        }
        return t;
    }

    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    boolean check(String op) {
        return peek().isOp(op);
    }

    boolean checkKeyword(String kw) {
        return peek().isKeyword(kw);
    }

    boolean check(TokenType type) {
        return peek().type() == type;
    }

    boolean match(String op) {
        if (check(op)) {
            advance();
            return true;
        }
        return false;
    }

    boolean matchKeyword(String kw) {
        if (checkKeyword(kw)) {
            advance();
            return true;
        }
        return false;
    }

    /** Consumes {@code op} or fails with "invalid syntax" at the current token. */
    Token expect(String op) {
        if (!check(op)) {
            throw invalidSyntax();
        }
        return advance();
    }

    Token expectKeyword(String kw) {
        if (!checkKeyword(kw)) {
            throw invalidSyntax();
        }
        return advance();
    }

    /** Consumes {@code op}; otherwise reports {@code message} (CPython's "expected ':'" family) at the current token. */
    Token expect(String op, String message) {
        if (!check(op)) {
            throw errorAt(peek(), message);
        }
        return advance();
    }

    Token expectName() {
        if (peek().type() != TokenType.NAME) {
            throw invalidSyntax();
        }
        return advance();
    }

    /** The end of the last consumed token, as the end of a node's span. */
    Pos spanFrom(int line, int col) {
        Token last = previous();
        return new Pos(line, col, last.endLine(), last.endCol());
    }

    Pos spanFrom(Token first) {
        return spanFrom(first.line(), first.col());
    }

    Pos spanFrom(Expr first) {
        return spanFrom(first.pos().line(), first.pos().col());
    }

    PythonSyntaxError invalidSyntax() {
        Token t = peek();
        return errorAt(t, "invalid syntax");
    }

    PythonSyntaxError errorAt(Token t, String message) {
        return error(Diagnostics.SYNTAX, message, t.line(), t.col());
    }

    PythonSyntaxError errorAt(Pos p, String message) {
        return error(Diagnostics.SYNTAX, message, p.line(), p.col());
    }

    /** A parser error, unless a tokenizer error later in the file takes precedence (as in CPython). */
    PythonSyntaxError error(String type, String message, int line, int col) {
        Token last = tokens.get(tokens.size() - 1);
        if (last.type() == TokenType.ERROR) {
            LexicalError lex = (LexicalError) last.value();
            if (lex.kind() == LexicalError.Kind.OVERRIDES_PARSER
                    || (lex.kind() == LexicalError.Kind.UNCLOSED_BRACKET
                        && lex.error().line() < Math.max(line, tokens.get(furthest).line()))) {
                return lex.error();
            }
        }
        return diag.error(type, message, line, col);
    }
}
