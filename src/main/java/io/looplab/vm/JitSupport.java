package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

import java.lang.invoke.MethodHandles;

/**
 * What compiled code ({@link CompiledCode}) calls: one static method per instruction that is
 * not worth spelling out in bytecode, each doing exactly what the interpreter's case for that
 * instruction does. Stack operands are addressed by absolute register index ({@code at}),
 * known when the code is compiled, so the JIT folds them into constants. Methods that may
 * leave the frame return false (or a negative code) after recording the stop in the fiber.
 */
final class JitSupport {
    private static final Operator[] OPERATORS = Operator.values();
    private static final CmpOperator[] COMPARISONS = CmpOperator.values();

    /** {@link #forIter} and {@link #send}: go on with the next instruction, jump, or leave the frame. */
    static final int NEXT = 0;
    static final int JUMP = 1;
    static final int LEAVE = 2;

    private JitSupport() {
    }

    /** Defines a generated class (in this package, so it may use the VM's internals) and instantiates it. */
    static CompiledCode define(byte[] classFile, int[] depthAt, int[] laterInBlock) {
        try {
            Class<?> c = MethodHandles.lookup().defineHiddenClass(classFile, true).lookupClass();
            return (CompiledCode) c.getDeclaredConstructor(int[].class, int[].class).newInstance(depthAt, laterInBlock);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load compiled code", e);
        }
    }

    /** The stop recorded by the last helper that left the frame (null: the run loop goes on). */
    static Fiber.Stop leave(Fiber fb) {
        Fiber.Stop s = fb.jitStop;
        fb.jitStop = null;
        return s;
    }

    /** Hands the frame to the interpreter (a step budget about to run out, or a state compiled code did not expect). */
    static Fiber.Stop interpret(Fiber fb, Frame f) {
        return Interpreter.interpret(fb, f);
    }

    /** The frame was resumed with an exception to raise (generator.throw(), a failed wait). */
    static Fiber.Stop pendingRaise(Fiber fb, Frame f) {
        PyBaseException e = f.pendingRaise;
        f.pendingRaise = null;
        return Unwind.raise(fb, f, e, false);
    }

    static void loadFast(PyObject[] r, Code code, int local, int at) {
        PyObject v = r[local];
        if (v == null) {
            throw Names.unboundLocal(code, local);
        }
        r[at] = v;
    }

    static void storeFast(PyObject[] r, int at, int local) {
        r[local] = r[at];
        r[at] = null;
    }

    static void deleteFast(PyObject[] r, Code code, int local) {
        if (r[local] == null) {
            throw Names.unboundLocal(code, local);
        }
        r[local] = null;
    }

    static void loadDeref(PyObject[] r, Code code, int arg, int at) {
        PyObject v = ((PyCell) r[code.nlocals() + arg]).value;
        if (v == null) {
            throw Names.unboundDeref(code, arg);
        }
        r[at] = v;
    }

    static void storeDeref(PyObject[] r, Code code, int arg, int at) {
        ((PyCell) r[code.nlocals() + arg]).value = r[at];
        r[at] = null;
    }

    static void deleteDeref(PyObject[] r, Code code, int arg) {
        ((PyCell) r[code.nlocals() + arg]).value = null;
    }

    static void storeGlobal(Frame f, int arg, int at) {
        f.globals.put(f.code.names[arg], f.regs[at]);
        f.regs[at] = null;
    }

    static void storeName(Frame f, int arg, int at) {
        f.locals.put(f.code.names[arg], f.regs[at]);
        f.regs[at] = null;
    }

    static void loadAttr(PyObject[] r, PyStr[] names, int arg, int at) {
        r[at] = Attributes.get(r[at], names[arg]);
    }

    /** Stack: value, object (object on top, at at). */
    static void storeAttr(PyObject[] r, PyStr[] names, int arg, int at) {
        Attributes.set(r[at], names[arg], r[at - 1]);
        r[at] = null;
        r[at - 1] = null;
    }

    static void deleteAttr(PyObject[] r, PyStr[] names, int arg, int at) {
        Attributes.delete(r[at], names[arg].value);
        r[at] = null;
    }

    static void binaryOp(PyObject[] r, int arg, int at) {
        PyObject a = r[at];
        PyObject b = r[at + 1];
        r[at + 1] = null;
        PyObject v = null;
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            v = FastPaths.intOp(arg & 15, (PyInt) a, (PyInt) b);
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            v = FastPaths.floatOp(arg & 15, ((PyFloat) a).value, ((PyFloat) b).value);
        }
        if (v == null) {
            v = arg >= Opcode.INPLACE ? Ops.inplace(OPERATORS[arg - Opcode.INPLACE], a, b) : Ops.binary(OPERATORS[arg], a, b);
        }
        r[at] = v;
    }

    static void unary(PyObject[] r, int op, int at) {
        PyObject a = r[at];
        r[at] = switch (op) {
            case Opcode.UNARY_NEGATIVE -> Ops.neg(a);
            case Opcode.UNARY_POSITIVE -> Ops.pos(a);
            case Opcode.UNARY_NOT -> Ops.isTrue(a) ? Py.FALSE : Py.TRUE;
            default -> Ops.invert(a);
        };
    }

    static void compareOp(PyObject[] r, int arg, int at) {
        PyObject a = r[at];
        PyObject b = r[at + 1];
        r[at + 1] = null;
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
            r[at] = FastPaths.compare(arg, x.value, y.value) ? Py.TRUE : Py.FALSE;
        } else {
            r[at] = Ops.compare(COMPARISONS[arg], a, b);
        }
    }

    static void isOp(PyObject[] r, int arg, int at) {
        PyObject b = r[at + 1];
        r[at + 1] = null;
        r[at] = Py.bool((r[at] == b) != (arg == 1));
    }

    static void containsOp(PyObject[] r, int arg, int at) {
        PyObject container = r[at + 1];
        r[at + 1] = null;
        r[at] = Py.bool(Ops.contains(container, r[at]) != (arg == 1));
    }

    static void binarySubscr(PyObject[] r, int at) {
        PyObject key = r[at + 1];
        r[at + 1] = null;
        r[at] = Ops.getItem(r[at], key);
    }

    /** Stack: value, container, key (key at at + 2). */
    static void storeSubscr(PyObject[] r, int at) {
        Ops.setItem(r[at + 1], r[at + 2], r[at]);
        r[at] = r[at + 1] = r[at + 2] = null;
    }

    static void deleteSubscr(PyObject[] r, int at) {
        Ops.delItem(r[at], r[at + 1]);
        r[at] = r[at + 1] = null;
    }

    /** LIST_APPEND, SET_ADD and friends: item at at, the collection arg slots below it. */
    static void collect(PyObject[] r, int op, int arg, int at) {
        PyObject item = r[at];
        r[at] = null;
        PyObject target = r[at - arg];
        switch (op) {
            case Opcode.LIST_APPEND -> ((PyList) target).append(item);
            case Opcode.SET_ADD -> ((PySet) target).add(item);
            case Opcode.LIST_EXTEND -> Builders.listExtend((PyList) target, item);
            case Opcode.SET_UPDATE -> Builders.setUpdate((PySet) target, item);
            case Opcode.DICT_UPDATE -> Builders.dictUpdate((PyDict) target, item, false);
            default -> Builders.dictUpdate((PyDict) target, item, true);
        }
    }

    /** Stack: dict ... key, value (value at at + 1). */
    static void mapAdd(PyObject[] r, int arg, int at) {
        PyObject k = r[at];
        PyObject v = r[at + 1];
        r[at] = r[at + 1] = null;
        ((PyDict) r[at - arg]).put(k, v);
    }

    static void build(PyObject[] r, int op, int arg, int sp) {
        switch (op) {
            case Opcode.BUILD_SLICE -> Builders.slice(r, sp, arg);
            case Opcode.BUILD_TUPLE -> Builders.tuple(r, sp, arg);
            case Opcode.BUILD_LIST -> Builders.list(r, sp, arg);
            case Opcode.BUILD_SET -> Builders.set(r, sp, arg);
            case Opcode.BUILD_MAP -> Builders.map(r, sp, arg);
            case Opcode.BUILD_STRING -> Builders.string(r, sp, arg);
            case Opcode.FORMAT_VALUE -> Builders.formatValue(r, sp, arg);
            default -> r[sp - 1] = PyTuple.of(((PyList) r[sp - 1]).toArray());
        }
    }

    static boolean popTrue(PyObject[] r, int at) {
        PyObject v = r[at];
        r[at] = null;
        return v == Py.TRUE || v != Py.FALSE && Ops.isTrue(v);
    }

    static boolean popNone(PyObject[] r, int at) {
        PyObject v = r[at];
        r[at] = null;
        return v == Py.NONE;
    }

    /** JUMP_IF_TRUE_OR_POP (jumpWhen true) and JUMP_IF_FALSE_OR_POP: true to jump keeping the value. */
    static boolean jumpOrPop(PyObject[] r, boolean jumpWhen, int at) {
        if (Ops.isTrue(r[at]) == jumpWhen) {
            return true;
        }
        r[at] = null;
        return false;
    }

    static void getIter(PyObject[] r, int at) {
        r[at] = Ops.iter(r[at]);
    }

    /** FOR_ITER with the iterator at sp - 1: NEXT (item pushed), JUMP (exhausted, popped) or LEAVE. */
    static int forIter(Fiber fb, Frame f, int sp, int target, int next) {
        PyObject[] r = f.regs;
        PyObject it = r[sp - 1];
        if (it instanceof PyIterator ni) {
            PyObject v = ni.next();
            if (v != null) {
                r[sp] = v;
                return NEXT;
            }
            r[sp - 1] = null;
            return JUMP;
        }
        f.sp = sp;
        f.pc = next;
        if (Calls.forIterFrame(fb, f, it, target) != null) {
            return LEAVE;
        }
        return f.pc == target ? JUMP : NEXT;
    }

    /** The names of a KW_NAMES instruction, cached in its inline-cache slot. */
    static String[] kwNames(Code code, int pc, int arg) {
        Object c = code.caches[pc];
        if (c instanceof String[] names) {
            return names;
        }
        String[] names = Calls.names((PyTuple) code.consts[arg]);
        code.caches[pc] = names;
        return names;
    }

    /**
     * CALL (method false) or CALL_METHOD with the stack top at sp. Stores the result and returns
     * true, or returns false when the frame must leave (a frame was pushed, or the fiber suspends).
     */
    static boolean call(Fiber fb, Frame f, boolean method, int arg, String[] kw, int sp, int next) {
        PyObject[] regs = f.regs;
        int base;
        PyObject callee;
        int nargs = arg;
        if (!method) {
            base = sp - arg;
            callee = regs[base - 1];
        } else if (regs[sp - arg - 1] == null) {
            base = sp - arg;
            callee = regs[base - 2];
        } else {
            base = sp - arg - 1;
            callee = regs[base - 1];
            nargs++;
        }
        int resultAt = method ? sp - arg - 2 : base - 1;
        f.sp = sp;
        f.pc = next;
        if (callee instanceof PyFunction fn && kw == null && Calls.isSimple(fn, nargs)) {
            Calls.pushSimple(fb, f, fn, base, nargs, resultAt);
            return false;
        }
        PyObject v = Calls.call(fb, f, callee, regs, base, nargs, kw, resultAt);
        if (v == null) {
            return false;
        }
        for (int i = resultAt; i < f.sp; i++) {
            regs[i] = null;
        }
        if (v instanceof Signal s) {
            f.sp = resultAt;
            fb.jitStop = Calls.signal(fb, f, s);
            return false;
        }
        regs[resultAt] = v;
        return true;
    }

    /**
     * One of the instructions {@link Slow} executes. True to go on with the next instruction;
     * false to leave (a frame was pushed, the fiber stops, or the instruction went elsewhere).
     */
    static boolean slow(Fiber fb, Frame f, int op, int arg, int sp, int next, int spAfter) {
        f.sp = sp;
        f.pc = next;
        Fiber.Stop s = Slow.execute(fb, f, op, arg);
        if (s != null || fb.top != f || f.pc != next || f.sp != spAfter) {
            fb.jitStop = s;
            return false;
        }
        return true;
    }

    /** SEND with receiver and value on top (value at sp - 1): NEXT, JUMP or LEAVE. */
    static int send(Fiber fb, Frame f, int sp, int target, int next) {
        f.sp = sp;
        f.pc = next;
        Fiber.Stop s = Generators.send(fb, f, target);
        if (s != null || fb.top != f) {
            fb.jitStop = s;
            return LEAVE;
        }
        if (f.pc == target && f.sp == sp - 1) {
            return JUMP;
        }
        if (f.pc == next && f.sp == sp) {
            return NEXT;
        }
        return LEAVE;
    }

    static Fiber.Stop returnValue(Fiber fb, Frame f, int sp, int next) {
        PyObject v = f.regs[sp - 1];
        if (f.mode == ExecFrame.CALL && f.gen == null) {
            Frame caller = (Frame) f.back;
            fb.top = caller;
            fb.depth--;
            caller.regs[caller.sp++] = v;
            return null;
        }
        f.sp = sp - 1;
        f.pc = next;
        return Unwind.complete(fb, f, Interpreter.RETURNED, v, null);
    }

    static Fiber.Stop yieldValue(Fiber fb, Frame f, int sp, int next) {
        PyObject v = f.regs[sp - 1];
        f.regs[sp - 1] = null;
        f.sp = sp - 1;
        f.pc = next;
        return Unwind.complete(fb, f, Interpreter.YIELDED, v, null);
    }

    static Fiber.Stop raise(Fiber fb, Frame f, int op, int arg, int sp, int next) {
        f.sp = sp;
        f.pc = next;
        return Unwind.raiseOp(fb, f, op, arg);
    }

    /** An exception escaped instruction pc: unwind as the interpreter does (then re-enter at the handler). */
    static Fiber.Stop raised(Fiber fb, Frame f, RuntimeException e, int pc, int sp) {
        f.pc = pc + 1;
        f.sp = sp;
        PyBaseException exc = e instanceof PyException p ? p.exc : Unwind.internalError(e).exc;
        return Unwind.raise(fb, f, exc, false);
    }

    static Fiber.Stop overflowed(Fiber fb, Frame f, StackOverflowError e, int pc, int sp) {
        f.pc = pc + 1;
        f.sp = sp;
        return Unwind.raise(fb, f, PyException.recursion("maximum recursion depth exceeded").exc, false);
    }
}
