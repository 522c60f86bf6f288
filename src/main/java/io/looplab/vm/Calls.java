package io.looplab.vm;

/**
 * Calling things from the interpreter: Python functions become new frames (no Java
 * recursion), natives run directly, classes allocate and push their __init__.
 */
final class Calls {
    private Calls() {
    }

    /** A call the interpreter can bind by copying: exact positional arguments, no cells, not a generator. */
    static boolean isSimple(PyFunction fn, int nargs) {
        Code c = fn.code;
        return c.flags == 0 && c.argCount == nargs && c.kwOnlyCount == 0 && c.cellVars.length == 0
                && c.freeVars.length == 0;
    }

    /** Pushes the frame of a simple call; its return value will land at resultAt in f. */
    static void pushSimple(Fiber fb, Frame f, PyFunction fn, int base, int nargs, int resultAt) {
        if (fb.depth >= fb.runtime.recursionLimit) {
            throw PyException.recursion("maximum recursion depth exceeded");
        }
        Frame nf = new Frame(fn.code, fn.globals, fb.runtime.builtins);
        PyObject[] regs = f.regs;
        System.arraycopy(regs, base, nf.regs, 0, nargs);
        for (int i = resultAt; i < f.sp; i++) {
            regs[i] = null;
        }
        f.sp = resultAt;
        nf.back = f;
        nf.mode = ExecFrame.CALL;
        fb.top = nf;
        fb.depth++;
    }

    static String[] names(PyTuple t) {
        String[] r = new String[t.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = ((PyStr) t.get(i)).value;
        }
        return r;
    }

    /**
     * Calls callee with regs[base .. base+nargs) as arguments. Returns the result (possibly a
     * Signal), or null after pushing a Python frame whose return value will land at resultAt
     * in f (f.sp is then resultAt).
     */
    static PyObject call(Fiber fb, Frame f, PyObject callee, PyObject[] regs, int base, int nargs, String[] kw,
                         int resultAt) {
        if (callee instanceof PyFunction fn) {
            return callFunction(fb, f, fn, null, regs, base, nargs, kw, resultAt, ExecFrame.CALL, null);
        }
        if (callee instanceof PyBoundMethod m && m.function instanceof PyFunction fn) {
            return callFunction(fb, f, fn, m.self, regs, base, nargs, kw, resultAt, ExecFrame.CALL, null);
        }
        if (callee instanceof PyBuiltinFunction b && kw == null && b.self == null) {
            switch (nargs) {
                case 0:
                    if (b.f0 != null) {
                        return b.f0.call();
                    }
                    break;
                case 1:
                    if (b.f1 != null) {
                        return b.f1.call(regs[base]);
                    }
                    break;
                case 2:
                    if (b.f2 != null) {
                        return b.f2.call(regs[base], regs[base + 1]);
                    }
                    break;
                case 3:
                    if (b.f3 != null) {
                        return b.f3.call(regs[base], regs[base + 1], regs[base + 2]);
                    }
                    break;
                default:
                    break;
            }
        }
        if (callee instanceof PyType t) {
            return Classes.call(fb, f, t, regs, base, nargs, kw, resultAt);
        }
        PyObject[] args = new PyObject[nargs];
        System.arraycopy(regs, base, args, 0, nargs);
        return callGeneric(fb, f, callee, args, kw, resultAt);
    }

    /** A call with arguments in an array (CALL_FUNCTION_EX, __call__, bound natives). */
    static PyObject callGeneric(Fiber fb, Frame f, PyObject callee, PyObject[] args, String[] kw, int resultAt) {
        if (callee instanceof PyFunction fn) {
            return callFunction(fb, f, fn, null, args, 0, args.length, kw, resultAt, ExecFrame.CALL, null);
        }
        if (callee instanceof PyBoundMethod m) {
            if (m.function instanceof PyFunction fn) {
                return callFunction(fb, f, fn, m.self, args, 0, args.length, kw, resultAt, ExecFrame.CALL, null);
            }
            return callGeneric(fb, f, m.function, prepend(m.self, args), kw, resultAt);
        }
        if (callee instanceof PyBuiltinFunction b) {
            return b.call(args, kw);
        }
        if (callee instanceof PyType t) {
            return Classes.call(fb, f, t, args, 0, args.length, kw, resultAt);
        }
        PyObject call = callee.type().lookup("__call__");
        if (call == null) {
            throw PyException.type("'" + callee.type().name() + "' object is not callable");
        }
        return callGeneric(fb, f, call, prepend(callee, args), kw, resultAt);
    }

    static PyObject[] prepend(PyObject self, PyObject[] args) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }

    /**
     * Binds arguments into a new frame for fn. A generator function returns its new generator;
     * anything else pushes the frame (with mode and aux) and returns null.
     */
    static PyObject callFunction(Fiber fb, Frame f, PyFunction fn, PyObject self, PyObject[] args, int base,
                                 int nargs, String[] kw, int resultAt, int mode, PyObject aux) {
        Frame nf = newFrame(fb.runtime, fn, self, args, base, nargs, kw);
        if (fn.code.isGenerator()) {
            return Generators.create(fn, nf);
        }
        if (fb.depth >= fb.runtime.recursionLimit) {
            throw PyException.recursion("maximum recursion depth exceeded");
        }
        if (f != null) {
            for (int i = resultAt; i < f.sp; i++) {
                f.regs[i] = null;
            }
            f.sp = resultAt;
        }
        nf.aux = aux;
        fb.push(nf, mode);
        fb.depth++;
        return null;
    }

    static Frame newFrame(Runtime rt, PyFunction fn, PyObject self, PyObject[] args, int base, int nargs,
                          String[] kw) {
        Code code = fn.code;
        Frame nf = new Frame(code, fn.globals, rt.builtins);
        ArgBinder.bind(fn, nf.regs, self, args, base, nargs, kw);
        int nl = code.nlocals();
        for (int i = 0; i < code.cellVars.length; i++) {
            int a = code.cellArgs[i];
            nf.regs[nl + i] = new PyCell(a >= 0 ? nf.regs[a] : null);
        }
        PyCell[] closure = fn.closure;
        for (int i = 0; i < code.freeVars.length; i++) {
            nf.regs[nl + code.cellVars.length + i] = closure[i];
        }
        return nf;
    }

    /** Acts on a native's Signal: push the requested frame, or suspend the fiber. */
    static Fiber.Stop signal(Fiber fb, Frame f, Signal s) {
        if (s instanceof Suspension susp) {
            fb.suspension = susp;
            return Fiber.Stop.SUSPENDED;
        }
        Control c = (Control) s;
        if (c.frame instanceof Frame nf) {
            if (nf.gen != null) {
                nf.gen.markRunning(fb);
            }
            nf.aux = c.aux;
            fb.push(nf, c.mode);
            fb.depth++;
        } else {
            fb.push(c.frame, c.mode);
        }
        return null;
    }

    /**
     * FOR_ITER on an iterator that is not a native PyIterator. Returns the frame to run next
     * (a generator's, or a user __next__), or null when handled here (f.sp / f.pc updated).
     */
    static Frame forIterFrame(Fiber fb, Frame f, PyObject it, int exitTarget) {
        if (it instanceof PyGenerator g && !g.isCoroutine() && !g.isAsyncGenerator()) {
            if (g.state() == PyGenerator.State.CLOSED) {
                f.regs[--f.sp] = null;
                f.pc = exitTarget;
                return null;
            }
            Frame gf = g.prepareSend(Py.NONE);
            g.markRunning(fb);
            fb.push(gf, ExecFrame.ITER);
            fb.depth++;
            return gf;
        }
        PyObject next = it.type().lookup("__next__");
        if (next instanceof PyFunction fn) {
            callFunction(fb, null, fn, it, new PyObject[0], 0, 0, null, 0, ExecFrame.ITER_CALL, null);
            return (Frame) fb.top;
        }
        PyObject v = Ops.next(it);
        if (v != null) {
            f.regs[f.sp++] = v;
        } else {
            f.regs[--f.sp] = null;
            f.pc = exitTarget;
        }
        return null;
    }

    /** Starts a call on fb's stack for a driver (kernel, native frame); see Fiber#pushCall. */
    static void pushCall(Fiber fb, PyObject callable, PyObject[] args, String[] kw, int mode) {
        PyObject target = callable;
        PyObject self = null;
        if (target instanceof PyBoundMethod m && m.function instanceof PyFunction) {
            self = m.self;
            target = m.function;
        }
        if (target instanceof PyFunction fn && !fn.code.isGenerator()) {
            Frame nf = newFrame(fb.runtime, fn, self, args, 0, args.length, kw);
            fb.push(nf, mode);
            fb.depth++;
            return;
        }
        fb.push(new NativeCall(callable, args, kw), mode);
    }
}
