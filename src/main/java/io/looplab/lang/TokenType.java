package io.looplab.lang;

/** Token kinds, as CPython's tokenizer reports them (keywords split out of NAME for the parser's sake). */
public enum TokenType {
    NAME, KEYWORD, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** The lexer stopped here; the token's value is the {@link LexicalError} it hit. */
    ERROR
}
