package io.looplab.vm;

/** Creating generators and the SEND instruction that drives await and yield from. */
final class Generators {
    private Generators() {
    }

    static PyGenerator create(PyFunction fn, Frame frame) {
        int flags = fn.code.flags;
        PyType type = (flags & Code.COROUTINE) != 0 ? PyGenerator.COROUTINE
                : (flags & Code.ASYNC_GENERATOR) != 0 ? PyGenerator.ASYNC_GENERATOR : PyGenerator.GENERATOR;
        return new PyGenerator(frame, type, fn.name, fn.qualname);
    }

    /**
     * SEND: stack receiver, value. Resumes the receiver with value (or throws f.pendingThrow
     * into it). A Python receiver's frame is pushed (its outcome arrives via Unwind); a native
     * one answers at once: a yielded value is pushed, completion pops the receiver, pushes the
     * result and jumps to target.
     */
    static Fiber.Stop send(Fiber fb, Frame f, int target) {
        PyObject value = f.regs[--f.sp];
        f.regs[f.sp] = null;
        PyObject recv = f.regs[f.sp - 1];
        PyBaseException thrown = f.pendingThrow;
        f.pendingThrow = null;
        if (recv instanceof PyGenerator g) {
            return resume(fb, f, g, value, thrown);
        }
        if (recv instanceof CoroutineWrapper w) {
            return resume(fb, f, w.coro, value, thrown);
        }
        if (recv instanceof AsyncGenAwaitable a) {
            Frame gf = a.prepare(value, thrown);
            if (gf == null) {
                f.regs[f.sp - 1] = Py.NONE;
                f.pc = target;
                return null;
            }
            a.agen.markRunning(fb);
            fb.push(gf, ExecFrame.SEND);
            fb.depth++;
            return null;
        }
        PyObject r;
        if (recv instanceof NativeCoroutine nc) {
            r = thrown != null ? nc.throwIn(thrown) : nc.send(value);
            if (r == NativeCoroutine.DONE) {
                r = null;
                f.regs[f.sp - 1] = nc.result();
                f.pc = target;
                return null;
            }
        } else {
            r = sendToIterator(recv, value, thrown);
            if (r == null) {
                f.regs[f.sp - 1] = Py.NONE;
                f.pc = target;
                return null;
            }
        }
        f.regs[f.sp++] = r;
        return null;
    }

    private static Fiber.Stop resume(Fiber fb, Frame f, PyGenerator g, PyObject value, PyBaseException thrown) {
        Frame gf;
        if (thrown != null) {
            if (thrown.isInstance(ExceptionTypes.GENERATOR_EXIT) && g.state() == PyGenerator.State.SUSPENDED) {
                // CPython closes the delegate first, then raises GeneratorExit here
                Ops.callMethod(g, "close");
                throw thrown.toJava();
            }
            gf = g.prepareThrow(thrown);
            if (gf == null) {
                throw thrown.toJava();
            }
        } else {
            gf = g.prepareSend(value);
        }
        g.markRunning(fb);
        fb.push(gf, ExecFrame.SEND);
        fb.depth++;
        return null;
    }

    /** yield from over a plain iterator: next() for None, else its send(); null when exhausted. */
    private static PyObject sendToIterator(PyObject it, PyObject value, PyBaseException thrown) {
        if (thrown != null) {
            PyObject m = Attributes.lookupOrNull(it, "throw");
            if (m == null) {
                throw thrown.toJava();
            }
            return Ops.call(m, thrown);
        }
        if (value == Py.NONE) {
            return Ops.next(it);
        }
        try {
            return Ops.callMethod(it, "send", value);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}
