package io.looplab.vm;

/**
 * An activation on a fiber's explicit stack: a Python {@link Frame} or a Java
 * {@link NativeFrame}. {@link #mode} says how this frame's outcome is delivered to {@link #back}.
 */
public abstract class ExecFrame {
    /** The outcome ends {@link Interpreter#run}: this is the bottom of what the driver asked to run. */
    public static final int BOUNDARY = 0;
    /** An ordinary call: the return value is pushed on the caller's stack. */
    public static final int CALL = 1;
    /** {@code __init__} of a class call: it must return None; the new instance is pushed. */
    public static final int INIT = 2;
    /** A generator driven by FOR_ITER: a yield is the next item, a return ends the loop. */
    public static final int ITER = 3;
    /** A delegate driven by SEND (await, yield from). */
    public static final int SEND = 4;
    /** Resumed by next()/send()/throw(): a yield is the call's result, a return raises StopIteration. */
    public static final int NEXT = 5;
    /** The caller is a NativeFrame: it gets the outcome as an event. */
    public static final int NATIVE = 6;
    /** Resumed by close(): yielding is a RuntimeError, finishing or GeneratorExit return None. */
    public static final int CLOSE = 7;
    /** Like NEXT but an exhausted generator yields frame.aux (next(it, default)). */
    public static final int NEXT_DEFAULT = 8;
    /** A user-defined __next__ driven by FOR_ITER: its return value is the item, StopIteration ends the loop. */
    public static final int ITER_CALL = 9;

    public ExecFrame back;
    public int mode;
}
