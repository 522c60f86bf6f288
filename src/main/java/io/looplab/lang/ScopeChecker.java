package io.looplab.lang;

import io.looplab.lang.Expr.*;
import io.looplab.lang.Stmt.*;
import java.util.List;

/**
 * The placement checks CPython makes after parsing: first its symbol table's ('yield' outside function,
 * module-level nonlocal) over the whole file, then its compiler's ('return', 'await', 'break',
 * 'continue', async statements) in source order. Children are reached generically ({@link AstChildren}),
 * so only the nodes that open a scope or a loop need their own rules.
 */
final class ScopeChecker {
    /** What encloses the node being visited. */
    private record Scope(boolean function, boolean async, boolean loop) {
        static final Scope MODULE = new Scope(false, false, false);
    }

    private final Diagnostics diag;
    private boolean compilerPhase;

    ScopeChecker(Diagnostics diag) {
        this.diag = diag;
    }

    void check(List<Stmt> body) {
        visit(body, Scope.MODULE);
        compilerPhase = true;
        visit(body, Scope.MODULE);
    }

    private void visit(Object node, Scope scope) {
        if (node instanceof List<?> list) {
            for (Object x : list) {
                visit(x, scope);
            }
        } else if (node instanceof Record r && !(node instanceof Pos)) {
            if (!visitSpecial(r, scope)) {
                checkNode(r, scope);
                children(r, scope);
            }
        }
    }

    /** Nodes that change the scope for some of their children. */
    private boolean visitSpecial(Record r, Scope scope) {
        if (r instanceof FunctionDef f) {
            visit(List.of(f.decorators(), f.args()), scope);
            visit(f.returns(), scope);
            visit(f.body(), new Scope(true, f.isAsync(), false));
        } else if (r instanceof Lambda l) {
            visit(l.args(), scope);
            visit(l.body(), new Scope(true, false, false));
        } else if (r instanceof ClassDef c) {
            visit(List.of(c.decorators(), c.bases(), c.keywords()), scope);
            visit(c.body(), new Scope(false, false, false));
        } else if (r instanceof For f) {
            checkNode(f, scope);
            visit(List.of(f.target(), f.iter()), scope);
            visit(f.body(), new Scope(scope.function, scope.async, true));
            visit(f.orelse(), scope);
        } else if (r instanceof While w) {
            visit(w.test(), scope);
            visit(w.body(), new Scope(scope.function, scope.async, true));
            visit(w.orelse(), scope);
        } else {
            return false;
        }
        return true;
    }

    private void checkNode(Record r, Scope scope) {
        if (!compilerPhase) {
            symbolTableChecks(r, scope);
        } else {
            compilerChecks(r, scope);
        }
    }

    private void symbolTableChecks(Record r, Scope scope) {
        if ((r instanceof Yield || r instanceof YieldFrom) && !scope.function) {
            throw error("'yield' outside function", ((Expr) r).pos());
        }
        if (r instanceof Nonlocal n && !scope.function && scope == Scope.MODULE) {
            throw error("nonlocal declaration not allowed at module level", n.pos());
        }
    }

    private void compilerChecks(Record r, Scope scope) {
        if (r instanceof Return ret && !scope.function) {
            throw error("'return' outside function", ret.pos());
        } else if (r instanceof Await a && !scope.async) {
            throw error(scope.function ? "'await' outside async function" : "'await' outside function", a.pos());
        } else if (r instanceof Break b && !scope.loop) {
            throw error("'break' outside loop", b.pos());
        } else if (r instanceof Continue c && !scope.loop) {
            throw error("'continue' not properly in loop", c.pos());
        } else if (r instanceof For f && f.isAsync() && !scope.async) {
            throw error("'async for' outside async function", f.pos());
        } else if (r instanceof With w && w.isAsync() && !scope.async) {
            throw error("'async with' outside async function", w.pos());
        } else if (r instanceof Comprehension c && !scope.async
                && c.generators().stream().anyMatch(ForClause::isAsync)) {
            throw error("asynchronous comprehension outside of an asynchronous function", c.pos());
        }
    }

    private void children(Record r, Scope scope) {
        for (Object child : AstChildren.of(r)) {
            visit(child, scope);
        }
    }

    private PythonSyntaxError error(String message, Pos pos) {
        return diag.syntax(message, pos.line(), pos.col());
    }
}
