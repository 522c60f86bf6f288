package io.looplab.vm;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;

import static io.looplab.vm.Opcode.*;

/**
 * Runs a fiber's frames until the bottom frame finishes, an exception escapes it, or a native
 * asks to suspend. Python-to-Python calls and returns switch frames inside one loop, so Python
 * recursion never becomes Java recursion; the interpreter never schedules anything itself.
 */
public final class Interpreter {
    private static final Operator[] OPERATORS = Operator.values();
    private static final CmpOperator[] COMPARISONS = CmpOperator.values();

    /** Outcomes of a frame, delivered to the frame below it. */
    static final int RETURNED = 0;
    static final int YIELDED = 1;
    static final int RAISED = 2;

    private Interpreter() {
    }

    /** Runs fb until it stops; see {@link Fiber.Stop}. Sets fb.value / fb.error / fb.suspension. */
    public static Fiber.Stop run(Fiber fb) {
        Runtime rt = fb.runtime;
        Fiber saved = rt.current;
        rt.current = fb;
        Runtime savedRuntime = rt.enter();
        try {
            while (true) {
                ExecFrame top = fb.top;
                Fiber.Stop stop = top instanceof NativeFrame nf ? Natives.step(fb, nf) : enter(fb, (Frame) top);
                if (stop != null) {
                    return stop;
                }
            }
        } finally {
            rt.current = saved;
            Runtime.exit(savedRuntime);
        }
    }

    /** Makes the top frame raise e when it next runs (used to resume a suspended fiber with an error). */
    static void setPendingRaise(Fiber fb, PyBaseException e) {
        ((Frame) fb.top).pendingRaise = e;
    }

    /** Runs f's code compiled when it is (or just became) hot enough, else interpreted. */
    private static Fiber.Stop enter(Fiber fb, Frame f) {
        CompiledCode cc = f.code.compiled;
        if (cc != null || Tiering.count(f.code, fb.runtime.jitThreshold)) {
            return f.code.compiled.run(fb, f);
        }
        return execute(fb, f, true);
    }

    /** Interprets f until it leaves, even if its code is compiled (compiled code hands frames back this way). */
    static Fiber.Stop interpret(Fiber fb, Frame f) {
        return execute(fb, f, false);
    }

    /**
     * The dispatch loop. Returns a stop, or null when the top of the stack is now a native frame
     * (or otherwise needs the outer loop). tierUp: at a hot loop's back edge, hand the frame to
     * its compiled code.
     */
    private static Fiber.Stop execute(Fiber fb, Frame f, boolean tierUp) {
        Runtime rt = fb.runtime;
        long ticks = rt.ticks;
        final long limit = rt.tickLimit;
        PyObject[] regs = f.regs;
        int[] ops = f.code.ops;
        int sp = f.sp;
        int pc = f.pc;
        if (f.pendingRaise != null) {
            PyBaseException e = f.pendingRaise;
            f.pendingRaise = null;
            f.sp = sp;
            f.pc = pc;
            return Unwind.raise(fb, f, e, false);
        }
        String[] kwnames = null;
        while (true) {
            try {
                while (true) {
                    int ins = ops[pc++];
                    int arg = ins >>> 8;
                    if (++ticks > limit) {
                        rt.ticks = ticks;
                        f.pc = pc;
                        throw new BudgetExceeded(rt.tickLimit, f.code.fileName, f.line());
                    }
                    switch (ins & 0xFF) {
                        case NOP:
                            break;
                        case POP_TOP:
                            regs[--sp] = null;
                            break;
                        case ROT_TWO: {
                            PyObject t = regs[sp - 1];
                            regs[sp - 1] = regs[sp - 2];
                            regs[sp - 2] = t;
                            break;
                        }
                        case ROT_THREE: {
                            PyObject t = regs[sp - 1];
                            regs[sp - 1] = regs[sp - 2];
                            regs[sp - 2] = regs[sp - 3];
                            regs[sp - 3] = t;
                            break;
                        }
                        case ROT_FOUR: {
                            PyObject t = regs[sp - 1];
                            regs[sp - 1] = regs[sp - 2];
                            regs[sp - 2] = regs[sp - 3];
                            regs[sp - 3] = regs[sp - 4];
                            regs[sp - 4] = t;
                            break;
                        }
                        case DUP_TOP:
                            regs[sp] = regs[sp - 1];
                            sp++;
                            break;
                        case DUP_TOP_TWO:
                            regs[sp] = regs[sp - 2];
                            regs[sp + 1] = regs[sp - 1];
                            sp += 2;
                            break;
                        case COPY:
                            regs[sp] = regs[sp - arg];
                            sp++;
                            break;
                        case LOAD_CONST:
                            regs[sp++] = f.code.consts[arg];
                            break;
                        case LOAD_FAST: {
                            PyObject v = regs[arg];
                            if (v == null) {
                                throw Names.unboundLocal(f.code, arg);
                            }
                            regs[sp++] = v;
                            break;
                        }
                        case STORE_FAST:
                            regs[arg] = regs[--sp];
                            regs[sp] = null;
                            break;
                        case DELETE_FAST:
                            if (regs[arg] == null) {
                                throw Names.unboundLocal(f.code, arg);
                            }
                            regs[arg] = null;
                            break;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) regs[f.code.nlocals() + arg]).value;
                            if (v == null) {
                                throw Names.unboundDeref(f.code, arg);
                            }
                            regs[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            ((PyCell) regs[f.code.nlocals() + arg]).value = regs[--sp];
                            regs[sp] = null;
                            break;
                        case DELETE_DEREF:
                            ((PyCell) regs[f.code.nlocals() + arg]).value = null;
                            break;
                        case LOAD_CLOSURE:
                            regs[sp++] = regs[f.code.nlocals() + arg];
                            break;
                        case LOAD_CLASSDEREF:
                            regs[sp++] = Names.loadClassDeref(f, arg);
                            break;
                        case LOAD_GLOBAL:
                            regs[sp++] = Names.loadGlobal(f, pc - 1, arg);
                            break;
                        case STORE_GLOBAL:
                            f.globals.put(f.code.names[arg], regs[--sp]);
                            regs[sp] = null;
                            break;
                        case DELETE_GLOBAL:
                            Names.deleteGlobal(f, arg);
                            break;
                        case LOAD_NAME:
                            regs[sp++] = Names.loadName(f, arg);
                            break;
                        case STORE_NAME:
                            f.locals.put(f.code.names[arg], regs[--sp]);
                            regs[sp] = null;
                            break;
                        case DELETE_NAME:
                            Names.deleteName(f, arg);
                            break;
                        case LOAD_ATTR:
                            regs[sp - 1] = Attributes.get(regs[sp - 1], f.code.names[arg]);
                            break;
                        case STORE_ATTR:
                            Attributes.set(regs[sp - 1], f.code.names[arg], regs[sp - 2]);
                            regs[--sp] = null;
                            regs[--sp] = null;
                            break;
                        case DELETE_ATTR:
                            Attributes.delete(regs[--sp], f.code.names[arg].value);
                            regs[sp] = null;
                            break;
                        case LOAD_METHOD:
                            sp = Attributes.loadMethod(regs, sp, f.code.names[arg]);
                            break;
                        case BINARY_OP: {
                            PyObject b = regs[--sp];
                            PyObject a = regs[sp - 1];
                            regs[sp] = null;
                            PyObject r = null;
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                r = FastPaths.intOp(arg & 15, (PyInt) a, (PyInt) b);
                            } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                                r = FastPaths.floatOp(arg & 15, ((PyFloat) a).value, ((PyFloat) b).value);
                            }
                            if (r == null) {
                                r = arg >= INPLACE ? Ops.inplace(OPERATORS[arg - INPLACE], a, b) : Ops.binary(OPERATORS[arg], a, b);
                            }
                            regs[sp - 1] = r;
                            break;
                        }
                        case UNARY_NEGATIVE:
                            regs[sp - 1] = Ops.neg(regs[sp - 1]);
                            break;
                        case UNARY_POSITIVE:
                            regs[sp - 1] = Ops.pos(regs[sp - 1]);
                            break;
                        case UNARY_NOT:
                            regs[sp - 1] = Ops.isTrue(regs[sp - 1]) ? Py.FALSE : Py.TRUE;
                            break;
                        case UNARY_INVERT:
                            regs[sp - 1] = Ops.invert(regs[sp - 1]);
                            break;
                        case COMPARE_OP: {
                            PyObject b = regs[--sp];
                            PyObject a = regs[sp - 1];
                            regs[sp] = null;
                            if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) {
                                regs[sp - 1] = FastPaths.compare(arg, x.value, y.value) ? Py.TRUE : Py.FALSE;
                            } else {
                                regs[sp - 1] = Ops.compare(COMPARISONS[arg], a, b);
                            }
                            break;
                        }
                        case IS_OP: {
                            PyObject b = regs[--sp];
                            regs[sp] = null;
                            regs[sp - 1] = Py.bool((regs[sp - 1] == b) != (arg == 1));
                            break;
                        }
                        case CONTAINS_OP: {
                            PyObject container = regs[--sp];
                            regs[sp] = null;
                            regs[sp - 1] = Py.bool(Ops.contains(container, regs[sp - 1]) != (arg == 1));
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = regs[--sp];
                            regs[sp] = null;
                            regs[sp - 1] = Ops.getItem(regs[sp - 1], key);
                            break;
                        }
                        case STORE_SUBSCR:
                            Ops.setItem(regs[sp - 2], regs[sp - 1], regs[sp - 3]);
                            sp -= 3;
                            regs[sp] = regs[sp + 1] = regs[sp + 2] = null;
                            break;
                        case DELETE_SUBSCR:
                            Ops.delItem(regs[sp - 2], regs[sp - 1]);
                            sp -= 2;
                            regs[sp] = regs[sp + 1] = null;
                            break;
                        case BUILD_SLICE:
                            sp = Builders.slice(regs, sp, arg);
                            break;
                        case BUILD_TUPLE:
                            sp = Builders.tuple(regs, sp, arg);
                            break;
                        case BUILD_LIST:
                            sp = Builders.list(regs, sp, arg);
                            break;
                        case BUILD_SET:
                            sp = Builders.set(regs, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = Builders.map(regs, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = Builders.string(regs, sp, arg);
                            break;
                        case LIST_APPEND:
                            ((PyList) regs[sp - 1 - arg]).append(regs[--sp]);
                            regs[sp] = null;
                            break;
                        case SET_ADD:
                            ((PySet) regs[sp - 1 - arg]).add(regs[--sp]);
                            regs[sp] = null;
                            break;
                        case MAP_ADD: {
                            PyObject v = regs[--sp];
                            PyObject k = regs[--sp];
                            regs[sp] = regs[sp + 1] = null;
                            ((PyDict) regs[sp - arg]).put(k, v);
                            break;
                        }
                        case LIST_EXTEND:
                            Builders.listExtend((PyList) regs[sp - 1 - arg], regs[--sp]);
                            regs[sp] = null;
                            break;
                        case SET_UPDATE:
                            Builders.setUpdate((PySet) regs[sp - 1 - arg], regs[--sp]);
                            regs[sp] = null;
                            break;
                        case DICT_UPDATE:
                            Builders.dictUpdate((PyDict) regs[sp - 1 - arg], regs[--sp], false);
                            regs[sp] = null;
                            break;
                        case DICT_MERGE:
                            Builders.dictUpdate((PyDict) regs[sp - 1 - arg], regs[--sp], true);
                            regs[sp] = null;
                            break;
                        case LIST_TO_TUPLE:
                            regs[sp - 1] = PyTuple.of(((PyList) regs[sp - 1]).toArray());
                            break;
                        case FORMAT_VALUE:
                            sp = Builders.formatValue(regs, sp, arg);
                            break;
                        case JUMP:
                            if (arg < pc && tierUp && Tiering.count(f.code, rt.jitThreshold)) {
                                f.sp = sp;
                                f.pc = arg;
                                rt.ticks = ticks;
                                return null;
                            }
                            pc = arg;
                            break;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = regs[--sp];
                            regs[sp] = null;
                            if (v == Py.FALSE || v != Py.TRUE && !Ops.isTrue(v)) {
                                pc = arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = regs[--sp];
                            regs[sp] = null;
                            if (v == Py.TRUE || v != Py.FALSE && Ops.isTrue(v)) {
                                pc = arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_NONE:
                            if (regs[--sp] == Py.NONE) {
                                pc = arg;
                            }
                            regs[sp] = null;
                            break;
                        case POP_JUMP_IF_NOT_NONE:
                            if (regs[--sp] != Py.NONE) {
                                pc = arg;
                            }
                            regs[sp] = null;
                            break;
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Ops.isTrue(regs[sp - 1])) {
                                pc = arg;
                            } else {
                                regs[--sp] = null;
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Ops.isTrue(regs[sp - 1])) {
                                pc = arg;
                            } else {
                                regs[--sp] = null;
                            }
                            break;
                        case GET_ITER:
                            regs[sp - 1] = Ops.iter(regs[sp - 1]);
                            break;
                        case FOR_ITER: {
                            PyObject it = regs[sp - 1];
                            if (it instanceof PyIterator ni) {
                                PyObject v = ni.next();
                                if (v != null) {
                                    regs[sp++] = v;
                                } else {
                                    regs[--sp] = null;
                                    pc = arg;
                                }
                                break;
                            }
                            f.sp = sp;
                            f.pc = pc;
                            if (Calls.forIterFrame(fb, f, it, arg) != null) {
                                rt.ticks = ticks;
                                return null;
                            }
                            sp = f.sp;
                            pc = f.pc;
                            break;
                        }
                        case KW_NAMES:
                            kwnames = Calls.names((PyTuple) f.code.consts[arg]);
                            break;
                        case CALL:
                        case CALL_METHOD: {
                            int base;
                            PyObject callee;
                            int nargs = arg;
                            if ((ins & 0xFF) == CALL) {
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
                            int resultAt = (ins & 0xFF) == CALL ? base - 1 : sp - arg - 2;
                            String[] kw = kwnames;
                            kwnames = null;
                            if (callee instanceof PyFunction fn && kw == null && Calls.isSimple(fn, nargs)) {
                                f.sp = sp;
                                f.pc = pc;
                                Calls.pushSimple(fb, f, fn, base, nargs, resultAt);
                                rt.ticks = ticks;
                                return null;
                            }
                            f.sp = sp;
                            f.pc = pc;
                            PyObject r = Calls.call(fb, f, callee, regs, base, nargs, kw, resultAt);
                            if (r != null) {
                                sp = resultAt;
                                for (int i = sp; i < f.sp; i++) {
                                    regs[i] = null;
                                }
                                if (r instanceof Signal) {
                                    f.sp = sp;
                                    Fiber.Stop s = Calls.signal(fb, f, (Signal) r);
                                    if (s != null || fb.top != f) {
                                        rt.ticks = ticks;
                                        return s;
                                    }
                                    sp = f.sp;
                                    break;
                                }
                                regs[sp++] = r;
                                break;
                            }
                            // a frame was pushed: the run loop continues with it
                            rt.ticks = ticks;
                            return null;
                        }
                        case CALL_FUNCTION_EX:
                        case MAKE_FUNCTION:
                        case LOAD_BUILD_CLASS:
                        case GET_YIELD_FROM_ITER:
                        case GET_AWAITABLE:
                        case GET_AITER:
                        case GET_ANEXT:
                        case END_ASYNC_FOR:
                        case BEFORE_WITH:
                        case BEFORE_ASYNC_WITH:
                        case WITH_EXCEPT_START:
                        case PUSH_EXC_INFO:
                        case POP_EXCEPT:
                        case CHECK_EXC_MATCH:
                        case UNPACK_SEQUENCE:
                        case UNPACK_EX:
                        case IMPORT_NAME:
                        case IMPORT_FROM:
                        case IMPORT_STAR:
                        case LOAD_ASSERTION_ERROR:
                        case PUSH_NULL:
                        case UNSUPPORTED:
                        case SETUP_ANNOTATIONS: {
                            f.sp = sp;
                            f.pc = pc;
                            Fiber.Stop s = Slow.execute(fb, f, ins & 0xFF, arg);
                            if (s != null || fb.top != f) {
                                rt.ticks = ticks;
                                return s;
                            }
                            sp = f.sp;
                            pc = f.pc;
                            break;
                        }
                        case RETURN_VALUE: {
                            PyObject v = regs[--sp];
                            if (f.mode == ExecFrame.CALL && f.gen == null) {
                                Frame caller = (Frame) f.back;
                                fb.top = caller;
                                fb.depth--;
                                caller.regs[caller.sp++] = v;
                                rt.ticks = ticks;
                                return null;
                            }
                            f.sp = sp;
                            f.pc = pc;
                            rt.ticks = ticks;
                            return Unwind.complete(fb, f, RETURNED, v, null);
                        }
                        case YIELD_VALUE: {
                            PyObject v = regs[--sp];
                            regs[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            rt.ticks = ticks;
                            return Unwind.complete(fb, f, YIELDED, v, null);
                        }
                        case SEND: {
                            f.sp = sp;
                            f.pc = pc;
                            Fiber.Stop s = Generators.send(fb, f, arg);
                            if (s != null || fb.top != f) {
                                rt.ticks = ticks;
                                return s;
                            }
                            sp = f.sp;
                            pc = f.pc;
                            break;
                        }
                        case RAISE_VARARGS:
                        case RERAISE: {
                            f.sp = sp;
                            f.pc = pc;
                            rt.ticks = ticks;
                            return Unwind.raiseOp(fb, f, ins & 0xFF, arg);
                        }
                        default:
                            throw new IllegalStateException("bad opcode " + Opcode.name(ins & 0xFF));
                    }
                }
            } catch (PyException e) {
                f.sp = sp;
                f.pc = pc;
                rt.ticks = ticks;
                kwnames = null;
                Fiber.Stop s = Unwind.raise(fb, f, e.exc, false);
                if (s != null || fb.top != f) {
                    return s;
                }
                sp = f.sp;
                pc = f.pc;
            } catch (BudgetExceeded e) {
                throw e;
            } catch (StackOverflowError e) {
                f.sp = sp;
                f.pc = pc;
                rt.ticks = ticks;
                return Unwind.raise(fb, f, PyException.recursion("maximum recursion depth exceeded").exc, false);
            } catch (RuntimeException e) {
                f.sp = sp;
                f.pc = pc;
                rt.ticks = ticks;
                return Unwind.raise(fb, f, Unwind.internalError(e).exc, false);
            }
        }
    }

    /** Pushes a call of callable onto fb (used by natives and the kernel); see Fiber#pushCall. */
    static void pushCall(Fiber fb, PyObject callable, PyObject[] args, String[] kwnames, int mode) {
        Calls.pushCall(fb, callable, args, kwnames, mode);
    }
}
