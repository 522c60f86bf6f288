package io.looplab.vm.compiler;

import io.looplab.lang.Arguments;
import io.looplab.lang.Expr;
import io.looplab.lang.Stmt;
import io.looplab.vm.Code;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static io.looplab.vm.Opcode.*;

/** Compiles statements of one unit, including the unwinding that return/break/continue need. */
final class StmtCompiler implements Stmt.Visitor<Void> {
    private final Unit u;
    private final CodeBuilder b;
    private final ExprCompiler ex;
    private final TryCompiler tries;

    StmtCompiler(Unit u) {
        this.u = u;
        this.b = u.b;
        this.ex = new ExprCompiler(u, this);
        this.tries = new TryCompiler(u, this);
    }

    ExprCompiler expr() {
        return ex;
    }

    /** Compiles a block; statements after one that never falls through are dead and skipped. */
    void body(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            if (!b.isReachable()) {
                return;
            }
            int saved = b.line;
            b.line = s.pos().line();
            s.accept(this);
            b.line = saved;
        }
    }

    /** Pushes the defaults tuple and kw-defaults dict of args; returns MAKE_FUNCTION's flags for them. */
    int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                ex.compile(d);
            }
            b.emit(BUILD_TUPLE, a.defaults().size());
            flags |= 1;
        }
        int n = 0;
        for (int i = 0; i < a.kwonly().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                ex.constant(a.kwonly().get(i).name());
                ex.compile(d);
                n++;
            }
        }
        if (n > 0) {
            b.emit(BUILD_MAP, n);
            flags |= 2;
        }
        return flags;
    }

    /** Pushes the closure (if any) and the code, then MAKE_FUNCTION. */
    void makeFunction(Scope inner, Code code, int flags, int line) {
        int saved = b.line;
        b.line = line;
        if (!inner.freeVars.isEmpty()) {
            for (String v : inner.freeVars) {
                b.emit(LOAD_CLOSURE, b.derefIndex(v));
            }
            b.emit(BUILD_TUPLE, inner.freeVars.size());
            flags |= 4;
        }
        b.emit(LOAD_CONST, b.uniqueConstant(code));
        b.emit(MAKE_FUNCTION, flags);
        b.line = saved;
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        for (Expr d : s.decorators()) {
            ex.compile(d);
        }
        Scope inner = u.module.symbols().scopeOf(s);
        int flags = defaults(s.args());
        makeFunction(inner, Functions.function(u, s, inner), flags, s.pos().line());
        applyDecorators(s.decorators());
        u.store(s.name());
        return null;
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            int saved = b.line;
            b.line = decorators.get(i).pos().line();
            b.emit(CALL, 1);
            b.line = saved;
        }
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        for (Expr d : s.decorators()) {
            ex.compile(d);
        }
        b.emit(LOAD_BUILD_CLASS);
        Scope inner = u.module.symbols().scopeOf(s);
        makeFunction(inner, Functions.classBody(u, s, inner), 0, s.pos().line());
        ex.constant(s.name());
        boolean simple = s.bases().stream().noneMatch(x -> x instanceof Expr.Starred)
                && s.keywords().stream().allMatch(k -> k.arg() != null);
        if (simple) {
            for (Expr base : s.bases()) {
                ex.compile(base);
            }
            int n = 2 + s.bases().size();
            if (!s.keywords().isEmpty()) {
                PyObject[] names = new PyObject[s.keywords().size()];
                for (int i = 0; i < names.length; i++) {
                    names[i] = PyStr.of(s.keywords().get(i).arg());
                    ex.compile(s.keywords().get(i).value());
                }
                b.emit(KW_NAMES, b.uniqueConstant(PyTuple.of(names)));
                n += names.length;
            }
            b.emit(CALL, n);
        } else {
            throw u.module.symbols().error("LoopLab does not support starred class bases yet", s.pos().line(),
                    s.pos().col());
        }
        applyDecorators(s.decorators());
        u.store(s.name());
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null) {
            if (u.scope.isAsync && u.scope.isGenerator) {
                throw u.module.symbols().error("'return' with value in async generator", s.pos().line(), s.pos().col());
            }
            ex.compile(s.value());
        } else {
            ex.constant(null);
        }
        unwind(true, false);
        b.emit(RETURN_VALUE);
        return null;
    }

    /**
     * Emits the exits of the enclosing frame blocks, innermost first, up to (not including) the
     * innermost loop when toLoop. preserveTos keeps a return value on top meanwhile.
     */
    FBlock unwind(boolean preserveTos, boolean toLoop) {
        Deque<FBlock> savedBlocks = new ArrayDeque<>(u.fblocks);
        Deque<Integer> savedHandlers = b.suspendHandlers(b.handlerCount());
        try {
            while (!u.fblocks.isEmpty()) {
                FBlock f = u.fblocks.peek();
                if (toLoop && f.isLoop()) {
                    return f;
                }
                u.fblocks.pop();
                b.suspendHandlers(f.handlersOutside);
                tries.unwindOne(f, preserveTos);
            }
            return null;
        } finally {
            u.fblocks.clear();
            u.fblocks.addAll(savedBlocks);
            b.restoreHandlers(savedHandlers);
        }
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        FBlock loop = unwind(false, true);
        if (loop == null) {
            throw u.module.symbols().error("'break' outside loop", s.pos().line(), s.pos().col());
        }
        if (loop.kind == FBlock.Kind.FOR_LOOP) {
            b.emit(POP_TOP);
        }
        b.emitJump(JUMP, loop.breakTarget);
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        FBlock loop = unwind(false, true);
        if (loop == null) {
            throw u.module.symbols().error("'continue' not properly in loop", s.pos().line(), s.pos().col());
        }
        b.emitJump(JUMP, loop.continueTarget);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        s.targets().forEach(ex::delete);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        ex.compile(s.value());
        List<Expr> targets = s.targets();
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                b.emit(DUP_TOP);
            }
            ex.store(targets.get(i));
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        int op = ExprCompiler.opcodeForOp(s.op(), true);
        Expr t = s.target();
        if (t instanceof Expr.Name n) {
            u.load(n.id());
            ex.compile(s.value());
            b.emit(BINARY_OP, op);
            u.store(n.id());
        } else if (t instanceof Expr.Attribute a) {
            ex.compile(a.value());
            b.emit(DUP_TOP);
            b.emit(LOAD_ATTR, b.name(a.attr()));
            ex.compile(s.value());
            b.emit(BINARY_OP, op);
            b.emit(ROT_TWO);
            b.emit(STORE_ATTR, b.name(a.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            ex.compile(sub.value());
            ex.compile(sub.index());
            b.emit(DUP_TOP_TWO);
            b.emit(BINARY_SUBSCR);
            ex.compile(s.value());
            b.emit(BINARY_OP, op);
            b.emit(ROT_THREE);
            b.emit(STORE_SUBSCR);
        } else {
            throw u.module.symbols().error("'" + ExprCompiler.describe(t) + "' is an illegal expression for augmented assignment",
                    t.pos().line(), t.pos().col());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.value() != null) {
            ex.compile(s.value());
            ex.store(s.target());
        }
        if (s.target() instanceof Expr.Name n && u.scope.kind != Scope.Kind.FUNCTION) {
            // module and class bodies record simple names' annotations in __annotations__ (dataclasses read it)
            b.emit(SETUP_ANNOTATIONS);
            if (u.module.futureAnnotations()) {
                ex.constant(sourceOf(s.annotation()));   // PEP 563: the annotation's text, not its value
            } else {
                ex.compile(s.annotation());
            }
            u.load("__annotations__");
            ex.constant(n.id());
            b.emit(STORE_SUBSCR);
        }
        return null;
    }

    /** The source text of an expression (what PEP 563 stores; CPython re-formats it, we keep it as written). */
    private String sourceOf(Expr e) {
        io.looplab.lang.Pos p = e.pos();
        StringBuilder sb = new StringBuilder();
        for (int line = p.line(); line <= p.endLine(); line++) {
            String text = u.module.source().line(line);
            int from = line == p.line() ? Math.min(p.col(), text.length()) : 0;
            int to = line == p.endLine() ? Math.min(p.endCol(), text.length()) : text.length();
            sb.append(line > p.line() ? " " : "").append(text.substring(from, Math.max(from, to)).strip());
        }
        return sb.toString();
    }

    @Override
    public Void visitFor(Stmt.For s) {
        if (s.isAsync()) {
            tries.asyncFor(s);
            return null;
        }
        ex.compile(s.iter());
        b.emit(GET_ITER);
        Label loop = new Label();
        Label exit = new Label();
        Label after = new Label();
        b.bind(loop);
        b.emitJump(FOR_ITER, exit);
        u.push(FBlock.Kind.FOR_LOOP, loop, after, null, null);
        ex.store(s.target());
        body(s.body());
        u.pop();
        b.line = s.pos().line();
        b.emitJump(JUMP, loop);
        b.bind(exit);
        body(s.orelse());
        b.bind(after);
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        Label loop = new Label();
        Label exit = new Label();
        Label after = new Label();
        b.bind(loop);
        boolean forever = s.test() instanceof Expr.Constant c && Boolean.TRUE.equals(c.value());
        if (!forever) {
            ex.compileTest(s.test(), exit, false);
        }
        u.push(FBlock.Kind.WHILE_LOOP, loop, after, null, null);
        body(s.body());
        u.pop();
        b.line = s.pos().line();
        b.emitJump(JUMP, loop);
        b.bind(exit);
        body(s.orelse());
        b.bind(after);
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        Label orelse = new Label();
        ex.compileTest(s.test(), orelse, false);
        body(s.body());
        if (s.orelse().isEmpty()) {
            b.bind(orelse);
            return null;
        }
        Label end = new Label();
        b.emitJump(JUMP, end);
        b.bind(orelse);
        body(s.orelse());
        b.bind(end);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        tries.with(s, 0);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            ex.compile(s.exc());
            n++;
            if (s.cause() != null) {
                ex.compile(s.cause());
                n++;
            }
        }
        b.emit(RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        tries.tryStatement(s);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        Label end = new Label();
        ex.compileTest(s.test(), end, true);
        b.emit(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            ex.compile(s.msg());
            b.emit(CALL, 1);
        }
        b.emit(RAISE_VARARGS, 1);
        b.bind(end);
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        for (Stmt.Alias a : s.names()) {
            ex.constant(0L);
            ex.constant(null);
            b.emit(IMPORT_NAME, b.name(a.name()));
            if (a.asname() == null) {
                u.store(a.name().split("\\.")[0]);
                continue;
            }
            String[] parts = a.name().split("\\.");
            for (int i = 1; i < parts.length; i++) {
                b.emit(IMPORT_FROM, b.name(parts[i]));
                b.emit(ROT_TWO);
                b.emit(POP_TOP);
            }
            u.store(a.asname());
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        ex.constant((long) s.level());
        PyObject[] names = s.names().stream().map(a -> PyStr.of(a.name())).toArray(PyObject[]::new);
        b.emit(LOAD_CONST, b.uniqueConstant(PyTuple.of(names)));
        b.emit(IMPORT_NAME, b.name(s.module() == null ? "" : s.module()));
        if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
            b.emit(IMPORT_STAR);
            return null;
        }
        for (Stmt.Alias a : s.names()) {
            b.emit(IMPORT_FROM, b.name(a.name()));
            u.store(a.asname() != null ? a.asname() : a.name());
        }
        b.emit(POP_TOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    @Override
    public Void visitExprStmt(Stmt.ExprStmt s) {
        ex.compile(s.value());
        b.emit(POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }
}
