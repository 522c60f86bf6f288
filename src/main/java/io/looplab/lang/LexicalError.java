package io.looplab.lang;

/**
 * A tokenizer failure, deferred to the parser. CPython re-tokenizes the rest of a file after a
 * parser error and lets "real" tokenizer errors (bad characters, unterminated strings...) win,
 * while indentation errors only count where the parser actually reaches them; an unclosed
 * bracket at EOF wins only if it opened on a line before the parser's error.
 */
public final class LexicalError extends RuntimeException {
    /** How the error ranks against a parser error found earlier in the token stream. */
    public enum Kind { OVERRIDES_PARSER, LOCAL, UNCLOSED_BRACKET }

    private final PythonSyntaxError error;
    private final Kind kind;

    LexicalError(PythonSyntaxError error, Kind kind) {
        super(error.getMessage(), null, false, false);
        this.error = error;
        this.kind = kind;
    }

    public PythonSyntaxError error() {
        return error;
    }

    public Kind kind() {
        return kind;
    }
}
