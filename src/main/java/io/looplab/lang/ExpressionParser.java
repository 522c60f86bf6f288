package io.looplab.lang;

import io.looplab.lang.Expr.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recursive descent over CPython 3.11's expression grammar, from star_expressions down to primary. */
final class ExpressionParser {
    private static final Map<String, Operator> SUM = Map.of("+", Operator.ADD, "-", Operator.SUB);
    private static final Map<String, Operator> TERM = Map.of("*", Operator.MULT, "/", Operator.DIV,
            "//", Operator.FLOORDIV, "%", Operator.MOD, "@", Operator.MATMULT);
    private static final Map<String, Operator> SHIFT = Map.of("<<", Operator.LSHIFT, ">>", Operator.RSHIFT);
    private static final Map<String, CmpOperator> COMPARE = Map.of("==", CmpOperator.EQ, "!=", CmpOperator.NOT_EQ,
            "<", CmpOperator.LT, "<=", CmpOperator.LT_E, ">", CmpOperator.GT, ">=", CmpOperator.GT_E);

    final TokenStream ts;
    private final AtomParser atoms;
    private final CallParser calls;
    /** How many brackets enclose the current position; CPython only guesses "forgot a comma" inside them. */
    int depth;

    ExpressionParser(TokenStream ts, int depth) {
        this.ts = ts;
        this.depth = depth;
        this.atoms = new AtomParser(this);
        this.calls = new CallParser(this);
    }

    // ---- expression lists ---------------------------------------------------------------------

    /** yield_expr | star_expressions: the right-hand side of assignments and expression statements. */
    Expr yieldOrStarExpressions() {
        return ts.checkKeyword("yield") ? yieldExpr() : starExpressions();
    }

    /** star_expressions: {@code a, *b, c} without brackets becomes a Tuple. */
    Expr starExpressions() {
        Token start = ts.peek();
        Expr first = starExpression();
        if (!ts.check(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.match(",") && (startsExpression(ts.peek()) || ts.check("*"))) {
            elts.add(starExpression());
        }
        return new Tuple(ts.spanFrom(start), elts);
    }

    Expr starExpression() {
        return ts.check("*") ? starred(this::bitwiseOr) : expression();
    }

    Expr starNamedExpression() {
        return ts.check("*") ? starred(this::bitwiseOr) : namedExpression();
    }

    Expr starred(java.util.function.Supplier<Expr> operand) {
        Token star = ts.advance();
        Expr value = operand.get();
        return new Starred(ts.spanFrom(star), value);
    }

    /** star_targets as used by {@code for} (stops before {@code in}): bitwise_or items, starred allowed. */
    Expr targetList() {
        Token start = ts.peek();
        Expr first = targetItem();
        if (!ts.check(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (ts.match(",") && !ts.checkKeyword("in") && !ts.check("=")) {
            elts.add(targetItem());
        }
        return new Tuple(ts.spanFrom(start), elts);
    }

    private Expr targetItem() {
        return ts.check("*") ? starred(this::targetItem) : bitwiseOr();
    }

    // ---- single expressions -------------------------------------------------------------------

    Expr yieldExpr() {
        Token kw = ts.expectKeyword("yield");
        if (ts.matchKeyword("from")) {
            Expr value = expression();
            return new YieldFrom(ts.spanFrom(kw), value);
        }
        Expr value = startsExpression(ts.peek()) || ts.check("*") ? starExpressions() : null;
        return new Yield(ts.spanFrom(kw), value);
    }

    /** named_expression: {@code NAME := expression} or an expression (with CPython's '=' diagnostics). */
    Expr namedExpression() {
        return namedExpression(true);
    }

    /** checkEquals: diagnose a stray '=' here (call arguments word that error themselves). */
    Expr namedExpression(boolean checkEquals) {
        if (ts.peek().type() == TokenType.NAME && ts.peekAhead(1).isOp(":=")) {
            Token name = ts.advance();
            ts.advance();
            Expr value = expression();
            return new NamedExpr(ts.spanFrom(name), new Name(name.pos(), name.text()), value);
        }
        Expr e = expression();
        if (ts.check(":=")) {
            throw ts.errorAt(e.pos(), "cannot use assignment expressions with " + Targets.describe(e));
        }
        if (checkEquals && ts.check("=")) {
            Targets.checkMistakenAssignment(this, e);
        }
        return e;
    }

    /** expression: a conditional expression, a lambda, or a disjunction. */
    Expr expression() {
        if (ts.checkKeyword("lambda")) {
            return lambda();
        }
        Token start = ts.peek();
        Expr body = disjunction();
        if (!ts.checkKeyword("if")) {
            return body;
        }
        ts.advance();
        Expr test = disjunction();
        if (!ts.matchKeyword("else")) {
            if (!ts.check(":")) {
                throw ts.errorAt(body.pos(), "expected 'else' after 'if' expression");
            }
            throw ts.invalidSyntax();
        }
        Expr orelse = expression();
        return new IfExp(ts.spanFrom(start), test, body, orelse);
    }

    private Expr lambda() {
        Token kw = ts.advance();
        Arguments args = new ParameterParser(this, false).parameters(":");
        ts.expect(":", "expected ':'");
        Expr body = expression();
        return new Lambda(ts.spanFrom(kw), args, body);
    }

    Expr disjunction() {
        return boolOp("or", false, this::conjunction);
    }

    private Expr conjunction() {
        return boolOp("and", true, this::inversion);
    }

    private Expr boolOp(String kw, boolean and, java.util.function.Supplier<Expr> operand) {
        Token start = ts.peek();
        Expr first = operand.get();
        if (!ts.checkKeyword(kw)) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (ts.matchKeyword(kw)) {
            values.add(operand.get());
        }
        return new BoolOp(ts.spanFrom(start), and, values);
    }

    private Expr inversion() {
        if (ts.checkKeyword("not")) {
            Token not = ts.advance();
            Expr operand = inversion();
            return new UnaryOp(ts.spanFrom(not), UnaryOperator.NOT, operand);
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = ts.peek();
        Expr left = bitwiseOr();
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (CmpOperator op = compareOp(); op != null; op = compareOp()) {
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops.isEmpty() ? left : new Compare(ts.spanFrom(start), left, ops, comparators);
    }

    private CmpOperator compareOp() {
        Token t = ts.peek();
        if (t.type() == TokenType.OP && COMPARE.containsKey(t.text())) {
            ts.advance();
            return COMPARE.get(t.text());
        }
        if (t.isKeyword("in")) {
            ts.advance();
            return CmpOperator.IN;
        }
        if (t.isKeyword("not") && ts.peekAhead(1).isKeyword("in")) {
            ts.advance();
            ts.advance();
            return CmpOperator.NOT_IN;
        }
        if (t.isKeyword("is")) {
            ts.advance();
            return ts.matchKeyword("not") ? CmpOperator.IS_NOT : CmpOperator.IS;
        }
        return null;
    }

    Expr bitwiseOr() {
        return binary(Map.of("|", Operator.BITOR), this::bitwiseXor);
    }

    private Expr bitwiseXor() {
        return binary(Map.of("^", Operator.BITXOR), this::bitwiseAnd);
    }

    private Expr bitwiseAnd() {
        return binary(Map.of("&", Operator.BITAND), this::shift);
    }

    private Expr shift() {
        return binary(SHIFT, this::sum);
    }

    private Expr sum() {
        return binary(SUM, this::term);
    }

    private Expr term() {
        return binary(TERM, this::factor);
    }

    /** Left-associative binary operators of one precedence level. */
    private Expr binary(Map<String, Operator> ops, java.util.function.Supplier<Expr> operand) {
        Token start = ts.peek();
        Expr left = operand.get();
        while (ts.peek().type() == TokenType.OP && ops.containsKey(ts.peek().text())) {
            Operator op = ops.get(ts.advance().text());
            Expr right = operand.get();
            left = new BinOp(ts.spanFrom(start), left, op, right);
        }
        return left;
    }

    private Expr factor() {
        Token t = ts.peek();
        UnaryOperator op = t.isOp("+") ? UnaryOperator.UADD : t.isOp("-") ? UnaryOperator.USUB
                : t.isOp("~") ? UnaryOperator.INVERT : null;
        if (op == null) {
            return power();
        }
        ts.advance();
        Expr operand = factor();
        return new UnaryOp(ts.spanFrom(t), op, operand);
    }

    /** power binds tighter than unary minus on its left but not on its right: {@code -2 ** -1}. */
    private Expr power() {
        Token start = ts.peek();
        Expr base = awaitPrimary();
        if (!ts.match("**")) {
            return base;
        }
        Expr exponent = factor();
        return new BinOp(ts.spanFrom(start), base, Operator.POW, exponent);
    }

    private Expr awaitPrimary() {
        if (!ts.checkKeyword("await")) {
            return primary();
        }
        Token kw = ts.advance();
        Expr value = primary();
        return new Await(ts.spanFrom(kw), value);
    }

    /** primary: an atom followed by any number of {@code .name}, {@code (args)} and {@code [index]}. */
    Expr primary() {
        Token start = ts.peek();
        Expr e = atoms.atom();
        while (true) {
            if (ts.match(".")) {
                Token name = ts.expectName();
                e = new Attribute(ts.spanFrom(start), e, name.text());
            } else if (ts.check("(")) {
                e = calls.call(start, e);
            } else if (ts.check("[")) {
                e = calls.subscript(start, e);
            } else {
                return e;
            }
        }
    }

    /** The argument list of a class header, parsed as a call on the class name. */
    Expr callTrailer(Token start, Expr func) {
        return calls.call(start, func);
    }

    // ---- shared helpers -----------------------------------------------------------------------

    /** Whether {@code t} can begin an expression (CPython's lookahead for "forgot a comma" and friends). */
    static boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NAME, NUMBER, STRING -> true;
            case KEYWORD -> switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * The error for an unexpected token right after {@code last}: inside brackets, a following
     * expression makes CPython guess a missing comma; {@code print x} gets the Python 2 hint.
     */
    PythonSyntaxError unexpectedAfter(Expr last) {
        Token next = ts.peek();
        if (next.isOp(":=") && last != null && !(last instanceof Name)) {
            return ts.errorAt(last.pos(), "cannot use assignment expressions with " + Targets.describe(last));
        }
        if (last != null && startsExpression(next) && parsesAsExpression()) {
            Expr a = rightmostDisjunction(last);
            if (a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"))) {
                return ts.errorAt(a.pos(), "Missing parentheses in call to '" + n.id() + "'. Did you mean "
                        + n.id() + "(...)?");
            }
            boolean nameThenString = a instanceof Name && next.type() == TokenType.STRING;
            boolean softKeyword = a instanceof Name n && List.of("match", "case", "_").contains(n.id());
            if (depth > 0 && !nameThenString && !softKeyword) {
                return ts.errorAt(a.pos(), "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        return ts.invalidSyntax();
    }

    private static Expr rightmostDisjunction(Expr e) {
        if (e instanceof IfExp i) {
            return rightmostDisjunction(i.orelse());
        }
        if (e instanceof Lambda l) {
            return rightmostDisjunction(l.body());
        }
        if (e instanceof NamedExpr n) {
            return rightmostDisjunction(n.value());
        }
        return e;
    }

    private boolean parsesAsExpression() {
        int mark = ts.mark();
        try {
            expression();
            return true;
        } catch (PythonSyntaxError | UnsupportedSyntax e) {
            return false;
        } finally {
            ts.reset(mark);
        }
    }
}
