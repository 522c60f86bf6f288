package io.looplab.vm.compiler;

import io.looplab.lang.Arguments;
import io.looplab.lang.Expr;
import io.looplab.lang.Stmt;
import io.looplab.vm.Code;

import java.util.List;

import static io.looplab.vm.Opcode.*;

/** Compiles the bodies of nested code objects: functions, lambdas, class bodies, comprehensions. */
final class Functions {
    private Functions() {
    }

    static String qualname(Unit parent, String name) {
        return switch (parent.scope.kind) {
            case MODULE -> name;
            case CLASS -> parent.qualname + "." + name;
            case FUNCTION -> parent.qualname + ".<locals>." + name;
        };
    }

    static Code function(Unit parent, Stmt.FunctionDef s, Scope inner) {
        Unit u = new Unit(parent.module, inner, qualname(parent, s.name()));
        StmtCompiler sc = new StmtCompiler(u);
        u.b.line = s.pos().line();
        sc.body(s.body());
        returnNone(u);
        Code code = u.finish(s.name(), s.firstLine(), argCount(s.args()), s.args().posonly().size(),
                s.args().kwonly().size(), flags(inner, s.args()));
        String doc = docstring(s.body());
        if (doc != null) {
            code.doc = io.looplab.vm.PyStr.of(doc);
        }
        return code;
    }

    static Code lambda(Unit parent, Expr.Lambda e, Scope inner) {
        Unit u = new Unit(parent.module, inner, qualname(parent, "<lambda>"));
        StmtCompiler sc = new StmtCompiler(u);
        u.b.line = e.pos().line();
        sc.expr().compile(e.body());
        if (inner.isGenerator) {
            u.b.emit(POP_TOP);
            sc.expr().constant(null);
        }
        u.b.emit(RETURN_VALUE);
        return u.finish("<lambda>", e.pos().line(), argCount(e.args()), e.args().posonly().size(),
                e.args().kwonly().size(), flags(inner, e.args()));
    }

    static Code classBody(Unit parent, Stmt.ClassDef s, Scope inner) {
        Unit u = new Unit(parent.module, inner, qualname(parent, s.name()));
        StmtCompiler sc = new StmtCompiler(u);
        u.b.line = s.pos().line();
        u.b.emit(LOAD_NAME, u.b.name("__name__"));
        u.b.emit(STORE_NAME, u.b.name("__module__"));
        sc.expr().constant(u.qualname);
        u.b.emit(STORE_NAME, u.b.name("__qualname__"));
        String doc = docstring(s.body());
        if (doc != null) {
            sc.expr().constant(doc);
            u.b.emit(STORE_NAME, u.b.name("__doc__"));
        }
        sc.body(s.body());
        if (u.b.isReachable()) {
            if (u.b.cellVars.contains("__class__")) {
                u.b.emit(LOAD_CLOSURE, u.b.derefIndex("__class__"));
                u.b.emit(STORE_NAME, u.b.name("__classcell__"));
            }
            sc.expr().constant(null);
            u.b.emit(RETURN_VALUE);
        }
        return u.finish(s.name(), s.firstLine(), 0, 0, 0, Code.CLASS_BODY);
    }

    static Code comprehension(Unit parent, Expr.Comprehension e, Scope inner) {
        Unit u = new Unit(parent.module, inner, qualname(parent, inner.name));
        StmtCompiler sc = new StmtCompiler(u);
        u.b.line = e.pos().line();
        switch (e.kind()) {
            case LIST -> u.b.emit(BUILD_LIST, 0);
            case SET -> u.b.emit(BUILD_SET, 0);
            case DICT -> u.b.emit(BUILD_MAP, 0);
            case GENERATOR -> { }
        }
        clause(u, sc, e, 0);
        if (e.kind() == Expr.ComprehensionKind.GENERATOR) {
            sc.expr().constant(null);
        }
        u.b.emit(RETURN_VALUE);
        int flags = 0;
        if (e.kind() == Expr.ComprehensionKind.GENERATOR) {
            flags = inner.isAsync ? Code.ASYNC_GENERATOR : Code.GENERATOR;
        } else if (inner.isAsync) {
            flags = Code.COROUTINE;
        }
        return u.finish(inner.name, e.pos().line(), 1, 0, 0, flags);
    }

    private static void clause(Unit u, StmtCompiler sc, Expr.Comprehension e, int i) {
        List<Expr.ForClause> gens = e.generators();
        Expr.ForClause g = gens.get(i);
        CodeBuilder b = u.b;
        if (i == 0) {
            b.emit(LOAD_FAST, b.varIndex(".0"));
        } else {
            sc.expr().compile(g.iter());
            b.emit(g.isAsync() ? GET_AITER : GET_ITER);
        }
        Label loop = new Label();
        Label exit = new Label();
        Label handler = new Label();
        b.bind(loop);
        int d = b.depth;
        if (g.isAsync()) {
            b.pushHandler(handler, d);
            b.emit(GET_ANEXT);
            sc.expr().yieldFrom();
            b.popHandler();
        } else {
            b.emitJump(FOR_ITER, exit);
        }
        sc.expr().store(g.target());
        for (Expr cond : g.ifs()) {
            sc.expr().compileTest(cond, loop, false);
        }
        if (i + 1 < gens.size()) {
            clause(u, sc, e, i + 1);
        } else {
            element(u, sc, e, gens.size() + 1);
        }
        b.emitJump(JUMP, loop);
        if (g.isAsync()) {
            b.bind(handler);
            b.setDepth(d + 1);
            b.emit(END_ASYNC_FOR);
        } else {
            b.bind(exit);
        }
    }

    private static void element(Unit u, StmtCompiler sc, Expr.Comprehension e, int depth) {
        CodeBuilder b = u.b;
        switch (e.kind()) {
            case LIST -> {
                sc.expr().compile(e.elt());
                b.emit(LIST_APPEND, depth);
            }
            case SET -> {
                sc.expr().compile(e.elt());
                b.emit(SET_ADD, depth);
            }
            case DICT -> {
                sc.expr().compile(e.key());
                sc.expr().compile(e.elt());
                b.emit(MAP_ADD, depth);
            }
            case GENERATOR -> {
                sc.expr().compile(e.elt());
                b.emit(YIELD_VALUE, 0);
                b.emit(POP_TOP);
            }
        }
    }

    private static void returnNone(Unit u) {
        if (u.b.isReachable()) {
            u.b.emit(LOAD_CONST, u.b.constant(io.looplab.vm.Py.NONE, List.of("None")));
            u.b.emit(RETURN_VALUE);
        }
    }

    /** The docstring: a string literal as the first statement. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String doc) {
            return doc;
        }
        return null;
    }

    private static int argCount(Arguments a) {
        return a.posonly().size() + a.args().size();
    }

    private static int flags(Scope inner, Arguments a) {
        int f = 0;
        if (a.vararg() != null) {
            f |= Code.VARARGS;
        }
        if (a.kwarg() != null) {
            f |= Code.VARKEYWORDS;
        }
        if (inner.isAsync && inner.isGenerator) {
            f |= Code.ASYNC_GENERATOR;
        } else if (inner.isAsync) {
            f |= Code.COROUTINE;
        } else if (inner.isGenerator) {
            f |= Code.GENERATOR;
        }
        return f;
    }
}
