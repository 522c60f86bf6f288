package io.looplab.vm;

/**
 * A Python activation record, clox-style: code, instruction pointer and one register array
 * holding locals, cells and the value stack. Frames live on the heap, so suspending one is
 * just not running it; that is how generators, coroutines, greenlets and threads suspend.
 */
public final class Frame extends ExecFrame {
    public final Code code;
    final PyObject[] regs;
    int sp;
    int pc;
    public final PyDict globals;
    final PyDict builtins;
    /** The namespace of a class body (and of a module body: its globals). */
    PyDict locals;
    /** The generator or coroutine that owns this frame, if any. */
    PyGenerator gen;
    /** Mode-specific extra: the new instance for INIT, the default for NEXT_DEFAULT. */
    PyObject aux;
    /** An exception to throw into the delegate at the next SEND (generator.throw()). */
    PyBaseException pendingThrow;
    /** An exception to raise where this frame resumes (generator.throw(), a failed wait). */
    PyBaseException pendingRaise;

    Frame(Code code, PyDict globals, PyDict builtins) {
        this.code = code;
        this.regs = new PyObject[code.frameSize()];
        this.sp = code.nlocals() + code.ncells();
        this.globals = globals;
        this.builtins = builtins;
    }

    /** The line being executed (or, when suspended, the line of the instruction it stopped at). */
    public int line() {
        return code.lineAt(Math.max(pc - 1, 0));
    }

    /** The line where a suspended frame resumes, as CPython's f_lineno (the def line if not started). */
    public int suspendedLine() {
        return pc == 0 ? code.firstLine : code.lineAt(pc - 1);
    }

    public PyGenerator generator() {
        return gen;
    }

    /** The object this frame is awaiting or delegating to (cr_await / gi_yieldfrom), or null. */
    public PyObject delegate() {
        if (pc > 0 && pc <= code.ops.length) {
            int ins = code.ops[pc - 1];
            if ((ins & 0xFF) == Opcode.YIELD_VALUE && (ins >>> 8) == 1 && sp > 0) {
                return regs[sp - 1];
            }
        }
        return null;
    }

    /** The value of local variable i (null when unbound). */
    public PyObject local(int i) {
        return regs[i];
    }

    public PyDict localsDict() {
        return locals;
    }

    /** Records in exc's traceback that it passed through this frame at the current line. */
    void addTracebackEntry(PyBaseException exc) {
        exc.addTraceback(code.fileName, line(), code.name);
    }
}
