package io.looplab.vm.compiler;

import io.looplab.lang.Stmt;

import java.util.List;

import static io.looplab.vm.Opcode.*;

/**
 * Compiles the constructs that install exception handlers: try/except/else/finally, with,
 * async with and async for. Layouts follow CPython 3.11 (PUSH_EXC_INFO on entry to a handler,
 * POP_EXCEPT on the way out, a cleanup handler that restores the previous exception).
 */
final class TryCompiler {
    private final Unit u;
    private final CodeBuilder b;
    private final StmtCompiler stmts;

    TryCompiler(Unit u, StmtCompiler stmts) {
        this.u = u;
        this.b = u.b;
        this.stmts = stmts;
    }

    void tryStatement(Stmt.Try s) {
        if (s.finalBody().isEmpty()) {
            tryExcept(s);
        } else {
            tryFinally(s);
        }
    }

    private void tryFinally(Stmt.Try s) {
        int d = b.depth;
        Label fin = new Label();
        Label end = new Label();
        u.push(FBlock.Kind.FINALLY_TRY, null, null, s.finalBody(), null);
        b.pushHandler(fin, d);
        if (s.handlers().isEmpty()) {
            stmts.body(s.body());
        } else {
            tryExcept(s);
        }
        b.popHandler();
        u.pop();
        if (b.isReachable()) {
            stmts.body(s.finalBody());
            b.emitJump(JUMP, end);
        }
        b.bind(fin);
        b.setDepth(d + 1);
        b.line = lastLine(s.finalBody());
        Label cleanup = new Label();
        b.pushHandler(cleanup, d + 1);
        b.emit(PUSH_EXC_INFO);
        u.push(FBlock.Kind.FINALLY_END, null, null, null, null);
        stmts.body(s.finalBody());
        u.pop();
        b.emit(RERAISE, 0);
        b.popHandler();
        b.bind(cleanup);
        b.setDepth(d + 2);
        b.emit(RERAISE, 1);
        b.bind(end);
    }

    private static int lastLine(List<Stmt> body) {
        return body.isEmpty() ? 0 : body.get(0).pos().line();
    }

    private void tryExcept(Stmt.Try s) {
        int d = b.depth;
        Label handler = new Label();
        Label end = new Label();
        u.push(FBlock.Kind.TRY_EXCEPT, null, null, null, null);
        b.pushHandler(handler, d);
        stmts.body(s.body());
        b.popHandler();
        u.pop();
        if (b.isReachable()) {
            stmts.body(s.orelse());
            b.emitJump(JUMP, end);
        }
        b.bind(handler);
        b.setDepth(d + 1);
        b.line = s.handlers().get(0).pos().line();
        Label cleanup = new Label();
        b.pushHandler(cleanup, d + 1);
        b.emit(PUSH_EXC_INFO);
        for (Stmt.ExceptHandler h : s.handlers()) {
            exceptClause(h, d, end);
        }
        b.emit(RERAISE, 0);
        b.popHandler();
        b.bind(cleanup);
        b.setDepth(d + 2);
        b.emit(RERAISE, 1);
        b.bind(end);
    }

    /** Stack on entry: prev, exc (depth d + 2). */
    private void exceptClause(Stmt.ExceptHandler h, int d, Label end) {
        b.line = h.pos().line();
        Label next = new Label();
        if (h.type() != null) {
            stmts.expr().compile(h.type());
            b.emit(CHECK_EXC_MATCH);
            b.emitJump(POP_JUMP_IF_FALSE, next);
        }
        Label nameCleanup = new Label();
        if (h.name() != null) {
            u.store(h.name());
            b.pushHandler(nameCleanup, d + 1);
        } else {
            b.emit(POP_TOP);
        }
        u.push(FBlock.Kind.EXCEPT_HANDLER, null, null, null, h.name());
        stmts.body(h.body());
        u.pop();
        if (h.name() != null) {
            b.popHandler();
        }
        if (b.isReachable()) {
            b.emit(POP_EXCEPT);
            if (h.name() != null) {
                clearName(h.name());
            }
            b.emitJump(JUMP, end);
        }
        if (h.name() != null) {
            b.bind(nameCleanup);
            b.setDepth(d + 2);
            clearName(h.name());
            b.emit(RERAISE, 0);
        }
        b.bind(next);
        b.setDepth(d + 2);
    }

    private void clearName(String name) {
        stmts.expr().constant(null);
        u.store(name);
        u.delete(name);
    }

    /** with item[i], ...: body — one item per nesting level, as CPython does. */
    void with(Stmt.With s, int i) {
        Stmt.WithItem item = s.items().get(i);
        int d = b.depth;
        stmts.expr().compile(item.context());
        b.line = s.pos().line();
        if (s.isAsync()) {
            b.emit(BEFORE_ASYNC_WITH);
            b.emit(GET_AWAITABLE, 1);
            stmts.expr().yieldFrom();
        } else {
            b.emit(BEFORE_WITH);
        }
        Label handler = new Label();
        Label end = new Label();
        b.pushHandler(handler, d + 1);
        u.push(s.isAsync() ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH, null, null, null, null);
        if (item.target() != null) {
            stmts.expr().store(item.target());
        } else {
            b.emit(POP_TOP);
        }
        if (i + 1 < s.items().size()) {
            with(s, i + 1);
        } else {
            stmts.body(s.body());
        }
        u.pop();
        b.popHandler();
        if (b.isReachable()) {
            b.line = s.pos().line();
            callExit(s.isAsync());
            b.emitJump(JUMP, end);
        }
        withHandler(s, handler, d);
        b.bind(end);
    }

    /** Stack: exit -> (exit called with three Nones, result dropped). */
    private void callExit(boolean async) {
        stmts.expr().constant(null);
        stmts.expr().constant(null);
        stmts.expr().constant(null);
        b.emit(CALL, 3);
        if (async) {
            b.emit(GET_AWAITABLE, 2);
            stmts.expr().yieldFrom();
        }
        b.emit(POP_TOP);
    }

    private void withHandler(Stmt.With s, Label handler, int d) {
        b.bind(handler);
        b.setDepth(d + 2);
        b.line = s.pos().line();
        Label cleanup = new Label();
        Label suppress = new Label();
        Label end = new Label();
        b.pushHandler(cleanup, d + 2);
        b.emit(PUSH_EXC_INFO);
        b.emit(WITH_EXCEPT_START);
        if (s.isAsync()) {
            b.emit(GET_AWAITABLE, 2);
            stmts.expr().yieldFrom();
        }
        b.emitJump(POP_JUMP_IF_TRUE, suppress);
        b.emit(RERAISE, 0);
        b.bind(suppress);
        b.emit(POP_TOP);
        b.emit(POP_EXCEPT);
        b.emit(POP_TOP);
        b.emitJump(JUMP, end);
        b.popHandler();
        b.bind(cleanup);
        b.setDepth(d + 3);
        b.emit(RERAISE, 1);
        b.bind(end);
    }

    void asyncFor(Stmt.For s) {
        stmts.expr().compile(s.iter());
        b.emit(GET_AITER);
        Label loop = new Label();
        Label handler = new Label();
        Label after = new Label();
        b.bind(loop);
        int d = b.depth;
        b.pushHandler(handler, d);
        b.emit(GET_ANEXT);
        stmts.expr().yieldFrom();
        b.popHandler();
        u.push(FBlock.Kind.FOR_LOOP, loop, after, null, null);
        stmts.expr().store(s.target());
        stmts.body(s.body());
        u.pop();
        b.line = s.pos().line();
        b.emitJump(JUMP, loop);
        b.bind(handler);
        b.setDepth(d + 1);
        b.emit(END_ASYNC_FOR);
        stmts.body(s.orelse());
        b.bind(after);
    }

    /** The code that leaves frame block f early (for return, break, continue). */
    void unwindOne(FBlock f, boolean preserveTos) {
        switch (f.kind) {
            case WHILE_LOOP, TRY_EXCEPT -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    b.emit(ROT_TWO);
                }
                b.emit(POP_TOP);
            }
            case FINALLY_TRY -> stmts.body(f.finalBody);
            case FINALLY_END -> {
                if (preserveTos) {
                    b.emit(ROT_THREE);
                }
                b.emit(POP_TOP);
                b.emit(POP_EXCEPT);
            }
            case EXCEPT_HANDLER -> {
                if (preserveTos) {
                    b.emit(ROT_TWO);
                }
                b.emit(POP_EXCEPT);
                if (f.handlerName != null) {
                    clearName(f.handlerName);
                }
            }
            case WITH, ASYNC_WITH -> {
                if (preserveTos) {
                    b.emit(ROT_TWO);
                }
                callExit(f.kind == FBlock.Kind.ASYNC_WITH);
            }
        }
    }
}
