package io.looplab.vm;

/** Name lookups: globals (with an inline cache), class-body names, closures, and their errors. */
final class Names {
    /** LOAD_GLOBAL's inline cache: where the name's entry is, valid while neither dict gains or loses keys. */
    private static final class GlobalCache {
        PyDict globals;
        int globalsVersion;
        int builtinsVersion;
        PyDict holder;
        int entry;
    }

    private Names() {
    }

    static PyObject loadGlobal(Frame f, int pc, int arg) {
        Object c = f.code.caches[pc];
        PyDict g = f.globals;
        PyDict b = f.builtins;
        if (c instanceof GlobalCache gc && gc.globals == g && gc.globalsVersion == g.version
                && gc.builtinsVersion == b.version) {
            return gc.holder.valueAt(gc.entry);
        }
        PyStr name = f.code.names[arg];
        PyDict holder = g;
        int entry = g.entryOf(name);
        if (entry < 0) {
            holder = b;
            entry = b.entryOf(name);
            if (entry < 0) {
                throw PyException.name("name '" + name.value + "' is not defined");
            }
        }
        GlobalCache gc = c instanceof GlobalCache x ? x : new GlobalCache();
        gc.globals = g;
        gc.globalsVersion = g.version;
        gc.builtinsVersion = b.version;
        gc.holder = holder;
        gc.entry = entry;
        f.code.caches[pc] = gc;
        return holder.valueAt(entry);
    }

    static PyObject loadName(Frame f, int arg) {
        PyStr name = f.code.names[arg];
        PyObject v = f.locals != null ? f.locals.get(name) : null;
        if (v == null) {
            v = f.globals.get(name);
        }
        if (v == null) {
            v = f.builtins.get(name);
        }
        if (v == null) {
            throw PyException.name("name '" + name.value + "' is not defined");
        }
        return v;
    }

    static PyObject loadClassDeref(Frame f, int arg) {
        Code code = f.code;
        String name = arg < code.cellVars.length ? code.cellVars[arg] : code.freeVars[arg - code.cellVars.length];
        PyObject v = f.locals.get(name);
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.regs[code.nlocals() + arg]).value;
        if (v == null) {
            throw unboundDeref(code, arg);
        }
        return v;
    }

    static void deleteGlobal(Frame f, int arg) {
        if (f.globals.remove(f.code.names[arg]) == null) {
            throw PyException.name("name '" + f.code.names[arg].value + "' is not defined");
        }
    }

    static void deleteName(Frame f, int arg) {
        if (f.locals.remove(f.code.names[arg]) == null) {
            throw PyException.name("name '" + f.code.names[arg].value + "' is not defined");
        }
    }

    static PyException unboundLocal(Code code, int arg) {
        return PyException.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + code.varNames[arg] + "' where it is not associated with a value");
    }

    static PyException unboundDeref(Code code, int arg) {
        if (arg < code.cellVars.length) {
            return PyException.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                    + code.cellVars[arg] + "' where it is not associated with a value");
        }
        return PyException.name("cannot access free variable '" + code.freeVars[arg - code.cellVars.length]
                + "' where it is not associated with a value in enclosing scope");
    }
}
