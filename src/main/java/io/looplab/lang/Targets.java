package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.Map;

/** Validates assignment, deletion and loop targets with CPython's wording ("cannot assign to ..."). */
final class Targets {
    /** Where a target appears; CPython words deletions differently and looks through {@code in} for loops. */
    enum Kind { ASSIGN, FOR, DELETE }

    private Targets() {
    }

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(Attribute.class, "attribute"), Map.entry(Subscript.class, "subscript"),
            Map.entry(Starred.class, "starred"), Map.entry(Name.class, "name"), Map.entry(ListExpr.class, "list"),
            Map.entry(Tuple.class, "tuple"), Map.entry(Lambda.class, "lambda"), Map.entry(Call.class, "function call"),
            Map.entry(BoolOp.class, "expression"), Map.entry(BinOp.class, "expression"),
            Map.entry(UnaryOp.class, "expression"), Map.entry(Yield.class, "yield expression"),
            Map.entry(YieldFrom.class, "yield expression"), Map.entry(Await.class, "await expression"),
            Map.entry(DictExpr.class, "dict literal"), Map.entry(SetExpr.class, "set display"),
            Map.entry(JoinedStr.class, "f-string expression"), Map.entry(FormattedValue.class, "f-string expression"),
            Map.entry(Compare.class, "comparison"), Map.entry(IfExp.class, "conditional expression"),
            Map.entry(NamedExpr.class, "named expression"), Map.entry(Slice.class, "slice"));

    /** CPython's {@code _PyPegen_get_expr_name}: how an error message names an expression. */
    static String describe(Expr e) {
        if (e instanceof Constant c) {
            return constantName(c.value());
        }
        if (e instanceof Comprehension c) {
            return switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
        }
        return NAMES.get(e.getClass());
    }

    private static String constantName(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return v == EllipsisValue.ELLIPSIS ? "ellipsis" : "literal";
    }

    /** The first sub-expression that cannot be a target of this kind, or null (CPython's get_invalid_target). */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof Tuple t) {
            return firstInvalid(t.elts(), kind);
        }
        if (e instanceof ListExpr l) {
            return firstInvalid(l.elts(), kind);
        }
        if (e instanceof Starred s) {
            return kind == Kind.DELETE ? e : invalidTarget(s.value(), kind);
        }
        if (e instanceof Compare c && kind == Kind.FOR) {
            // "for x in y" reaches here as a comparison when the target itself is bad: look left of "in".
            return c.ops().get(0) == CmpOperator.IN ? invalidTarget(c.left(), kind) : null;
        }
        return e;
    }

    private static Expr firstInvalid(java.util.List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    static void checkAssignable(TokenStream ts, Expr target, Kind kind) {
        Expr bad = invalidTarget(target, kind);
        if (bad != null) {
            String verb = kind == Kind.DELETE ? "cannot delete " : "cannot assign to ";
            throw ts.errorAt(bad.pos(), verb + describe(bad));
        }
    }

    /**
     * {@code e} is followed by a lone '=' where no assignment can be: CPython suggests '==' (or ':=' for a
     * name) when what follows is a plain operand not itself followed by another '='.
     */
    static void checkMistakenAssignment(ExpressionParser ep, Expr e) {
        TokenStream ts = ep.ts;
        if (!isBitwiseOrLevel(e) || e instanceof Tuple || e instanceof ListExpr || isGenerator(e) || isSingleton(e)) {
            return;
        }
        int mark = ts.mark();
        boolean plainOperand;
        try {
            ts.advance();
            ep.bitwiseOr();
            plainOperand = !ts.check("=") && !ts.check(":=");
        } catch (PythonSyntaxError | UnsupportedSyntax x) {
            plainOperand = false;
        } finally {
            ts.reset(mark);
        }
        if (!plainOperand) {
            return;
        }
        if (e instanceof Name) {
            throw ts.errorAt(e.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        throw ts.errorAt(e.pos(), "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
    }

    static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda
                || e instanceof NamedExpr || e instanceof Starred || e instanceof Yield || e instanceof YieldFrom
                || (e instanceof UnaryOp u && u.op() == UnaryOperator.NOT));
    }

    private static boolean isGenerator(Expr e) {
        return e instanceof Comprehension c && c.kind() == ComprehensionKind.GENERATOR;
    }

    private static boolean isSingleton(Expr e) {
        return e instanceof Constant c && (c.value() == null || c.value() instanceof Boolean);
    }
}
