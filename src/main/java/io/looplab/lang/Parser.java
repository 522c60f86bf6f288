package io.looplab.lang;

import io.looplab.lang.Stmt.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Python 3.11 source into a {@link Module}: a hand-written recursive descent over CPython's
 * grammar. This class handles modules, blocks and compound statements; simple statements and
 * expressions have their own parsers.
 */
public final class Parser {
    private final TokenStream ts;
    private final ExpressionParser ep;
    private final SimpleStatementParser simple;

    private Parser(TokenStream ts) {
        this.ts = ts;
        this.ep = new ExpressionParser(ts, 0);
        this.simple = new SimpleStatementParser(ep);
    }

    /**
     * Parses a whole file. Throws {@link PythonSyntaxError} (worded and positioned like CPython 3.11's)
     * or {@link UnsupportedSyntax} for valid Python outside LoopLab's subset.
     */
    public static Module parse(String source, String fileName) {
        Lexer lexer = new Lexer(source, fileName);
        List<Token> tokens = lexer.tokenize();
        SourceText text = new SourceText(Lexer.normalizeNewlines(source));
        Diagnostics diag = new Diagnostics(fileName, text);
        Parser parser = new Parser(new TokenStream(tokens, diag));
        List<Stmt> body = parser.module();
        new ScopeChecker(diag).check(body);
        return new Module(fileName, new SourceText(source), body);
    }

    private List<Stmt> module() {
        List<Stmt> body = new ArrayList<>();
        while (!ts.check(TokenType.ENDMARKER)) {
            body.addAll(statement());
        }
        return body;
    }

    /** One statement; a line of simple statements separated by ';' yields several. */
    private List<Stmt> statement() {
        Token t = ts.peek();
        if (t.type() == TokenType.INDENT) {
            // CPython reports one column before the end of the indentation.
            throw ts.error(Diagnostics.INDENTATION, "unexpected indent", t.line(), Math.max(0, t.endCol() - 1));
        }
        if (t.type() == TokenType.DEDENT) {
            throw ts.error(Diagnostics.INDENTATION, "unexpected unindent", t.line(), t.col());
        }
        if (t.type() == TokenType.KEYWORD || t.isOp("@")) {
            Stmt s = compound(t);
            if (s != null) {
                return List.of(s);
            }
        }
        if (t.type() == TokenType.NAME && t.text().equals("match") && looksLikeMatch()) {
            throw new UnsupportedSyntax("the match statement", t.line(), t.col());
        }
        return simple.simpleStatements();
    }

    private Stmt compound(Token t) {
        return switch (t.text()) {
            case "if" -> ifStmt(ts.advance(), "'if' statement");
            case "while" -> whileStmt(ts.advance());
            case "for" -> forStmt(ts.advance(), t);
            case "try" -> tryStmt(ts.advance());
            case "with" -> withStmt(ts.advance(), t);
            case "def" -> new DefinitionParser(this, ep).function(t, List.of(), t.line());
            case "class" -> new DefinitionParser(this, ep).classDef(t, List.of(), t.line());
            case "@" -> new DefinitionParser(this, ep).decorated();
            case "async" -> async(ts.advance());
            default -> null;
        };
    }

    /** {@code match x:} followed by an indented {@code case}: the soft keyword really starts a match statement. */
    private boolean looksLikeMatch() {
        for (int k = 1; ; k++) {
            Token t = ts.peekAhead(k);
            if (t.type() == TokenType.NEWLINE || t.type() == TokenType.ENDMARKER || t.type() == TokenType.ERROR) {
                return k > 2 && ts.peekAhead(k - 1).isOp(":") && ts.peekAhead(k + 1).type() == TokenType.INDENT
                        && ts.peekAhead(k + 2).text().equals("case");
            }
        }
    }

    private Stmt async(Token kw) {
        Token next = ts.peek();
        if (next.isKeyword("def")) {
            return new DefinitionParser(this, ep).function(kw, List.of(), kw.line());
        }
        if (next.isKeyword("for")) {
            return forStmt(ts.advance(), kw);
        }
        if (next.isKeyword("with")) {
            return withStmt(ts.advance(), kw);
        }
        throw ts.invalidSyntax();
    }

    // ---- blocks -------------------------------------------------------------------------------

    /**
     * The body after a header's ':': an indented block, or simple statements on the same line.
     * what names the header as CPython's "expected an indented block after ..." does.
     */
    List<Stmt> block(String what, Token header) {
        if (!ts.check(TokenType.NEWLINE)) {
            return simple.simpleStatements();
        }
        ts.advance();
        if (!ts.check(TokenType.INDENT)) {
            Token t = ts.peek();
            throw ts.error(Diagnostics.INDENTATION, "expected an indented block after " + what + " on line "
                    + header.line(), t.line(), t.col());
        }
        ts.advance();
        List<Stmt> body = new ArrayList<>();
        while (!ts.check(TokenType.DEDENT) && !ts.check(TokenType.ENDMARKER)) {
            body.addAll(statement());
        }
        ts.advance();
        return body;
    }

    /** The ':' ending a header; CPython says "expected ':'" only when the line ends there. */
    void colon(Expr last) {
        if (ts.match(":")) {
            return;
        }
        if (ts.check(TokenType.NEWLINE)) {
            throw ts.errorAt(ts.peek(), "expected ':'");
        }
        throw ep.unexpectedAfter(last);
    }

    static Pos spanToEnd(Token start, List<Stmt> body) {
        Pos last = body.get(body.size() - 1).pos();
        return new Pos(start.line(), start.col(), last.endLine(), last.endCol());
    }

    // ---- compound statements ------------------------------------------------------------------

    private Stmt ifStmt(Token kw, String what) {
        Expr test = ep.namedExpression();
        colon(test);
        List<Stmt> body = block(what, kw);
        List<Stmt> orelse = List.of();
        if (ts.checkKeyword("elif")) {
            orelse = List.of(ifStmt(ts.advance(), "'elif' statement"));
        } else if (ts.checkKeyword("else")) {
            orelse = elseBlock();
        }
        return new If(spanToEnd(kw, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (!ts.checkKeyword("else")) {
            return List.of();
        }
        Token kw = ts.advance();
        ts.expect(":", "expected ':'");
        return block("'else' statement", kw);
    }

    private Stmt whileStmt(Token kw) {
        Expr test = ep.namedExpression();
        colon(test);
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = elseBlock();
        return new While(spanToEnd(kw, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt forStmt(Token forKw, Token start) {
        Expr target = ep.targetList();
        if (!ts.checkKeyword("in")) {
            Targets.checkAssignable(ts, target, Targets.Kind.FOR);
            throw ep.unexpectedAfter(target);
        }
        Targets.checkAssignable(ts, target, Targets.Kind.FOR);
        ts.advance();
        Expr iter = ep.starExpressions();
        colon(iter);
        List<Stmt> body = block("'for' statement", forKw);
        List<Stmt> orelse = elseBlock();
        return new For(spanToEnd(start, orelse.isEmpty() ? body : orelse), target, iter, body, orelse,
                start != forKw);
    }

    private Stmt tryStmt(Token kw) {
        ts.expect(":", "expected ':'");
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        while (ts.checkKeyword("except")) {
            handlers.add(exceptHandler(ts.advance(), handlers));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalBody = List.of();
        if (ts.checkKeyword("finally")) {
            Token fin = ts.advance();
            ts.expect(":", "expected ':'");
            finalBody = block("'finally' statement", fin);
        } else if (handlers.isEmpty()) {
            throw ts.errorAt(ts.peek(), "expected 'except' or 'finally' block");
        }
        Pos end = !finalBody.isEmpty() ? spanToEnd(kw, finalBody) : !orelse.isEmpty() ? spanToEnd(kw, orelse)
                : new Pos(kw.line(), kw.col(), handlers.get(handlers.size() - 1).pos().endLine(),
                        handlers.get(handlers.size() - 1).pos().endCol());
        return new Try(end, body, handlers, orelse, finalBody);
    }

    private ExceptHandler exceptHandler(Token kw, List<ExceptHandler> previous) {
        if (ts.check("*")) {
            throw new UnsupportedSyntax("except*", kw.line(), kw.col());
        }
        if (!previous.isEmpty() && previous.get(previous.size() - 1).type() == null) {
            Pos p = previous.get(previous.size() - 1).pos();
            throw ts.errorAt(p, "default 'except:' must be last");
        }
        Expr type = null;
        String name = null;
        if (!ts.check(":") && !ts.check(TokenType.NEWLINE)) {
            type = ep.expression();
            if (ts.check(",")) {
                throw ts.errorAt(type.pos(), "multiple exception types must be parenthesized");
            }
            if (ts.matchKeyword("as")) {
                name = ts.expectName().text();
            }
        }
        colon(type);
        List<Stmt> body = block("'except' statement", kw);
        return new ExceptHandler(spanToEnd(kw, body), type, name, body);
    }

    private Stmt withStmt(Token withKw, Token start) {
        List<WithItem> items = ts.check("(") && parenthesizedItems() ? tryParenthesizedItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (ts.match(","));
        }
        colon(items.get(items.size() - 1).context());
        List<Stmt> body = block("'with' statement", withKw);
        return new With(spanToEnd(start, body), items, body, start != withKw);
    }

    /** CPython tries the parenthesized form first and falls back to an expression, e.g. {@code (yield x)}. */
    private List<WithItem> tryParenthesizedItems() {
        int mark = ts.mark();
        int depth = ep.depth;
        try {
            ts.advance();
            ep.depth++;
            List<WithItem> items = new ArrayList<>();
            while (!ts.check(")")) {
                items.add(withItem());
                if (!ts.match(",")) {
                    break;
                }
            }
            ts.expect(")");
            ep.depth = depth;
            return items.isEmpty() ? null : items;
        } catch (PythonSyntaxError e) {
            ts.reset(mark);
            ep.depth = depth;
            return null;
        }
    }

    /** {@code with (a as b, c):} — the bracket closes right before the ':' (else it is an expression). */
    private boolean parenthesizedItems() {
        int depth = 0;
        for (int k = 0; ; k++) {
            Token t = ts.peekAhead(k);
            if (t.type() == TokenType.ENDMARKER || t.type() == TokenType.ERROR || t.type() == TokenType.NEWLINE) {
                return false;
            }
            if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                depth++;
            } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                if (--depth == 0) {
                    return ts.peekAhead(k + 1).isOp(":");
                }
            }
        }
    }

    private WithItem withItem() {
        Expr context = ep.expression();
        Expr target = null;
        if (ts.matchKeyword("as")) {
            target = ts.check("*") ? ep.starred(ep::bitwiseOr) : ep.bitwiseOr();
            Targets.checkAssignable(ts, target, Targets.Kind.ASSIGN);
        }
        return new WithItem(context, target);
    }
}
