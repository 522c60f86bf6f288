package io.looplab.lang;

/**
 * A syntax (or indentation) error found while reading source, positioned like CPython's:
 * 1-based line, 0-based column offset; {@link #format()} renders CPython's report.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String type;
    private final String fileName;
    private final int line;
    private final int col;
    private final String sourceLine;

    /** type: "SyntaxError", "IndentationError" or "TabError". */
    public PythonSyntaxError(String type, String message, String fileName, int line, int col, String sourceLine) {
        super(message);
        this.type = type;
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.sourceLine = sourceLine == null ? "" : sourceLine;
    }

    public String type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based line number. */
    public int line() {
        return line;
    }

    /** 0-based column offset of the offending token. */
    public int col() {
        return col;
    }

    public String sourceLine() {
        return sourceLine;
    }

    /** The one-line summary, e.g. {@code SyntaxError: invalid syntax (x.py, line 3, col 5)}. */
    public String summary() {
        return type + ": " + getMessage() + " (" + fileName + ", line " + line + ":" + (col + 1) + ")";
    }

    /** CPython's report: File line, the source line, a caret under the column, then Type: message. */
    public String format() {
        String src = sourceLine.stripTrailing();
        int indent = src.length() - src.stripLeading().length();
        int caret = Math.max(0, Math.min(col, src.length()) - indent);
        return "  File \"" + fileName + "\", line " + line + "\n"
                + "    " + src.stripLeading() + "\n"
                + "    " + " ".repeat(caret) + "^\n"
                + type + ": " + getMessage();
    }
}
