package io.looplab.lang;

/** Builds CPython-shaped syntax errors for one source file. */
final class Diagnostics {
    static final String SYNTAX = "SyntaxError";
    static final String INDENTATION = "IndentationError";
    static final String TAB = "TabError";

    private final String fileName;
    private final SourceText source;

    Diagnostics(String fileName, SourceText source) {
        this.fileName = fileName;
        this.source = source;
    }

    String fileName() {
        return fileName;
    }

    SourceText source() {
        return source;
    }

    PythonSyntaxError error(String type, String message, int line, int col) {
        return new PythonSyntaxError(type, message, fileName, line, col, source.line(line));
    }

    PythonSyntaxError syntax(String message, int line, int col) {
        return error(SYNTAX, message, line, col);
    }
}
