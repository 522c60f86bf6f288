package io.looplab.lang;

import java.util.List;

/** A statement node of the Python AST (the shapes of CPython's {@code ast} module). */
public sealed interface Stmt {
    Pos pos();

    <R> R accept(Visitor<R> v);

    /** One method per statement kind. */
    interface Visitor<R> {
        R visitFunctionDef(FunctionDef s);
        R visitClassDef(ClassDef s);
        R visitReturn(Return s);
        R visitDelete(Delete s);
        R visitAssign(Assign s);
        R visitAugAssign(AugAssign s);
        R visitAnnAssign(AnnAssign s);
        R visitFor(For s);
        R visitWhile(While s);
        R visitIf(If s);
        R visitWith(With s);
        R visitRaise(Raise s);
        R visitTry(Try s);
        R visitAssert(Assert s);
        R visitImport(Import s);
        R visitImportFrom(ImportFrom s);
        R visitGlobal(Global s);
        R visitNonlocal(Nonlocal s);
        R visitExprStmt(ExprStmt s);
        R visitPass(Pass s);
        R visitBreak(Break s);
        R visitContinue(Continue s);
    }

    /**
     * {@code [async] def name(args) -> returns: body}, with decorators (outermost first).
     * pos starts at the {@code def} (or {@code async}) keyword; firstLine is the first
     * decorator's line if any, else the def line (CPython's co_firstlineno).
     */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync, int firstLine) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFunctionDef(this); }
    }

    /** {@code class name(bases, keywords): body}, with decorators; firstLine as for FunctionDef. */
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators, int firstLine) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitClassDef(this); }
    }

    /** {@code return value}; value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code del a, b[0], c.d}. */
    record Delete(Pos pos, List<Expr> targets) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitDelete(this); }
    }

    /** {@code t1 = t2 = value}; each target is a Name, Attribute, Subscript, Tuple, ListExpr or Starred within those. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssign(this); }
    }

    /** {@code target op= value}; target is a Name, Attribute or Subscript. */
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAugAssign(this); }
    }

    /** {@code target: annotation = value}; value may be null (then nothing is assigned). */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAnnAssign(this); }
    }

    /** {@code [async] for target in iter: body else: orelse}. */
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    /** {@code while test: body else: orelse}. */
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWhile(this); }
    }

    /** {@code if test: body else: orelse}; an elif is an If alone in orelse. */
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code [async] with item, item: body}. */
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitWith(this); }
    }

    /** {@code context as target}; target may be null. */
    record WithItem(Expr context, Expr target) {
    }

    /** {@code raise exc from cause}; both may be null (bare re-raise). */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitRaise(this); }
    }

    /** {@code try: body except...: else: orelse finally: finalBody}. */
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalBody)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code except type as name: body}; type and name may be null. */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {
    }

    /** {@code assert test, msg}; msg may be null. */
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAssert(this); }
    }

    /** {@code import a.b as c, d}. */
    record Import(Pos pos, List<Alias> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImport(this); }
    }

    /** {@code from module import names}; level counts leading dots; module may be null ({@code from . import x}). */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitImportFrom(this); }
    }

    /** {@code name as asname}; name may be dotted; asname may be null; name "*" for a star import. */
    record Alias(Pos pos, String name, String asname) {
    }

    /** {@code global a, b}. */
    record Global(Pos pos, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitGlobal(this); }
    }

    /** {@code nonlocal a, b}. */
    record Nonlocal(Pos pos, List<String> names) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitNonlocal(this); }
    }

    /** An expression evaluated for its effect. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExprStmt(this); }
    }

    /** {@code pass}. */
    record Pass(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitPass(this); }
    }

    /** {@code break}. */
    record Break(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitBreak(this); }
    }

    /** {@code continue}. */
    record Continue(Pos pos) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitContinue(this); }
    }
}
