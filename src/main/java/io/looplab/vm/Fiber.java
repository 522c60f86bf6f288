package io.looplab.vm;

/**
 * One stack of frames that runs until it finishes, raises or suspends: the main program, a
 * simulated OS thread, or a greenlet. The kernel owns fibers and decides which runs; the
 * interpreter only runs the one it is given ({@link Interpreter#run}).
 */
public final class Fiber {
    /** Why {@link Interpreter#run} returned. */
    public enum Stop { FINISHED, RAISED, YIELDED, SUSPENDED }

    public final Runtime runtime;
    ExecFrame top;
    /** The exception being handled (sys.exc_info()), or null. */
    PyBaseException handled;
    int depth;
    /** Set when run() stops: the result (FINISHED, YIELDED) or a NativeFrame's RETURN value. */
    public PyObject value;
    /** Set when run() stops with RAISED, or by a NativeFrame answering RAISE. */
    public PyBaseException error;
    /** Set when run() stops with SUSPENDED, or by a NativeFrame answering SUSPEND. */
    public Suspension suspension;
    /** The event a NativeFrame on top receives next (see NativeFrame constants). */
    int pendingEvent = NativeFrame.START;
    PyObject pendingValue;
    PyBaseException pendingError;
    /** Free for the kernel: the agent or greenlet this fiber belongs to. */
    public Object owner;
    /** Why compiled code left its frame, when a helper decided it (see JitSupport#leave). */
    Fiber.Stop jitStop;

    public Fiber(Runtime runtime) {
        this.runtime = runtime;
    }

    public ExecFrame top() {
        return top;
    }

    public boolean isDone() {
        return top == null;
    }

    /** Pushes a frame on top; its outcome goes to the frame below according to mode. */
    public void push(ExecFrame f, int mode) {
        f.back = top;
        f.mode = mode;
        top = f;
        if (f instanceof NativeFrame) {
            pendingEvent = NativeFrame.START;
            pendingValue = null;
            pendingError = null;
        }
    }

    /** Pushes a generator's or coroutine's frame (prepared by prepareSend/prepareThrow) to run now. */
    public void pushGenerator(PyGenerator g, Frame f, int mode) {
        g.markRunning(this);
        push(f, mode);
        depth++;
    }

    /** Starts a call of a Python callable as the bottom of this fiber (or atop a native frame). */
    public void pushCall(PyObject callable, PyObject[] args, int mode) {
        Interpreter.pushCall(this, callable, args, null, mode);
    }

    /** Like {@link #pushCall(PyObject, PyObject[], int)}; kwnames names the last values of args. */
    public void pushCall(PyObject callable, PyObject[] args, String[] kwnames, int mode) {
        Interpreter.pushCall(this, callable, args, kwnames, mode);
    }

    /** Resumes a suspended fiber: the suspending call returns value. */
    public void resume(PyObject value) {
        if (top instanceof Frame f) {
            f.regs[f.sp++] = value;
        } else {
            pendingEvent = NativeFrame.RESUMED;
            pendingValue = value;
        }
        suspension = null;
    }

    /** Resumes a suspended fiber: the suspending call raises e. */
    public void resumeThrow(PyBaseException e) {
        if (top instanceof Frame f) {
            f.pendingThrow = null;
            f.aux = null;
            Interpreter.setPendingRaise(this, e);
        } else {
            pendingEvent = NativeFrame.THROWN;
            pendingError = e;
        }
        suspension = null;
    }

    /** The innermost Python frame (skipping native frames), or null. */
    public Frame currentFrame() {
        for (ExecFrame f = top; f != null; f = f.back) {
            if (f instanceof Frame fr) {
                return fr;
            }
        }
        return null;
    }

    /** The line the innermost Python frame is executing, or 0. */
    public int currentLine() {
        Frame f = currentFrame();
        return f == null ? 0 : f.line();
    }

    public PyBaseException handledException() {
        return handled;
    }
}
