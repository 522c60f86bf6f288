package io.looplab.vm;

/**
 * A Java state machine living on a fiber's explicit stack, so that native code which runs
 * Python code (an event loop running task steps, asyncio.run) can be suspended and resumed
 * like Python frames. The interpreter calls {@link #step} with what just happened; the frame
 * answers with what to do next.
 */
public abstract class NativeFrame extends ExecFrame {
    /** First activation. */
    public static final int START = 0;
    /** A child frame returned {@code value}. */
    public static final int CHILD_RETURNED = 1;
    /** A child generator frame yielded {@code value}. */
    public static final int CHILD_YIELDED = 2;
    /** A child frame raised {@code error}. */
    public static final int CHILD_RAISED = 3;
    /** The fiber was resumed after this frame suspended, with {@code value}. */
    public static final int RESUMED = 4;
    /** The fiber was resumed after this frame suspended, with {@code error} thrown in. */
    public static final int THROWN = 5;

    /** Answer: a child was pushed with {@link Fiber#push}; run it. */
    public static final int CONTINUE = 0;
    /** Answer: this frame is finished; its result is in {@link Fiber#value}. */
    public static final int RETURN = 1;
    /** Answer: this frame raises {@link Fiber#error}. */
    public static final int RAISE = 2;
    /** Answer: the fiber suspends with {@link Fiber#suspension}. */
    public static final int SUSPEND = 3;

    /** Advance the state machine after {@code event}. */
    public abstract int step(Fiber fiber, int event, PyObject value, PyBaseException error);

    /** What to show in tracebacks for this frame (may be null to show nothing). */
    public String describe() {
        return null;
    }
}
