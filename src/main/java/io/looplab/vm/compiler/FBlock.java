package io.looplab.vm.compiler;

import io.looplab.lang.Stmt;

import java.util.List;

/**
 * A frame block, as in CPython's compiler: an enclosing construct that return, break and
 * continue must unwind (pop a for-iterator, run a finally body, call __exit__, restore the
 * handled exception).
 */
final class FBlock {
    enum Kind { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, EXCEPT_HANDLER, WITH, ASYNC_WITH }

    final Kind kind;
    /** Loop blocks: where continue and break go. */
    final Label continueTarget;
    final Label breakTarget;
    /** FINALLY_TRY: the finally body to run inline. */
    final List<Stmt> finalBody;
    /** EXCEPT_HANDLER: the bound name to clear on exit, or null. */
    final String handlerName;
    /** Number of active exception handlers outside this block. */
    final int handlersOutside;

    FBlock(Kind kind, Label continueTarget, Label breakTarget, List<Stmt> finalBody, String handlerName,
           int handlersOutside) {
        this.kind = kind;
        this.continueTarget = continueTarget;
        this.breakTarget = breakTarget;
        this.finalBody = finalBody;
        this.handlerName = handlerName;
        this.handlersOutside = handlersOutside;
    }

    boolean isLoop() {
        return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP;
    }
}
