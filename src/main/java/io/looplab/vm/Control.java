package io.looplab.vm;

/**
 * Returned by a native to ask the interpreter to push a frame (resume a generator for next()
 * or send(), run asyncio's loop as a NativeFrame). The frame's outcome becomes the call's
 * result according to {@link #mode}. Never visible to Python code.
 */
public final class Control extends Signal {
    public final ExecFrame frame;
    public final int mode;
    public final PyObject aux;

    private Control(ExecFrame frame, int mode, PyObject aux) {
        this.frame = frame;
        this.mode = mode;
        this.aux = aux;
    }

    public static Control push(ExecFrame frame, int mode) {
        return new Control(frame, mode, null);
    }

    public static Control push(ExecFrame frame, int mode, PyObject aux) {
        return new Control(frame, mode, aux);
    }

    @Override
    public PyType type() {
        return Suspension.TYPE;
    }
}
