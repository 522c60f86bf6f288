package io.looplab.lang;

import io.looplab.lang.Arguments.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses a def's or a lambda's parameter list: positional-only, defaults, {@code *args}, keyword-only, {@code **kw}. */
final class ParameterParser {
    private final ExpressionParser ep;
    private final TokenStream ts;
    private final boolean annotations;

    private List<Param> posonly = List.of();
    private List<Param> args = new ArrayList<>();
    private final List<Expr> defaults = new ArrayList<>();
    private final List<Param> kwonly = new ArrayList<>();
    private final List<Expr> kwDefaults = new ArrayList<>();
    private Param vararg;
    private Param kwarg;
    private Token bareStar;
    private boolean seenStar;

    ParameterParser(ExpressionParser ep, boolean annotations) {
        this.ep = ep;
        this.ts = ep.ts;
        this.annotations = annotations;
    }

    /** Everything up to (not including) {@code closer}. */
    Arguments parameters(String closer) {
        while (!ts.check(closer)) {
            if (kwarg != null) {
                throw ts.errorAt(ts.peek(), "arguments cannot follow var-keyword argument");
            }
            if (ts.check("/")) {
                slash();
            } else if (ts.check("*")) {
                star(closer);
            } else if (ts.match("**")) {
                kwarg = param();
                noDefault("var-keyword argument cannot have default value");
            } else {
                plain();
            }
            if (!ts.match(",")) {
                break;
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw ts.errorAt(bareStar, "named arguments must follow bare *");
        }
        Arguments result = new Arguments(posonly, List.copyOf(args), vararg, List.copyOf(kwonly),
                new ArrayList<>(kwDefaults), kwarg, List.copyOf(defaults));
        checkDuplicates(result);
        return result;
    }

    private void slash() {
        Token slash = ts.advance();
        if (seenStar) {
            throw ts.errorAt(slash, "/ must be ahead of *");
        }
        if (!posonly.isEmpty()) {
            throw ts.errorAt(slash, "/ may appear only once");
        }
        if (args.isEmpty()) {
            throw ts.errorAt(slash, "at least one argument must precede /");
        }
        posonly = List.copyOf(args);
        args = new ArrayList<>();
    }

    private void star(String closer) {
        Token star = ts.advance();
        if (seenStar) {
            throw ts.errorAt(star, "* argument may appear only once");
        }
        seenStar = true;
        if (ts.check(",") || ts.check(closer)) {
            bareStar = star;
            return;
        }
        vararg = param();
        noDefault("var-positional argument cannot have default value");
    }

    private void noDefault(String message) {
        if (ts.check("=")) {
            throw ts.errorAt(ts.peek(), message);
        }
    }

    private void plain() {
        Param p = param();
        Expr dflt = ts.match("=") ? ep.expression() : null;
        if (seenStar) {
            kwonly.add(p);
            kwDefaults.add(dflt);
        } else if (dflt != null) {
            args.add(p);
            defaults.add(dflt);
        } else if (!defaults.isEmpty()) {
            throw ts.errorAt(p.pos(), "non-default argument follows default argument");
        } else {
            args.add(p);
        }
    }

    private Param param() {
        Token name = ts.expectName();
        Expr annotation = null;
        if (annotations && ts.match(":")) {
            annotation = ep.expression();
        }
        return new Param(ts.spanFrom(name), name.text(), annotation);
    }

    /** CPython's symbol table rejects a parameter name used twice. */
    private void checkDuplicates(Arguments a) {
        List<Param> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        Set<String> seen = new HashSet<>();
        for (Param p : all) {
            if (!seen.add(p.name())) {
                throw ts.errorAt(p.pos(), "duplicate argument '" + p.name() + "' in function definition");
            }
        }
    }
}
