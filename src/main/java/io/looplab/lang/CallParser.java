package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.ArrayList;
import java.util.List;

/** Parses the trailers of a primary that need brackets: call arguments and subscripts/slices. */
final class CallParser {
    private final ExpressionParser ep;
    private final TokenStream ts;

    CallParser(ExpressionParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
    }

    /** Arguments collected so far, with what CPython needs to word an ordering error. */
    private static final class ArgList {
        final List<Expr> args = new ArrayList<>();
        final List<Keyword> keywords = new ArrayList<>();
        Token badPositional;
        Token first;
        boolean afterDoubleStar;
    }

    /** {@code func(args)}: positional, {@code *it}, {@code k=v} and {@code **m} in CPython's legal orders. */
    Expr call(Token start, Expr func) {
        Token open = ts.expect("(");
        ep.depth++;
        ArgList list = new ArgList();
        Expr last = null;
        while (!ts.check(")")) {
            last = argument(list, open);
            if (!ts.match(",")) {
                break;
            }
        }
        if (!ts.check(")")) {
            throw ep.unexpectedAfter(last);
        }
        Token close = ts.advance();
        ep.depth--;
        if (list.badPositional != null) {
            // CPython reports these at the furthest token read, the closing parenthesis.
            throw ts.errorAt(close, list.afterDoubleStar && !hasPlainKeyword(list.keywords)
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument");
        }
        return new Call(ts.spanFrom(start), func, list.args, list.keywords);
    }

    private Expr argument(ArgList list, Token open) {
        Token t = ts.peek();
        if (list.first == null) {
            list.first = t;
        }
        if (ts.check("**")) {
            list.afterDoubleStar = true;
            return doubleStarred(list.keywords);
        }
        if (ts.check("*")) {
            if (list.afterDoubleStar) {
                // CPython 3.11.2 points at the start of the whole argument list.
                throw ts.errorAt(list.first, "iterable argument unpacking follows keyword argument unpacking");
            }
            Expr e = ep.starred(ep::expression);
            list.args.add(e);
            return e;
        }
        if (t.type() == TokenType.NAME && ts.peekAhead(1).isOp("=")) {
            return keyword(list.keywords);
        }
        if (!list.keywords.isEmpty() && list.badPositional == null) {
            list.badPositional = t;
        }
        return positional(list.args, open, list.args.isEmpty() && list.keywords.isEmpty());
    }

    private static boolean hasPlainKeyword(List<Keyword> keywords) {
        return keywords.stream().anyMatch(k -> k.arg() != null);
    }

    private Expr doubleStarred(List<Keyword> keywords) {
        Token stars = ts.advance();
        Expr value = ep.expression();
        keywords.add(new Keyword(ts.spanFrom(stars), null, value));
        return value;
    }

    private Expr keyword(List<Keyword> keywords) {
        Token name = ts.advance();
        ts.advance();
        Expr value = ep.expression();
        keywords.add(new Keyword(ts.spanFrom(name), name.text(), value));
        return value;
    }

    /** A positional argument, or a bare generator expression when it is the only argument. */
    private Expr positional(List<Expr> args, Token open, boolean first) {
        Token start = ts.peek();
        Expr e = ep.namedExpression(false);
        if (ts.checkKeyword("for") || (ts.checkKeyword("async") && ts.peekAhead(1).isKeyword("for"))) {
            List<ForClause> gens = new AtomParser(ep).forClauses();
            if (!first || !ts.check(")")) {
                throw ts.errorAt(ts.spanFrom(start), "Generator expression must be parenthesized");
            }
            // A generator that is a call's only argument spans the call's parentheses, as in CPython.
            Token close = ts.peek();
            e = new Comprehension(new Pos(open.line(), open.col(), close.endLine(), close.endCol()),
                    ComprehensionKind.GENERATOR, null, e, gens);
        } else if (ts.check("=")) {
            throw ts.errorAt(e.pos(), e instanceof Constant c && (c.value() == null || c.value() instanceof Boolean)
                    ? "cannot assign to " + Targets.describe(e)
                    : "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        args.add(e);
        return e;
    }

    /** {@code value[slices]}; several comma-separated slices form a Tuple index. */
    Expr subscript(Token start, Expr value) {
        ts.expect("[");
        ep.depth++;
        Token first = ts.peek();
        Expr index = sliceItem();
        // A lone starred index still makes a tuple, as in CPython: a[*b] is a[(*b,)].
        if (ts.check(",") || index instanceof Starred) {
            List<Expr> elts = new ArrayList<>(List.of(index));
            while (ts.match(",") && !ts.check("]")) {
                elts.add(sliceItem());
            }
            index = new Tuple(ts.spanFrom(first), elts);
        }
        if (!ts.check("]")) {
            throw ep.unexpectedAfter(index);
        }
        ts.advance();
        ep.depth--;
        return new Subscript(ts.spanFrom(start), value, index);
    }

    /** slice: {@code [lower]:[upper][:[step]]}, a starred expression, or a named expression. */
    private Expr sliceItem() {
        if (ts.check("*")) {
            return ep.starred(ep::bitwiseOr);
        }
        Token start = ts.peek();
        Expr lower = ts.check(":") ? null : ep.namedExpression();
        if (!ts.check(":")) {
            return lower;
        }
        ts.advance();
        Expr upper = endsSlicePart() ? null : ep.expression();
        Expr step = null;
        if (ts.match(":")) {
            step = endsSlicePart() ? null : ep.expression();
        }
        return new Slice(ts.spanFrom(start), lower, upper, step);
    }

    private boolean endsSlicePart() {
        return ts.check(":") || ts.check(",") || ts.check("]");
    }
}
