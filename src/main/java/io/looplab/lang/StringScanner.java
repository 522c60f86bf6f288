package io.looplab.lang;

/** Finds where a string literal ends (escapes are decoded later, by the parser, as in CPython). */
final class StringScanner {
    private final String src;
    private final int start;
    private final int quotePos;
    private final LineMap lines;
    private final Diagnostics diag;

    StringScanner(String src, int start, int quotePos, LineMap lines, Diagnostics diag) {
        this.src = src;
        this.start = start;
        this.quotePos = quotePos;
        this.lines = lines;
        this.diag = diag;
    }

    /** The offset just past the closing quote. */
    int scan() {
        char q = src.charAt(quotePos);
        boolean triple = src.startsWith(String.valueOf(q).repeat(3), quotePos);
        int i = quotePos + (triple ? 3 : 1);
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q && (!triple || src.startsWith(String.valueOf(q).repeat(3), i))) {
                return i + (triple ? 3 : 1);
            } else if (c == '\n' && !triple) {
                throw unterminated("unterminated string literal (detected at line " + lines.line(i) + ")");
            } else {
                i++;
            }
        }
        int lastLine = lines.line(Math.max(0, src.length() - 1));
        throw unterminated(triple ? "unterminated triple-quoted string literal (detected at line " + lastLine + ")"
                : "unterminated string literal (detected at line " + lastLine + ")");
    }

    private LexicalError unterminated(String message) {
        PythonSyntaxError e = diag.syntax(message, lines.line(start), lines.col(start));
        return new LexicalError(e, LexicalError.Kind.OVERRIDES_PARSER);
    }
}
