package io.looplab.vm;

import static io.looplab.vm.Interpreter.RAISED;
import static io.looplab.vm.Interpreter.RETURNED;
import static io.looplab.vm.Interpreter.YIELDED;

/**
 * What happens when a frame ends (returns, yields, raises): the frame is popped and its
 * outcome is delivered to the frame below according to the mode it was pushed with.
 * Exceptions look for a handler in the exception table, frame by frame.
 */
final class Unwind {
    private Unwind() {
    }

    /** Frame f ends with an outcome. Returns a stop, or null to go on with fb.top. */
    static Fiber.Stop complete(Fiber fb, ExecFrame f, int kind, PyObject value, PyBaseException exc) {
        while (true) {
            if (f instanceof Frame fr && fr.gen != null) {
                if (kind == YIELDED) {
                    fr.gen.markSuspended(fb);
                } else {
                    fr.gen.markClosed(fb);
                    if (kind == RAISED) {
                        exc = stopIterationInGenerator(fr.gen, exc);
                    }
                }
                if (fr.gen.isAsyncGenerator()) {
                    AsyncGenAwaitable.Outcome o = AsyncGenAwaitable.convert(fr, kind, value, exc);
                    kind = o.kind();
                    value = o.value();
                    exc = o.exc();
                }
            }
            ExecFrame back = f.back;
            int mode = f.mode;
            fb.top = back;
            f.back = null;
            if (f instanceof Frame) {
                fb.depth--;
            }
            if (mode == ExecFrame.BOUNDARY) {
                return stopAtBoundary(fb, kind, value, exc);
            }
            if (mode == ExecFrame.NATIVE) {
                fb.pendingEvent = kind == RETURNED ? NativeFrame.CHILD_RETURNED
                        : kind == YIELDED ? NativeFrame.CHILD_YIELDED : NativeFrame.CHILD_RAISED;
                fb.pendingValue = value;
                fb.pendingError = exc;
                return null;
            }
            Frame c = (Frame) back;
            PyBaseException raise = deliver(c, f, mode, kind, value, exc);
            if (raise == null) {
                return null;
            }
            // the outcome is an exception raised in c at its current instruction
            c.addTracebackEntry(raise);
            int h = c.code.findHandler(c.pc - 1);
            if (h >= 0) {
                enterHandler(c, h, raise);
                return null;
            }
            f = c;
            kind = RAISED;
            exc = raise;
            value = null;
        }
    }

    private static Fiber.Stop stopAtBoundary(Fiber fb, int kind, PyObject value, PyBaseException exc) {
        if (kind == RAISED) {
            fb.error = exc;
            return Fiber.Stop.RAISED;
        }
        fb.value = value;
        return kind == RETURNED ? Fiber.Stop.FINISHED : Fiber.Stop.YIELDED;
    }

    /**
     * Hands f's outcome to consumer frame c. Returns null when c can simply continue, or the
     * exception that c must now raise.
     */
    private static PyBaseException deliver(Frame c, ExecFrame f, int mode, int kind, PyObject value,
                                           PyBaseException exc) {
        PyObject aux = f instanceof Frame fr ? fr.aux : null;
        if (f instanceof Frame fr) {
            fr.aux = null;
        }
        if (kind == RAISED) {
            if (mode == ExecFrame.CLOSE && (exc.isInstance(ExceptionTypes.GENERATOR_EXIT)
                    || exc.isInstance(ExceptionTypes.STOP_ITERATION))) {
                c.regs[c.sp++] = Py.NONE;
                return null;
            }
            if (mode == ExecFrame.ITER_CALL && exc.isInstance(ExceptionTypes.STOP_ITERATION)) {
                endLoop(c);
                return null;
            }
            return exc;
        }
        if (kind == YIELDED) {
            if (mode == ExecFrame.CLOSE) {
                return PyException.runtime("generator ignored GeneratorExit").exc;
            }
            c.regs[c.sp++] = value;
            return null;
        }
        switch (mode) {
            case ExecFrame.CALL, ExecFrame.ITER_CALL -> c.regs[c.sp++] = value;
            case ExecFrame.INIT -> {
                if (value != Py.NONE) {
                    return PyException.type("__init__() should return None, not '" + value.type().name() + "'").exc;
                }
                c.regs[c.sp++] = aux;
            }
            case ExecFrame.ITER -> endLoop(c);
            case ExecFrame.SEND -> {
                c.regs[c.sp - 1] = value;
                c.pc = c.code.ops[c.pc - 1] >>> 8;
            }
            case ExecFrame.NEXT -> {
                return PyException.stopIteration(value).exc;
            }
            case ExecFrame.NEXT_DEFAULT -> c.regs[c.sp++] = aux;
            case ExecFrame.CLOSE -> c.regs[c.sp++] = Py.NONE;
            default -> throw new IllegalStateException("bad frame mode " + mode);
        }
        return null;
    }

    /** FOR_ITER's iterator is exhausted: pop it and jump to the loop exit. */
    private static void endLoop(Frame c) {
        c.regs[--c.sp] = null;
        c.pc = c.code.ops[c.pc - 1] >>> 8;
    }

    /** Raises exc in frame f (at f.pc - 1). reraise: do not add a traceback entry for f. */
    static Fiber.Stop raise(Fiber fb, Frame f, PyBaseException exc, boolean reraise) {
        if (!reraise) {
            if (exc.context == null && fb.handled != null && fb.handled != exc) {
                exc.context = fb.handled;
            }
            f.addTracebackEntry(exc);
        }
        int h = f.code.findHandler(f.pc - 1);
        if (h >= 0) {
            enterHandler(f, h, exc);
            return null;
        }
        return complete(fb, f, RAISED, null, exc);
    }

    private static void enterHandler(Frame f, int h, PyBaseException exc) {
        int[] t = f.code.exceptionTable;
        int base = f.code.nlocals() + f.code.ncells();
        int depth = base + t[h + 3];
        for (int i = depth; i < f.sp; i++) {
            f.regs[i] = null;
        }
        f.sp = depth;
        f.regs[f.sp++] = exc;
        f.pc = t[h + 2];
    }

    /** RAISE_VARARGS and RERAISE. */
    static Fiber.Stop raiseOp(Fiber fb, Frame f, int op, int arg) {
        PyObject[] regs = f.regs;
        if (op == Opcode.RERAISE) {
            PyBaseException exc = (PyBaseException) regs[--f.sp];
            regs[f.sp] = null;
            if (arg == 1) {
                PyObject prev = regs[--f.sp];
                regs[f.sp] = null;
                fb.handled = prev == Py.NONE ? null : (PyBaseException) prev;
            }
            return raise(fb, f, exc, true);
        }
        if (arg == 0) {
            PyBaseException cur = fb.handled;
            if (cur == null) {
                return raise(fb, f, PyException.runtime("No active exception to reraise").exc, false);
            }
            return raise(fb, f, cur, true);
        }
        PyObject cause = null;
        if (arg == 2) {
            cause = regs[--f.sp];
            regs[f.sp] = null;
        }
        PyObject e = regs[--f.sp];
        regs[f.sp] = null;
        PyBaseException exc;
        try {
            exc = Exceptions.instantiate(e);
            if (cause != null) {
                exc.cause = cause == Py.NONE ? null : Exceptions.instantiateCause(cause);
                exc.suppressContext = true;
            }
        } catch (PyException bad) {
            exc = bad.exc;
        }
        return raise(fb, f, exc, false);
    }

    /** PEP 479: StopIteration escaping a generator becomes RuntimeError. */
    private static PyBaseException stopIterationInGenerator(PyGenerator g, PyBaseException exc) {
        boolean stop = exc.isInstance(ExceptionTypes.STOP_ITERATION);
        boolean stopAsync = g.isAsyncGenerator() && exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION);
        if (!stop && !stopAsync) {
            return exc;
        }
        String kind = g.isCoroutine() ? "coroutine" : g.isAsyncGenerator() ? "async generator" : "generator";
        PyBaseException r = PyException.runtime(kind + " raised " + exc.type().name()).exc;
        r.cause = exc;
        r.context = exc;
        r.suppressContext = true;
        return r;
    }

    /** A Java exception escaping a native is a bug in LoopLab: surface it as SystemError, never a crash. */
    static PyException internalError(RuntimeException e) {
        if (e instanceof ClassCastException) {
            return PyException.type("LoopLab: unexpected argument type (" + e.getMessage() + ")");
        }
        return PyException.of(ExceptionTypes.SYSTEM_ERROR, "LoopLab internal error: " + e);
    }
}
