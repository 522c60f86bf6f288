package io.looplab.lang;

import io.looplab.lang.Expr.*;
import io.looplab.lang.Stmt.*;

/**
 * The child nodes (and lists of nodes) of an AST node, in the order of its record components —
 * source order — for walks that treat most nodes alike (see {@link ScopeChecker}). Leaves,
 * strings and flags are left out.
 */
final class AstChildren implements Expr.Visitor<Object[]>, Stmt.Visitor<Object[]> {
    private static final AstChildren INSTANCE = new AstChildren();
    private static final Object[] NONE = {};

    private AstChildren() {
    }

    static Object[] of(Record r) {
        if (r instanceof Expr e) {
            return e.accept(INSTANCE);
        }
        if (r instanceof Stmt s) {
            return s.accept(INSTANCE);
        }
        if (r instanceof Keyword k) {
            return new Object[] {k.value()};
        }
        if (r instanceof ForClause f) {
            return new Object[] {f.target(), f.iter(), f.ifs()};
        }
        if (r instanceof WithItem w) {
            return new Object[] {w.context(), w.target()};
        }
        if (r instanceof ExceptHandler h) {
            return new Object[] {h.type(), h.body()};
        }
        if (r instanceof Arguments a) {
            return new Object[] {a.posonly(), a.args(), a.vararg(), a.kwonly(), a.kwDefaults(), a.kwarg(), a.defaults()};
        }
        if (r instanceof Arguments.Param p) {
            return new Object[] {p.annotation()};
        }
        return NONE;
    }

    @Override
    public Object[] visitConstant(Constant e) {
        return NONE;
    }

    @Override
    public Object[] visitName(Name e) {
        return NONE;
    }

    @Override
    public Object[] visitJoinedStr(JoinedStr e) {
        return new Object[] {e.values()};
    }

    @Override
    public Object[] visitFormattedValue(FormattedValue e) {
        return new Object[] {e.value(), e.formatSpec()};
    }

    @Override
    public Object[] visitBinOp(BinOp e) {
        return new Object[] {e.left(), e.right()};
    }

    @Override
    public Object[] visitUnaryOp(UnaryOp e) {
        return new Object[] {e.operand()};
    }

    @Override
    public Object[] visitBoolOp(BoolOp e) {
        return new Object[] {e.values()};
    }

    @Override
    public Object[] visitCompare(Compare e) {
        return new Object[] {e.left(), e.comparators()};
    }

    @Override
    public Object[] visitCall(Call e) {
        return new Object[] {e.func(), e.args(), e.keywords()};
    }

    @Override
    public Object[] visitAttribute(Attribute e) {
        return new Object[] {e.value()};
    }

    @Override
    public Object[] visitSubscript(Subscript e) {
        return new Object[] {e.value(), e.index()};
    }

    @Override
    public Object[] visitSlice(Slice e) {
        return new Object[] {e.lower(), e.upper(), e.step()};
    }

    @Override
    public Object[] visitStarred(Starred e) {
        return new Object[] {e.value()};
    }

    @Override
    public Object[] visitTuple(Tuple e) {
        return new Object[] {e.elts()};
    }

    @Override
    public Object[] visitListExpr(ListExpr e) {
        return new Object[] {e.elts()};
    }

    @Override
    public Object[] visitSetExpr(SetExpr e) {
        return new Object[] {e.elts()};
    }

    @Override
    public Object[] visitDictExpr(DictExpr e) {
        return new Object[] {e.keys(), e.values()};
    }

    @Override
    public Object[] visitComprehension(Comprehension e) {
        return new Object[] {e.key(), e.elt(), e.generators()};
    }

    @Override
    public Object[] visitLambda(Lambda e) {
        return new Object[] {e.args(), e.body()};
    }

    @Override
    public Object[] visitIfExp(IfExp e) {
        return new Object[] {e.test(), e.body(), e.orelse()};
    }

    @Override
    public Object[] visitNamedExpr(NamedExpr e) {
        return new Object[] {e.target(), e.value()};
    }

    @Override
    public Object[] visitAwait(Await e) {
        return new Object[] {e.value()};
    }

    @Override
    public Object[] visitYield(Yield e) {
        return new Object[] {e.value()};
    }

    @Override
    public Object[] visitYieldFrom(YieldFrom e) {
        return new Object[] {e.value()};
    }

    @Override
    public Object[] visitFunctionDef(FunctionDef s) {
        return new Object[] {s.args(), s.body(), s.decorators(), s.returns()};
    }

    @Override
    public Object[] visitClassDef(ClassDef s) {
        return new Object[] {s.bases(), s.keywords(), s.body(), s.decorators()};
    }

    @Override
    public Object[] visitReturn(Return s) {
        return new Object[] {s.value()};
    }

    @Override
    public Object[] visitDelete(Delete s) {
        return new Object[] {s.targets()};
    }

    @Override
    public Object[] visitAssign(Assign s) {
        return new Object[] {s.targets(), s.value()};
    }

    @Override
    public Object[] visitAugAssign(AugAssign s) {
        return new Object[] {s.target(), s.value()};
    }

    @Override
    public Object[] visitAnnAssign(AnnAssign s) {
        return new Object[] {s.target(), s.annotation(), s.value()};
    }

    @Override
    public Object[] visitFor(For s) {
        return new Object[] {s.target(), s.iter(), s.body(), s.orelse()};
    }

    @Override
    public Object[] visitWhile(While s) {
        return new Object[] {s.test(), s.body(), s.orelse()};
    }

    @Override
    public Object[] visitIf(If s) {
        return new Object[] {s.test(), s.body(), s.orelse()};
    }

    @Override
    public Object[] visitWith(With s) {
        return new Object[] {s.items(), s.body()};
    }

    @Override
    public Object[] visitRaise(Raise s) {
        return new Object[] {s.exc(), s.cause()};
    }

    @Override
    public Object[] visitTry(Try s) {
        return new Object[] {s.body(), s.handlers(), s.orelse(), s.finalBody()};
    }

    @Override
    public Object[] visitAssert(Assert s) {
        return new Object[] {s.test(), s.msg()};
    }

    @Override
    public Object[] visitImport(Import s) {
        return NONE;
    }

    @Override
    public Object[] visitImportFrom(ImportFrom s) {
        return NONE;
    }

    @Override
    public Object[] visitGlobal(Global s) {
        return NONE;
    }

    @Override
    public Object[] visitNonlocal(Nonlocal s) {
        return NONE;
    }

    @Override
    public Object[] visitExprStmt(ExprStmt s) {
        return new Object[] {s.value()};
    }

    @Override
    public Object[] visitPass(Pass s) {
        return NONE;
    }

    @Override
    public Object[] visitBreak(Break s) {
        return NONE;
    }

    @Override
    public Object[] visitContinue(Continue s) {
        return NONE;
    }
}
