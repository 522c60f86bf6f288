package io.looplab.lang;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Turns Python source into tokens the way CPython 3.11's tokenizer does, NEWLINE/INDENT/DEDENT included. */
public final class Lexer {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");
    private static final Set<String> STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "**", "//", ">>", "<<", "<=", ">=", "==", "->", ":=",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
    };
    private static final String SINGLE_OPERATORS = "+-*/%@&|^~<>()[]{},:.;=!$?`";
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_PAREN_LEVEL = 200;

    private record Bracket(char c, int line, int col) {
    }

    private final String src;
    private final Diagnostics diag;
    private final LineMap lines;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<int[]> indents = new ArrayDeque<>();
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    private int pos;
    private boolean atLineStart = true;
    private boolean embedded;

    public Lexer(String source, String fileName) {
        this(normalizeNewlines(source), null, fileName, 1);
    }

    private Lexer(String src, Diagnostics diag, String fileName, int firstLine) {
        this.src = src;
        this.diag = diag != null ? diag : new Diagnostics(fileName, new SourceText(src));
        this.lines = new LineMap(src, firstLine);
        this.pos = src.startsWith("\uFEFF") ? 1 : 0;
        indents.push(new int[] {0, 0});
    }

    /**
     * Tokens of an f-string replacement field's expression, positioned where it sits in the file.
     * Like CPython, the expression is read as if parenthesized: newlines inside it are insignificant.
     */
    static List<Token> embedded(String expression, Diagnostics diag, int line, int col) {
        Lexer lexer = new Lexer(" ".repeat(col) + expression, diag, diag.fileName(), line);
        lexer.brackets.push(new Bracket('(', line, col));
        lexer.embedded = true;
        return lexer.tokenize();
    }

    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The whole token stream, ending in ENDMARKER; a lexical error ends it early with an ERROR token
     * (the parser decides, as CPython does, whether that error or one of its own is reported).
     */
    public List<Token> tokenize() {
        try {
            while (pos < src.length()) {
                if (atLineStart && brackets.isEmpty()) {
                    indentation();
                } else {
                    scanToken();
                }
            }
            finish();
        } catch (LexicalError e) {
            PythonSyntaxError err = e.error();
            tokens.add(new Token(TokenType.ERROR, "", err.line(), err.col(), err.line(), err.col(), e));
        }
        return tokens;
    }

    // ---- indentation -------------------------------------------------------------------------

    private void indentation() {
        int start = pos;
        int col = 0;
        int altcol = 0;
        for (; pos < src.length(); pos++) {
            char c = src.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else {
                break;
            }
        }
        if (pos >= src.length() || src.charAt(pos) == '#' || src.charAt(pos) == '\n') {
            skipBlankLine();
            return;
        }
        atLineStart = false;
        changeIndent(col, altcol, start);
    }

    /** Blank and comment-only lines produce no tokens at all, whatever their indentation. */
    private void skipBlankLine() {
        while (pos < src.length() && src.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < src.length()) {
            pos++;
        }
    }

    private void changeIndent(int col, int altcol, int lineStart) {
        int line = lines.line(lineStart);
        int width = pos - lineStart;
        int[] top = indents.peek();
        if (col == top[0]) {
            checkTabs(altcol == top[1], line);
        } else if (col > top[0]) {
            if (indents.size() >= MAX_INDENT) {
                throw local(Diagnostics.INDENTATION, "too many levels of indentation", line, 0);
            }
            checkTabs(altcol > top[1], line);
            indents.push(new int[] {col, altcol});
            tokens.add(new Token(TokenType.INDENT, src.substring(lineStart, pos), line, 0, line, width, null));
        } else {
            dedent(col, altcol, line, width);
        }
    }

    private void dedent(int col, int altcol, int line, int width) {
        while (indents.size() > 1 && col < indents.peek()[0]) {
            indents.pop();
            tokens.add(new Token(TokenType.DEDENT, "", line, width, line, width, null));
        }
        if (col != indents.peek()[0]) {
            // CPython points past the end of the offending line here.
            throw local(Diagnostics.INDENTATION, "unindent does not match any outer indentation level",
                    line, diag.source().line(line).length());
        }
        checkTabs(altcol == indents.peek()[1], line);
    }

    /** Indentation must compare the same with tabs of 8 and of 1 columns, or the meaning depends on the editor. */
    private void checkTabs(boolean consistent, int line) {
        if (!consistent) {
            throw local(Diagnostics.TAB, "inconsistent use of tabs and spaces in indentation", line, 0);
        }
    }

    // ---- tokens ------------------------------------------------------------------------------

    private void scanToken() {
        char c = src.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\f') {
            pos++;
        } else if (c == '#') {
            while (pos < src.length() && src.charAt(pos) != '\n') {
                pos++;
            }
        } else if (c == '\n') {
            newline();
        } else if (c == '\\') {
            continuation();
        } else if (isIdentifierStart(c)) {
            nameOrString();
        } else if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            number();
        } else if (c == '\'' || c == '"') {
            string(pos, pos);
        } else if (c < 128 && SINGLE_OPERATORS.indexOf(c) >= 0) {
            operator();
        } else {
            invalidCharacter();
        }
    }

    private void newline() {
        if (brackets.isEmpty()) {
            add(TokenType.NEWLINE, pos, pos + 1, null);
            atLineStart = true;
        }
        pos++;
    }

    private void continuation() {
        int col = lines.col(pos) + 1;
        int line = lines.line(pos);
        if (pos + 1 >= src.length()) {
            throw local(Diagnostics.SYNTAX, "unexpected EOF while parsing", line, col);
        }
        if (src.charAt(pos + 1) != '\n') {
            throw local(Diagnostics.SYNTAX, "unexpected character after line continuation character", line, col);
        }
        pos += 2;
        if (pos >= src.length()) {
            throw local(Diagnostics.SYNTAX, "unexpected EOF while parsing", line, col);
        }
    }

    private void nameOrString() {
        int start = pos;
        while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
            pos++;
        }
        String name = src.substring(start, pos);
        if (pos < src.length() && (src.charAt(pos) == '\'' || src.charAt(pos) == '"')
                && STRING_PREFIXES.contains(name.toLowerCase())) {
            string(start, pos);
            return;
        }
        checkIdentifier(name, start);
        String id = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        add(KEYWORDS.contains(id) ? TokenType.KEYWORD : TokenType.NAME, start, pos, id);
    }

    /** Non-ASCII letters are scanned leniently; anything that is not XID_Continue is an invalid character. */
    private void checkIdentifier(String name, int start) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean ok = i == 0 ? Character.isUnicodeIdentifierStart(cp) || cp == '_'
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (cp >= 128 && !ok) {
                pos = start + i;
                invalidCharacter();
            }
            i += Character.charCount(cp);
        }
    }

    private void number() {
        NumberScanner.Result r = new NumberScanner(src, pos, lines, diag).scan();
        add(TokenType.NUMBER, pos, r.end(), r.value());
        pos = r.end();
    }

    private void string(int start, int quote) {
        int end = new StringScanner(src, start, quote, lines, diag).scan();
        add(TokenType.STRING, start, end, null);
        pos = end;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                add(TokenType.OP, pos, pos + op.length(), null);
                pos += op.length();
                return;
            }
        }
        char c = src.charAt(pos);
        if ("([{".indexOf(c) >= 0) {
            openBracket(c);
        } else if (")]}".indexOf(c) >= 0) {
            closeBracket(c);
        }
        add(TokenType.OP, pos, pos + 1, null);
        pos++;
    }

    private void openBracket(char c) {
        if (brackets.size() >= MAX_PAREN_LEVEL) {
            throw overriding("too many nested parentheses", pos);
        }
        brackets.push(new Bracket(c, lines.line(pos), lines.col(pos)));
    }

    private void closeBracket(char c) {
        if (brackets.isEmpty()) {
            throw overriding("unmatched '" + c + "'", pos);
        }
        Bracket open = brackets.pop();
        if ("([{".indexOf(open.c) != ")]}".indexOf(c)) {
            String where = open.line == lines.line(pos) ? "" : " on line " + open.line;
            throw overriding("closing parenthesis '" + c + "' does not match opening parenthesis '"
                    + open.c + "'" + where, pos);
        }
    }

    private void invalidCharacter() {
        int cp = src.codePointAt(pos);
        String hex = String.format("U+%04X", cp);
        boolean printable = !Character.isISOControl(cp) && !Character.isWhitespace(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.SPACE_SEPARATOR;
        throw overriding(printable ? "invalid character '" + Character.toString(cp) + "' (" + hex + ")"
                : "invalid non-printable character " + hex, pos);
    }

    private void finish() {
        if (embedded) {
            brackets.removeLast();
        }
        if (!brackets.isEmpty()) {
            Bracket open = brackets.peek();
            PythonSyntaxError e = diag.syntax("'" + open.c + "' was never closed", open.line, open.col);
            throw new LexicalError(e, LexicalError.Kind.UNCLOSED_BRACKET);
        }
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE) {
            add(TokenType.NEWLINE, src.length(), src.length(), null);
        }
        // CPython reports errors at end of file where the last NEWLINE token stands.
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        int line = last == null ? 1 : last.line();
        int col = last == null ? 0 : last.col();
        while (indents.size() > 1) {
            indents.pop();
            tokens.add(new Token(TokenType.DEDENT, "", line, col, line, col, null));
        }
        tokens.add(new Token(TokenType.ENDMARKER, "", line, col, line, col, null));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void add(TokenType type, int start, int end, Object value) {
        String text = type == TokenType.NAME || type == TokenType.KEYWORD ? (String) value : src.substring(start, end);
        Object v = type == TokenType.NAME || type == TokenType.KEYWORD ? null : value;
        tokens.add(new Token(type, text, lines.line(start), lines.col(start), lines.line(end), lines.col(end), v));
    }

    private LexicalError overriding(String message, int offset) {
        return new LexicalError(diag.syntax(message, lines.line(offset), lines.col(offset)),
                LexicalError.Kind.OVERRIDES_PARSER);
    }

    private LexicalError local(String type, String message, int line, int col) {
        return new LexicalError(diag.error(type, message, line, col), LexicalError.Kind.LOCAL);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(ch -> ch < 128);
    }
}
