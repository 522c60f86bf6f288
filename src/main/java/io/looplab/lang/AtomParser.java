package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.ArrayList;
import java.util.List;

/** Parses atoms: names, literals, strings, and the bracketed forms (groups, tuples, displays, comprehensions). */
final class AtomParser {
    private final ExpressionParser ep;
    private final TokenStream ts;

    AtomParser(ExpressionParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    Expr atom() {
        Token t = ts.peek();
        switch (t.type()) {
            case NAME:
                ts.advance();
                return new Name(t.pos(), t.text());
            case NUMBER:
                return number(ts.advance());
            case STRING:
                return new StringParser(ts).strings();
            case KEYWORD:
                return keywordAtom(t);
            case OP:
                return bracketed(t);
            default:
                throw ts.invalidSyntax();
        }
    }

    private Expr number(Token t) {
        if (t.value() == null) {
            throw new UnsupportedSyntax("complex numbers", t.line(), t.col());
        }
        return new Constant(t.pos(), t.value());
    }

    private Expr keywordAtom(Token t) {
        Object value = switch (t.text()) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> throw ts.invalidSyntax();
        };
        ts.advance();
        return new Constant(t.pos(), value);
    }

    private Expr bracketed(Token t) {
        switch (t.text()) {
            case "(":
                return inBrackets(this::group);
            case "[":
                return inBrackets(this::list);
            case "{":
                return inBrackets(this::dictOrSet);
            case "...":
                ts.advance();
                return new Constant(t.pos(), EllipsisValue.ELLIPSIS);
            default:
                throw ts.invalidSyntax();
        }
    }

    private Expr inBrackets(java.util.function.Function<Token, Expr> body) {
        Token open = ts.advance();
        ep.depth++;
        Expr e = body.apply(open);
        ep.depth--;
        return e;
    }

    /** {@code ()}, {@code (yield)}, {@code (expr)}, {@code (a, b)} or {@code (x for x in y)}. */
    private Expr group(Token open) {
        if (ts.match(")")) {
            return new Tuple(ts.spanFrom(open), List.of());
        }
        if (ts.checkKeyword("yield")) {
            Expr y = ep.yieldExpr();
            close(")", y);
            return y;
        }
        Expr first = ep.starNamedExpression();
        if (startsForClause()) {
            List<ForClause> gens = forClauses();
            close(")", null);
            return new Comprehension(ts.spanFrom(open), ComprehensionKind.GENERATOR, null, first, gens);
        }
        if (ts.check(")")) {
            ts.advance();
            if (first instanceof Starred) {
                throw ts.errorAt(first.pos(), "cannot use starred expression here");
            }
            return first;
        }
        List<Expr> elts = elements(first, ")");
        return new Tuple(ts.spanFrom(open), elts);
    }

    private Expr list(Token open) {
        if (ts.match("]")) {
            return new ListExpr(ts.spanFrom(open), List.of());
        }
        Expr first = ep.starNamedExpression();
        if (startsForClause()) {
            List<ForClause> gens = forClauses();
            close("]", null);
            return new Comprehension(ts.spanFrom(open), ComprehensionKind.LIST, null, first, gens);
        }
        List<Expr> elts = elements(first, "]");
        return new ListExpr(ts.spanFrom(open), elts);
    }

    /** The rest of a comma-separated display after its first element, through the closing bracket. */
    private List<Expr> elements(Expr first, String closer) {
        List<Expr> elts = new ArrayList<>(List.of(first));
        Expr last = first;
        while (ts.match(",")) {
            if (ts.check(closer)) {
                break;
            }
            last = ep.starNamedExpression();
            elts.add(last);
        }
        close(closer, last);
        return elts;
    }

    private void close(String closer, Expr last) {
        if (!ts.check(closer)) {
            throw ep.unexpectedAfter(last);
        }
        ts.advance();
    }

    private Expr dictOrSet(Token open) {
        if (ts.match("}")) {
            return new DictExpr(ts.spanFrom(open), List.of(), List.of());
        }
        if (ts.check("**")) {
            return dict(open, null, doubleStarred());
        }
        Expr first = ep.starNamedExpression();
        if (ts.match(":")) {
            Expr value = ep.expression();
            if (startsForClause()) {
                List<ForClause> gens = forClauses();
                close("}", null);
                return new Comprehension(ts.spanFrom(open), ComprehensionKind.DICT, first, value, gens);
            }
            return dict(open, first, value);
        }
        if (startsForClause()) {
            List<ForClause> gens = forClauses();
            close("}", null);
            return new Comprehension(ts.spanFrom(open), ComprehensionKind.SET, null, first, gens);
        }
        List<Expr> elts = elements(first, "}");
        return new SetExpr(ts.spanFrom(open), elts);
    }

    private Expr doubleStarred() {
        ts.expect("**");
        return ep.bitwiseOr();
    }

    /** A dict display whose first entry is already parsed (a null key stands for {@code **value}). */
    private Expr dict(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        keys.add(firstKey);
        values.add(firstValue);
        while (ts.match(",") && !ts.check("}")) {
            if (ts.check("**")) {
                keys.add(null);
                values.add(doubleStarred());
            } else {
                Expr key = ep.expression();
                if (!ts.check(":")) {
                    throw ts.errorAt(key.pos(), "':' expected after dictionary key");
                }
                ts.advance();
                keys.add(key);
                values.add(ep.expression());
            }
        }
        close("}", values.get(values.size() - 1));
        return new DictExpr(ts.spanFrom(open), keys, values);
    }

    private boolean startsForClause() {
        return ts.checkKeyword("for") || (ts.checkKeyword("async") && ts.peekAhead(1).isKeyword("for"));
    }

    /** One or more {@code [async] for targets in iter [if cond]...} clauses. */
    List<ForClause> forClauses() {
        List<ForClause> clauses = new ArrayList<>();
        while (startsForClause()) {
            Token start = ts.advance();
            boolean isAsync = start.isKeyword("async");
            if (isAsync) {
                ts.advance();
            }
            Expr target = ep.targetList();
            Targets.checkAssignable(ts, target, Targets.Kind.FOR);
            ts.expectKeyword("in");
            Expr iter = ep.disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (ts.matchKeyword("if")) {
                ifs.add(ep.disjunction());
            }
            clauses.add(new ForClause(ts.spanFrom(start), target, iter, ifs, isAsync));
        }
        return clauses;
    }
}
