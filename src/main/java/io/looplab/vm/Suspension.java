package io.looplab.vm;

/**
 * Returned by a native to say "suspend this fiber" (sleep, wait on a lock, switch greenlet).
 * The interpreter hands it to whoever drives the fiber, which later resumes the fiber with
 * the call's result ({@link Fiber#resume}) or an exception ({@link Fiber#resumeThrow}).
 */
public abstract class Suspension extends Signal {
    public static final PyType TYPE = PyType.builtin("suspension", PyType.OBJECT, null, t -> { });

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Human-readable: what the fiber waits for ("sleep until 1.000", "lock held by Thread-1"). */
    public abstract String describe();
}
