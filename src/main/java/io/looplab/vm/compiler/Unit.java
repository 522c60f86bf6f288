package io.looplab.vm.compiler;

import io.looplab.vm.Code;
import io.looplab.vm.Opcode;

import java.util.ArrayDeque;
import java.util.Deque;

/** The state of compiling one code object: its scope, its builder and its frame blocks. */
final class Unit {
    final Module module;
    final Scope scope;
    final CodeBuilder b = new CodeBuilder();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    final String qualname;

    /** What is shared by every unit of one source file. */
    /** futureAnnotations: the module has {@code from __future__ import annotations} (PEP 563). */
    record Module(SymbolTable symbols, String fileName, io.looplab.lang.SourceText source, boolean futureAnnotations) {
    }

    Unit(Module module, Scope scope, String qualname) {
        this.module = module;
        this.scope = scope;
        this.qualname = qualname;
        for (String p : scope.params) {
            b.varIndex(p);
        }
        for (var e : scope.access.entrySet()) {
            if (e.getValue() == Scope.Access.FAST || e.getValue() == Scope.Access.CELL && scope.kind == Scope.Kind.FUNCTION
                    && scope.params.contains(e.getKey())) {
                b.varIndex(e.getKey());
            }
        }
        b.cellVars.addAll(scope.cellVars);
        b.freeVars.addAll(scope.freeVars);
    }

    FBlock push(FBlock.Kind kind, Label cont, Label brk, java.util.List<io.looplab.lang.Stmt> fin, String name) {
        FBlock f = new FBlock(kind, cont, brk, fin, name, b.handlerCount());
        fblocks.push(f);
        return f;
    }

    void pop() {
        fblocks.pop();
    }

    /** Emits a load of a name according to its scope access. */
    void load(String id) {
        switch (scope.accessOf(id)) {
            case FAST -> b.emit(Opcode.LOAD_FAST, b.varIndex(id));
            case CELL, FREE -> b.emit(Opcode.LOAD_DEREF, b.derefIndex(id));
            case CLASS_DEREF -> b.emit(Opcode.LOAD_CLASSDEREF, b.derefIndex(id));
            case GLOBAL -> b.emit(Opcode.LOAD_GLOBAL, b.name(id));
            case NAME -> b.emit(Opcode.LOAD_NAME, b.name(id));
        }
    }

    void store(String id) {
        switch (scope.accessOf(id)) {
            case FAST -> b.emit(Opcode.STORE_FAST, b.varIndex(id));
            case CELL, FREE -> b.emit(Opcode.STORE_DEREF, b.derefIndex(id));
            case GLOBAL -> b.emit(Opcode.STORE_GLOBAL, b.name(id));
            case NAME, CLASS_DEREF -> b.emit(Opcode.STORE_NAME, b.name(id));
        }
    }

    void delete(String id) {
        switch (scope.accessOf(id)) {
            case FAST -> b.emit(Opcode.DELETE_FAST, b.varIndex(id));
            case CELL, FREE -> b.emit(Opcode.DELETE_DEREF, b.derefIndex(id));
            case GLOBAL -> b.emit(Opcode.DELETE_GLOBAL, b.name(id));
            case NAME, CLASS_DEREF -> b.emit(Opcode.DELETE_NAME, b.name(id));
        }
    }

    int[] cellArgs() {
        int[] r = new int[b.cellVars.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = scope.params.indexOf(b.cellVars.get(i));
        }
        return r;
    }

    Code finish(String name, int firstLine, int argCount, int posOnly, int kwOnly, int flags) {
        return b.build(name, qualname, module.fileName(), firstLine, argCount, posOnly, kwOnly, flags, cellArgs());
    }
}
