package io.looplab.lang;

import io.looplab.lang.Expr.Call;
import io.looplab.lang.Stmt.ClassDef;
import io.looplab.lang.Stmt.FunctionDef;
import java.util.ArrayList;
import java.util.List;

/** Parses decorators, {@code [async] def} and {@code class} definitions. */
final class DefinitionParser {
    private final Parser parser;
    private final ExpressionParser ep;
    private final TokenStream ts;

    DefinitionParser(Parser parser, ExpressionParser ep) {
        this.parser = parser;
        this.ep = ep;
        this.ts = ep.ts;
    }

    /** {@code @decorator} lines (any named expression since 3.9) followed by a def or class. */
    Stmt decorated() {
        int firstLine = ts.peek().line();
        List<Expr> decorators = new ArrayList<>();
        while (ts.match("@")) {
            Expr d = ep.namedExpression();
            if (!ts.check(TokenType.NEWLINE)) {
                throw ep.unexpectedAfter(d);
            }
            ts.advance();
            decorators.add(d);
        }
        Token t = ts.peek();
        if (t.isKeyword("def") || (t.isKeyword("async") && ts.peekAhead(1).isKeyword("def"))) {
            return function(t, decorators, firstLine);
        }
        if (t.isKeyword("class")) {
            return classDef(t, decorators, firstLine);
        }
        throw ts.invalidSyntax();
    }

    /** start is the {@code def} or {@code async} token (async already consumed in the latter case). */
    Stmt function(Token start, List<Expr> decorators, int firstLine) {
        boolean isAsync = start.isKeyword("async");
        if (isAsync && ts.checkKeyword("async")) {
            ts.advance();
        }
        Token def = ts.expectKeyword("def");
        Token name = ts.expectName();
        ts.expect("(", "expected '('");
        ep.depth++;
        Arguments args = new ParameterParser(ep, true).parameters(")");
        if (!ts.check(")")) {
            throw ts.invalidSyntax();
        }
        ts.advance();
        ep.depth--;
        Expr returns = ts.match("->") ? ep.expression() : null;
        ts.expect(":", "expected ':'");
        List<Stmt> body = parser.block("function definition", def);
        return new FunctionDef(Parser.spanToEnd(start, body), name.text(), args, body, decorators, returns,
                isAsync, firstLine);
    }

    Stmt classDef(Token kw, List<Expr> decorators, int firstLine) {
        ts.expectKeyword("class");
        Token name = ts.expectName();
        List<Expr> bases = List.of();
        List<Expr.Keyword> keywords = List.of();
        if (ts.check("(")) {
            Call call = (Call) ep.callTrailer(name, new Expr.Name(name.pos(), name.text()));
            bases = call.args();
            keywords = call.keywords();
        }
        parser.colon(null);
        List<Stmt> body = parser.block("class definition", kw);
        return new ClassDef(Parser.spanToEnd(kw, body), name.text(), bases, keywords, body, decorators, firstLine);
    }
}
