package io.looplab.lang;

import io.looplab.lang.Expr.*;
import io.looplab.lang.Stmt.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses a line of simple statements: assignments, expression statements, imports, return, raise... */
final class SimpleStatementParser {
    private static final Map<String, Operator> AUGMENTED = Map.ofEntries(
            Map.entry("+=", Operator.ADD), Map.entry("-=", Operator.SUB), Map.entry("*=", Operator.MULT),
            Map.entry("@=", Operator.MATMULT), Map.entry("/=", Operator.DIV), Map.entry("%=", Operator.MOD),
            Map.entry("**=", Operator.POW), Map.entry("<<=", Operator.LSHIFT), Map.entry(">>=", Operator.RSHIFT),
            Map.entry("|=", Operator.BITOR), Map.entry("^=", Operator.BITXOR), Map.entry("&=", Operator.BITAND),
            Map.entry("//=", Operator.FLOORDIV));

    private final ExpressionParser ep;
    private final TokenStream ts;
    private final ImportParser imports;

    SimpleStatementParser(ExpressionParser ep) {
        this.ep = ep;
        this.ts = ep.ts;
        this.imports = new ImportParser(ts);
    }

    /** {@code simple_stmt (';' simple_stmt)* [';'] NEWLINE}. */
    List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        while (true) {
            Stmt s = simpleStatement();
            out.add(s);
            if (!ts.match(";") || ts.check(TokenType.NEWLINE)) {
                break;
            }
        }
        if (!ts.check(TokenType.NEWLINE)) {
            Stmt last = out.get(out.size() - 1);
            throw last instanceof ExprStmt e ? ep.unexpectedAfter(e.value()) : ts.invalidSyntax();
        }
        ts.advance();
        return out;
    }

    private Stmt simpleStatement() {
        Token t = ts.peek();
        if (t.type() != TokenType.KEYWORD) {
            return expressionStatement();
        }
        return switch (t.text()) {
            case "pass" -> new Pass(ts.advance().pos());
            case "break" -> new Break(ts.advance().pos());
            case "continue" -> new Continue(ts.advance().pos());
            case "return" -> returnStmt(ts.advance());
            case "raise" -> raise(ts.advance());
            case "global" -> global(ts.advance());
            case "nonlocal" -> nonlocal(ts.advance());
            case "del" -> delete(ts.advance());
            case "assert" -> assertStmt(ts.advance());
            case "import" -> imports.importName(ts.advance());
            case "from" -> imports.importFrom(ts.advance());
            default -> expressionStatement();
        };
    }

    private Stmt returnStmt(Token kw) {
        Expr value = ExpressionParser.startsExpression(ts.peek()) || ts.check("*") ? ep.starExpressions() : null;
        return new Return(ts.spanFrom(kw), value);
    }

    private Stmt raise(Token kw) {
        if (!ExpressionParser.startsExpression(ts.peek())) {
            return new Raise(kw.pos(), null, null);
        }
        Expr exc = ep.expression();
        Expr cause = ts.matchKeyword("from") ? ep.expression() : null;
        return new Raise(ts.spanFrom(kw), exc, cause);
    }

    private List<String> names(Token kw) {
        List<String> names = new ArrayList<>();
        do {
            names.add(ts.expectName().text());
        } while (ts.match(","));
        return names;
    }

    private Stmt global(Token kw) {
        List<String> names = names(kw);
        return new Global(ts.spanFrom(kw), names);
    }

    private Stmt nonlocal(Token kw) {
        List<String> names = names(kw);
        return new Nonlocal(ts.spanFrom(kw), names);
    }

    private Stmt delete(Token kw) {
        List<Expr> targets = new ArrayList<>();
        do {
            if (ts.check(TokenType.NEWLINE) || ts.check(";")) {
                break;
            }
            Expr target = ep.bitwiseOr();
            Targets.checkAssignable(ts, target, Targets.Kind.DELETE);
            targets.add(target);
        } while (ts.match(","));
        if (targets.isEmpty()) {
            throw ts.invalidSyntax();
        }
        return new Delete(ts.spanFrom(kw), targets);
    }

    private Stmt assertStmt(Token kw) {
        Expr test = ep.expression();
        Expr msg = ts.match(",") ? ep.expression() : null;
        return new Assert(ts.spanFrom(kw), test, msg);
    }

    // ---- assignments and expression statements ------------------------------------------------

    private Stmt expressionStatement() {
        Token start = ts.peek();
        Expr first = ep.yieldOrStarExpressions();
        if (ts.check(":")) {
            return annotated(start, first);
        }
        Token op = ts.peek();
        if (op.type() == TokenType.OP && AUGMENTED.containsKey(op.text())) {
            return augmented(start, first, AUGMENTED.get(ts.advance().text()));
        }
        if (ts.check("=")) {
            return assignment(start, first);
        }
        return new ExprStmt(ts.spanFrom(start), first);
    }

    private Stmt annotated(Token start, Expr target) {
        if (target instanceof Tuple || target instanceof ListExpr) {
            Expr shown = target instanceof Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : target;
            throw ts.errorAt(shown.pos(), "only single target (not " + Targets.describe(target) + ") can be annotated");
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw ts.errorAt(target.pos(), "illegal target for annotation");
        }
        ts.advance();
        Expr annotation = ep.expression();
        Expr value = ts.match("=") ? ep.yieldOrStarExpressions() : null;
        return new AnnAssign(ts.spanFrom(start), target, annotation, value);
    }

    private Stmt augmented(Token start, Expr target, Operator op) {
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw ts.errorAt(target.pos(), "'" + Targets.describe(target)
                    + "' is an illegal expression for augmented assignment");
        }
        Expr value = ep.yieldOrStarExpressions();
        return new AugAssign(ts.spanFrom(start), target, op, value);
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> targets = new ArrayList<>(List.of(first));
        while (ts.match("=")) {
            targets.add(ep.yieldOrStarExpressions());
        }
        Expr value = targets.remove(targets.size() - 1);
        for (Expr target : targets) {
            checkTarget(target, targets.size() == 1 && target == first, value);
        }
        return new Assign(ts.spanFrom(start), targets, value);
    }

    /** Whether the expression's leftmost part parses as a bitwise_or (not {@code not}, lambda, yield or '*'). */
    private static boolean startsWithOperand(Expr e) {
        while (true) {
            if (e instanceof Compare c) {
                e = c.left();
            } else if (e instanceof BoolOp b) {
                e = b.values().get(0);
            } else if (e instanceof IfExp i) {
                e = i.body();
            } else if (e instanceof Tuple t && !t.elts().isEmpty()) {
                e = t.elts().get(0);
            } else {
                return Targets.isBitwiseOrLevel(e);
            }
        }
    }

    /** CPython adds "here. Maybe you meant '=='" when a lone bad target is followed by a plain operand. */
    private void checkTarget(Expr target, boolean alone, Expr value) {
        if (target instanceof Yield || target instanceof YieldFrom) {
            throw ts.errorAt(target.pos(), "assignment to yield expression not possible");
        }
        Expr bad = Targets.invalidTarget(target, Targets.Kind.ASSIGN);
        if (bad == null) {
            return;
        }
        boolean plainValue = startsWithOperand(value);
        boolean excluded = bad instanceof Tuple || bad instanceof ListExpr
                || (bad instanceof Comprehension c && c.kind() == ComprehensionKind.GENERATOR)
                || (bad instanceof Constant c && (c.value() == null || c.value() instanceof Boolean));
        if (alone && bad == target && plainValue && !excluded && Targets.isBitwiseOrLevel(target)) {
            throw ts.errorAt(bad.pos(), "cannot assign to " + Targets.describe(bad)
                    + " here. Maybe you meant '==' instead of '='?");
        }
        throw ts.errorAt(bad.pos(), "cannot assign to " + Targets.describe(bad));
    }
}
