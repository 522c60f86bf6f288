package io.looplab.vm.compiler;

import io.looplab.lang.Arguments;
import io.looplab.lang.Expr;
import io.looplab.lang.PythonSyntaxError;
import io.looplab.lang.SourceText;
import io.looplab.lang.Stmt;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the scopes of a module and resolves every name to fast local, cell, free, global or
 * namespace access, following CPython's symtable.c rules (class scopes are invisible to the
 * functions nested in them; comprehensions are functions; super() needs a __class__ cell).
 */
final class SymbolTable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final String fileName;
    private final SourceText source;
    final Scope module;

    private SymbolTable(String fileName, SourceText source) {
        this.fileName = fileName;
        this.source = source;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", null);
    }

    static SymbolTable build(List<Stmt> body, String fileName, SourceText source) {
        SymbolTable t = new SymbolTable(fileName, source);
        SymbolCollector c = new SymbolCollector(t, t.module);
        for (Stmt s : body) {
            s.accept(c);
        }
        t.analyze(t.module, Set.of());
        return t;
    }

    Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalStateException("no scope for " + node);
        }
        return s;
    }

    Scope newScope(Object node, Scope.Kind kind, String name, Scope parent) {
        Scope s = new Scope(kind, name, parent);
        scopes.put(node, s);
        return s;
    }

    PythonSyntaxError error(String msg, int line, int col) {
        return new PythonSyntaxError("SyntaxError", msg, fileName, line, col, source.line(line));
    }

    /**
     * Resolves scope s given the names bound by enclosing function scopes, and returns the
     * names s (or its children) need from outside (its free variables).
     */
    private Set<String> analyze(Scope s, Set<String> enclosing) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            if ((e.getValue() & Scope.NONLOCAL) != 0 && !enclosing.contains(e.getKey())) {
                throw error("no binding for nonlocal '" + e.getKey() + "' found", 0, 0);
            }
        }
        Set<String> visible = new LinkedHashSet<>(enclosing);
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String id : s.flags.keySet()) {
                if (s.bindsLocally(id)) {
                    visible.add(id);
                } else if (s.has(id, Scope.GLOBAL)) {
                    visible.remove(id);
                }
            }
        } else if (s.kind == Scope.Kind.MODULE) {
            visible.clear();
        }
        if (s.kind == Scope.Kind.CLASS && s.needsClassCell) {
            visible.add("__class__");
        }
        Set<String> childFree = new LinkedHashSet<>();
        for (Scope c : s.children) {
            childFree.addAll(analyze(c, visible));
        }
        return resolve(s, enclosing, childFree);
    }

    private Set<String> resolve(Scope s, Set<String> enclosing, Set<String> childFree) {
        Set<String> free = new LinkedHashSet<>();
        if (s.usesClassCell) {
            s.mark("__class__", Scope.USED);
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String id = e.getKey();
            int f = e.getValue();
            s.access.put(id, accessFor(s, id, f, enclosing, free));
        }
        for (String id : childFree) {
            if (s.kind == Scope.Kind.CLASS && id.equals("__class__")) {
                s.cellVars.add(id);
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION && s.bindsLocally(id)) {
                s.access.put(id, Scope.Access.CELL);
                s.cellVars.add(id);
            } else if (s.kind != Scope.Kind.MODULE && !s.has(id, Scope.GLOBAL)) {
                free.add(id);
                if (!s.access.containsKey(id)) {
                    s.access.put(id, s.kind == Scope.Kind.CLASS ? Scope.Access.CLASS_DEREF : Scope.Access.FREE);
                }
            }
        }
        s.freeVars.addAll(free);
        return free;
    }

    private static Scope.Access accessFor(Scope s, String id, int f, Set<String> enclosing, Set<String> free) {
        if (s.kind == Scope.Kind.MODULE) {
            return Scope.Access.GLOBAL;
        }
        if ((f & Scope.GLOBAL) != 0) {
            return Scope.Access.GLOBAL;
        }
        if ((f & Scope.NONLOCAL) != 0) {
            free.add(id);
            return Scope.Access.FREE;
        }
        if (s.kind == Scope.Kind.CLASS) {
            if ((f & Scope.BOUND) != 0) {
                return Scope.Access.NAME;
            }
            if (enclosing.contains(id)) {
                free.add(id);
                return Scope.Access.CLASS_DEREF;
            }
            return Scope.Access.NAME;
        }
        if ((f & (Scope.BOUND | Scope.PARAM)) != 0) {
            return Scope.Access.FAST;
        }
        if (enclosing.contains(id)) {
            free.add(id);
            return Scope.Access.FREE;
        }
        return Scope.Access.GLOBAL;
    }

    /** Marks every parameter of args in scope s, in CPython's co_varnames order. */
    static void declareParams(Scope s, Arguments args) {
        for (Arguments.Param p : args.posonly()) {
            param(s, p.name());
        }
        for (Arguments.Param p : args.args()) {
            param(s, p.name());
        }
        for (Arguments.Param p : args.kwonly()) {
            param(s, p.name());
        }
        if (args.vararg() != null) {
            param(s, args.vararg().name());
        }
        if (args.kwarg() != null) {
            param(s, args.kwarg().name());
        }
    }

    private static void param(Scope s, String name) {
        s.mark(name, Scope.PARAM);
        s.params.add(name);
    }

    static boolean isSuperCall(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("super");
    }
}
