package io.looplab.vm.compiler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scope of the symbol table: a module, a class body or a function (lambdas, comprehensions). */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    /** How a name is accessed inside this scope. */
    enum Access { FAST, CELL, FREE, GLOBAL, NAME, CLASS_DEREF }

    static final int BOUND = 1;
    static final int USED = 2;
    static final int PARAM = 4;
    static final int GLOBAL = 8;
    static final int NONLOCAL = 16;

    final Kind kind;
    final String name;
    final Scope parent;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    boolean isGenerator;
    boolean isAsync;
    boolean isComprehension;
    boolean isLambda;
    /** A class scope one of whose methods uses super() or __class__. */
    boolean needsClassCell;
    /** A function scope that uses super() or __class__ (gets __class__ as a free variable). */
    boolean usesClassCell;

    final Map<String, Access> access = new LinkedHashMap<>();
    final Set<String> cellVars = new LinkedHashSet<>();
    final Set<String> freeVars = new LinkedHashSet<>();

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    void mark(String id, int flag) {
        flags.merge(id, flag, (a, b) -> a | b);
    }

    boolean has(String id, int flag) {
        return (flags.getOrDefault(id, 0) & flag) != 0;
    }

    Access accessOf(String id) {
        Access a = access.get(id);
        if (a != null) {
            return a;
        }
        return kind == Kind.FUNCTION ? Access.GLOBAL : kind == Kind.CLASS ? Access.NAME : Access.GLOBAL;
    }

    /** True for names this scope binds as its own locals (functions) or namespace entries. */
    boolean bindsLocally(String id) {
        int f = flags.getOrDefault(id, 0);
        return (f & (BOUND | PARAM)) != 0 && (f & (GLOBAL | NONLOCAL)) == 0;
    }
}
