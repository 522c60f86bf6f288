package io.looplab.vm.compiler;

import io.looplab.lang.Arguments;
import io.looplab.lang.Expr;
import io.looplab.lang.Stmt;

import java.util.List;

/** The first symtable pass: records where each name is bound, used or declared, scope by scope. */
final class SymbolCollector implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final SymbolTable table;
    private final Scope scope;

    SymbolCollector(SymbolTable table, Scope scope) {
        this.table = table;
        this.scope = scope;
    }

    private void visitAll(List<? extends Stmt> body) {
        for (Stmt s : body) {
            s.accept(this);
        }
    }

    private void expr(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    /** Marks the names an assignment target binds, and visits the expressions inside it. */
    private void bind(Expr target) {
        if (target instanceof Expr.Name n) {
            scope.mark(n.id(), Scope.BOUND);
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::bind);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::bind);
        } else if (target instanceof Expr.Starred s) {
            bind(s.value());
        } else {
            expr(target);
        }
    }

    private void args(Arguments a) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            expr(d);
        }
        annotations(a.posonly());
        annotations(a.args());
        annotations(a.kwonly());
        if (a.vararg() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            expr(a.kwarg().annotation());
        }
    }

    private void annotations(List<Arguments.Param> ps) {
        for (Arguments.Param p : ps) {
            expr(p.annotation());
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        exprs(s.decorators());
        args(s.args());
        expr(s.returns());
        scope.mark(s.name(), Scope.BOUND);
        Scope inner = table.newScope(s, Scope.Kind.FUNCTION, s.name(), scope);
        inner.isAsync = s.isAsync();
        SymbolTable.declareParams(inner, s.args());
        new SymbolCollector(table, inner).visitAll(s.body());
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        exprs(s.decorators());
        exprs(s.bases());
        for (Expr.Keyword k : s.keywords()) {
            expr(k.value());
        }
        scope.mark(s.name(), Scope.BOUND);
        Scope inner = table.newScope(s, Scope.Kind.CLASS, s.name(), scope);
        new SymbolCollector(table, inner).visitAll(s.body());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw table.error("'return' outside function", s.pos().line(), s.pos().col());
        }
        expr(s.value());
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        s.targets().forEach(this::bind);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        expr(s.value());
        s.targets().forEach(this::bind);
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr(s.value());
        if (s.target() instanceof Expr.Name n) {
            scope.mark(n.id(), Scope.BOUND | Scope.USED);
        } else {
            expr(s.target());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        expr(s.value());
        if (scope.kind != Scope.Kind.FUNCTION) {
            expr(s.annotation());
        }
        if (s.value() != null || !(s.target() instanceof Expr.Name)) {
            bind(s.target());
        } else if (s.target() instanceof Expr.Name n) {
            scope.mark(n.id(), Scope.BOUND);
        }
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.iter());
        bind(s.target());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        expr(s.test());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.test());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        for (Stmt.WithItem item : s.items()) {
            expr(item.context());
            if (item.target() != null) {
                bind(item.target());
            }
        }
        visitAll(s.body());
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        expr(s.exc());
        expr(s.cause());
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        visitAll(s.body());
        for (Stmt.ExceptHandler h : s.handlers()) {
            expr(h.type());
            if (h.name() != null) {
                scope.mark(h.name(), Scope.BOUND);
            }
            visitAll(h.body());
        }
        visitAll(s.orelse());
        visitAll(s.finalBody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        expr(s.test());
        expr(s.msg());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Stmt.Alias a : s.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            scope.mark(bound, Scope.BOUND);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        for (Stmt.Alias a : s.names()) {
            if (a.name().equals("*")) {
                if (scope.kind != Scope.Kind.MODULE) {
                    throw table.error("import * only allowed at module level", s.pos().line(), s.pos().col());
                }
                continue;
            }
            scope.mark(a.asname() != null ? a.asname() : a.name(), Scope.BOUND);
        }
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        for (String n : s.names()) {
            checkDeclaredBefore(n, "global", s);
            scope.mark(n, Scope.GLOBAL);
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        if (scope.kind == Scope.Kind.MODULE) {
            throw table.error("nonlocal declaration not allowed at module level", s.pos().line(), s.pos().col());
        }
        for (String n : s.names()) {
            checkDeclaredBefore(n, "nonlocal", s);
            scope.mark(n, Scope.NONLOCAL);
        }
        return null;
    }

    private void checkDeclaredBefore(String n, String what, Stmt s) {
        int f = scope.flags.getOrDefault(n, 0);
        if ((f & Scope.PARAM) != 0) {
            throw table.error("name '" + n + "' is parameter and " + what, s.pos().line(), s.pos().col());
        }
        if ((f & Scope.USED) != 0) {
            throw table.error("name '" + n + "' is used prior to " + what + " declaration", s.pos().line(), s.pos().col());
        }
        if ((f & Scope.BOUND) != 0) {
            throw table.error("name '" + n + "' is assigned to before " + what + " declaration", s.pos().line(),
                    s.pos().col());
        }
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }

    // ---- expressions ----

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        scope.mark(e.id(), Scope.USED);
        if (e.id().equals("super") || e.id().equals("__class__")) {
            useClassCell();
        }
        return null;
    }

    /** super() and __class__ in a method need the enclosing class's __class__ cell. */
    private void useClassCell() {
        if (scope.kind != Scope.Kind.FUNCTION) {
            return;
        }
        for (Scope s = scope.parent; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) {
                scope.usesClassCell = true;
                s.needsClassCell = true;
                return;
            }
        }
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        expr(e.value());
        expr(e.formatSpec());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        expr(e.left());
        exprs(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        expr(e.func());
        exprs(e.args());
        for (Expr.Keyword k : e.keywords()) {
            expr(k.value());
        }
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        expr(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        expr(e.value());
        expr(e.index());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        expr(e.lower());
        expr(e.upper());
        expr(e.step());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        expr(e.value());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        exprs(e.elts());
        return null;
    }

    @Override
    public Void visitListExpr(Expr.ListExpr e) {
        exprs(e.elts());
        return null;
    }

    @Override
    public Void visitSetExpr(Expr.SetExpr e) {
        exprs(e.elts());
        return null;
    }

    @Override
    public Void visitDictExpr(Expr.DictExpr e) {
        for (Expr k : e.keys()) {
            expr(k);
        }
        exprs(e.values());
        return null;
    }

    @Override
    public Void visitComprehension(Expr.Comprehension e) {
        List<Expr.ForClause> gens = e.generators();
        expr(gens.get(0).iter());
        String name = switch (e.kind()) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        Scope inner = table.newScope(e, Scope.Kind.FUNCTION, name, scope);
        inner.isComprehension = true;
        inner.isGenerator = e.kind() == Expr.ComprehensionKind.GENERATOR;
        inner.mark(".0", Scope.PARAM);
        inner.params.add(".0");
        SymbolCollector c = new SymbolCollector(table, inner);
        for (int i = 0; i < gens.size(); i++) {
            Expr.ForClause g = gens.get(i);
            if (i > 0) {
                g.iter().accept(c);
            }
            if (g.isAsync()) {
                inner.isAsync = true;
            }
            c.bind(g.target());
            g.ifs().forEach(x -> x.accept(c));
        }
        if (e.key() != null) {
            e.key().accept(c);
        }
        e.elt().accept(c);
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        args(e.args());
        Scope inner = table.newScope(e, Scope.Kind.FUNCTION, "<lambda>", scope);
        inner.isLambda = true;
        SymbolTable.declareParams(inner, e.args());
        e.body().accept(new SymbolCollector(table, inner));
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        expr(e.test());
        expr(e.body());
        expr(e.orelse());
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        expr(e.value());
        String id = e.target().id();
        if (scope.isComprehension) {
            Scope s = scope;
            while (s.isComprehension) {
                s.mark(id, s.parent.kind == Scope.Kind.MODULE ? Scope.GLOBAL : Scope.NONLOCAL);
                s = s.parent;
            }
            s.mark(id, Scope.BOUND);
        } else {
            scope.mark(id, Scope.BOUND);
        }
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (scope.kind != Scope.Kind.FUNCTION || !(scope.isAsync || scope.isComprehension)) {
            throw table.error("'await' outside " + (scope.kind == Scope.Kind.FUNCTION ? "async " : "") + "function",
                    e.pos().line(), e.pos().col());
        }
        if (scope.isComprehension) {
            scope.isAsync = true;
        }
        expr(e.value());
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        markGenerator(e.pos().line(), e.pos().col(), "'yield' outside function");
        expr(e.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        markGenerator(e.pos().line(), e.pos().col(), "'yield from' outside function");
        if (scope.isAsync) {
            throw table.error("'yield from' inside async function", e.pos().line(), e.pos().col());
        }
        expr(e.value());
        return null;
    }

    private void markGenerator(int line, int col, String message) {
        if (scope.kind != Scope.Kind.FUNCTION) {
            throw table.error(message, line, col);
        }
        if (scope.isComprehension) {
            throw table.error("'yield' inside " + (scope.isGenerator ? "generator expression" : "list comprehension"),
                    line, col);
        }
        scope.isGenerator = true;
    }
}
