package io.looplab.vm;

/**
 * A compiled function body (CPython's code object): instructions, one source line per
 * instruction, constants, names, the variable layout and the exception table.
 * A frame's registers are [locals | cells and free variables | value stack].
 */
public final class Code extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null, t -> { });

    public static final int VARARGS = 1;
    public static final int VARKEYWORDS = 2;
    public static final int GENERATOR = 4;
    public static final int COROUTINE = 8;
    public static final int ASYNC_GENERATOR = 16;
    /** A class body: names live in a namespace dict, not in fast locals. */
    public static final int CLASS_BODY = 32;
    /** A module body: names live in the globals dict. */
    public static final int MODULE = 64;

    public final String name;
    public final String qualname;
    public final String fileName;
    public final int firstLine;
    public final int[] ops;
    public final int[] lines;
    public final PyObject[] consts;
    public final PyStr[] names;
    public final String[] varNames;
    public final String[] cellVars;
    public final String[] freeVars;
    /** For each cell var: the index of the argument it shadows, or -1. */
    public final int[] cellArgs;
    public final int argCount;
    public final int posOnlyCount;
    public final int kwOnlyCount;
    public final int flags;
    public final int stackSize;
    /** Groups of four ints: start pc, end pc (exclusive), handler pc, stack depth at the handler. */
    public final int[] exceptionTable;
    /** A flag an observer may cache per code object (the trace marks scenario-file code with it). */
    public byte observerFlag;
    /** The docstring of a function body (its first statement, if a string literal), else None. */
    public PyObject doc = Py.NONE;
    /** Inline caches, one slot per instruction that uses one (LOAD_GLOBAL, LOAD_ATTR...). */
    final Object[] caches;

    public Code(String name, String qualname, String fileName, int firstLine, int[] ops, int[] lines,
                PyObject[] consts, PyStr[] names, String[] varNames, String[] cellVars, String[] freeVars,
                int[] cellArgs, int argCount, int posOnlyCount, int kwOnlyCount, int flags, int stackSize,
                int[] exceptionTable) {
        this.name = name;
        this.qualname = qualname;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.ops = ops;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varNames = varNames;
        this.cellVars = cellVars;
        this.freeVars = freeVars;
        this.cellArgs = cellArgs;
        this.argCount = argCount;
        this.posOnlyCount = posOnlyCount;
        this.kwOnlyCount = kwOnlyCount;
        this.flags = flags;
        this.stackSize = stackSize;
        this.exceptionTable = exceptionTable;
        this.caches = new Object[ops.length];
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int nlocals() {
        return varNames.length;
    }

    public int ncells() {
        return cellVars.length + freeVars.length;
    }

    /** Size of a frame's register file. */
    public int frameSize() {
        return varNames.length + cellVars.length + freeVars.length + stackSize;
    }

    public boolean isGenerator() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    /** The source line of the instruction at pc (0 for none). */
    public int lineAt(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    /** Index into exceptionTable of the (non-overlapping) entry covering pc, or -1. */
    public int findHandler(int pc) {
        int[] t = exceptionTable;
        for (int i = 0; i < t.length; i += 4) {
            if (pc >= t[i] && pc < t[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /** A readable listing, for debugging and tests. */
    public String disassemble() {
        StringBuilder sb = new StringBuilder(qualname).append(":\n");
        for (int pc = 0; pc < ops.length; pc++) {
            int op = ops[pc] & 0xFF;
            sb.append(String.format("%4d %4d %-22s %d%n", lines[pc], pc, Opcode.name(op), ops[pc] >>> 8));
        }
        for (int i = 0; i < exceptionTable.length; i += 4) {
            sb.append(String.format("  try [%d, %d) -> %d depth %d%n", exceptionTable[i], exceptionTable[i + 1],
                    exceptionTable[i + 2], exceptionTable[i + 3]));
        }
        return sb.toString();
    }
}
