package io.looplab.lang;

import java.util.List;

/** An expression node of the Python AST (the shapes of CPython's {@code ast} module). */
public sealed interface Expr {
    Pos pos();

    <R> R accept(Visitor<R> v);

    /** One method per expression kind; the compiler and tools implement it. */
    interface Visitor<R> {
        R visitConstant(Constant e);
        R visitName(Name e);
        R visitJoinedStr(JoinedStr e);
        R visitFormattedValue(FormattedValue e);
        R visitBinOp(BinOp e);
        R visitUnaryOp(UnaryOp e);
        R visitBoolOp(BoolOp e);
        R visitCompare(Compare e);
        R visitCall(Call e);
        R visitAttribute(Attribute e);
        R visitSubscript(Subscript e);
        R visitSlice(Slice e);
        R visitStarred(Starred e);
        R visitTuple(Tuple e);
        R visitListExpr(ListExpr e);
        R visitSetExpr(SetExpr e);
        R visitDictExpr(DictExpr e);
        R visitComprehension(Comprehension e);
        R visitLambda(Lambda e);
        R visitIfExp(IfExp e);
        R visitNamedExpr(NamedExpr e);
        R visitAwait(Await e);
        R visitYield(Yield e);
        R visitYieldFrom(YieldFrom e);
    }

    /** Marker value of the literal {@code ...}. */
    enum EllipsisValue { ELLIPSIS }

    /**
     * A literal. value: null (None), Boolean, Long, java.math.BigInteger, Double, String,
     * byte[] (bytes) or EllipsisValue.ELLIPSIS.
     */
    record Constant(Pos pos, Object value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitConstant(this); }
    }

    /** A bare identifier; whether it loads, stores or deletes depends on where it stands. */
    record Name(Pos pos, String id) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    /** An f-string: a concatenation of Constant(String) and FormattedValue parts. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitJoinedStr(this); }
    }

    /**
     * One {@code {value!conversion:spec}} field of an f-string. conversion: -1 none, or 's', 'r', 'a';
     * formatSpec: a JoinedStr or null. A self-documenting {@code {x=}} is expanded by the parser
     * into a Constant("x=") followed by this node with conversion 'r' (unless a spec or conversion is given).
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitFormattedValue(this); }
    }

    /** {@code left op right}. */
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinOp(this); }
    }

    /** {@code op operand}. */
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnaryOp(this); }
    }

    /** {@code a and b and c} (and=true) or {@code a or b or c}; at least two values. */
    record BoolOp(Pos pos, boolean and, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolOp(this); }
    }

    /** {@code left op1 c1 op2 c2 ...}: a chained comparison; ops.size() == comparators.size() >= 1. */
    record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCompare(this); }
    }

    /** {@code func(args, keywords)}; args may contain Starred ({@code *xs}). */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /** A keyword argument {@code arg=value}; arg is null for {@code **value}. */
    record Keyword(Pos pos, String arg, Expr value) {
    }

    /** {@code value.attr}. */
    record Attribute(Pos pos, Expr value, String attr) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAttribute(this); }
    }

    /** {@code value[index]}; index is a Slice, a Tuple (for {@code a[1:2, 3]}) or any expression. */
    record Subscript(Pos pos, Expr value, Expr index) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSubscript(this); }
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSlice(this); }
    }

    /** {@code *value} in a call, a display or an assignment target. */
    record Starred(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitStarred(this); }
    }

    /** {@code (a, b)} or a bare {@code a, b}. */
    record Tuple(Pos pos, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTuple(this); }
    }

    /** {@code [a, b]}. */
    record ListExpr(Pos pos, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitListExpr(this); }
    }

    /** {@code {a, b}} (never empty: {@code {}} is a dict). */
    record SetExpr(Pos pos, List<Expr> elts) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSetExpr(this); }
    }

    /** {@code {k: v, **m}}: a null key means {@code **value}. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDictExpr(this); }
    }

    /** The four comprehension forms. */
    enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

    /**
     * {@code [elt for ...]}, {@code {elt for ...}}, {@code {key: elt for ...}}, {@code (elt for ...)}.
     * key is non-null only for DICT.
     */
    record Comprehension(Pos pos, ComprehensionKind kind, Expr key, Expr elt, List<ForClause> generators)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitComprehension(this); }
    }

    /** One {@code [async] for target in iter if cond...} clause of a comprehension. */
    record ForClause(Pos pos, Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    }

    /** {@code lambda args: body}. */
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }

    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIfExp(this); }
    }

    /** {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNamedExpr(this); }
    }

    /** {@code await value}. */
    record Await(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** {@code yield value}; value may be null. */
    record Yield(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYield(this); }
    }

    /** {@code yield from value}. */
    record YieldFrom(Pos pos, Expr value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitYieldFrom(this); }
    }
}
