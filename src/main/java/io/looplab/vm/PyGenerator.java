package io.looplab.vm;

/**
 * A generator, coroutine or async generator: it owns one suspended frame. send/throw/close do
 * not run the frame themselves; they prepare it and return a {@link Control} so the caller's
 * interpreter pushes it (no Java recursion, so a suspension deep inside still works).
 */
public final class PyGenerator extends PyObject {
    public static final PyType GENERATOR = PyType.builtin("generator", PyType.OBJECT, null, GeneratorMethods::defineGenerator);
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT, null, GeneratorMethods::defineCoroutine);
    public static final PyType ASYNC_GENERATOR =
            PyType.builtin("async_generator", PyType.OBJECT, null, GeneratorMethods::defineAsyncGenerator);

    /** Lifecycle, as CPython's gi_frame_state. */
    public enum State { CREATED, SUSPENDED, RUNNING, CLOSED }

    public final Frame frame;
    private final PyType type;
    public String name;
    public String qualname;
    State state = State.CREATED;
    /** The handled exception inside the generator while it is suspended. */
    PyBaseException savedHandled;
    /** The caller's handled exception while the generator runs. */
    PyBaseException callerHandled;
    /** For coroutines: true once awaited or driven, for "never awaited" diagnostics. */
    public boolean started;
    /** An async generator being closed by aclose(): yielding again is an error. */
    boolean closing;

    PyGenerator(Frame frame, PyType type, String name, String qualname) {
        this.frame = frame;
        this.type = type;
        this.name = name;
        this.qualname = qualname;
        frame.gen = this;
    }

    @Override
    public PyType type() {
        return type;
    }

    public boolean isCoroutine() {
        return type == COROUTINE;
    }

    public boolean isAsyncGenerator() {
        return type == ASYNC_GENERATOR;
    }

    public State state() {
        return state;
    }

    public boolean isFinished() {
        return state == State.CLOSED;
    }

    /** What a suspended coroutine is awaiting (cr_await / gi_yieldfrom), or null. */
    public PyObject awaiting() {
        return state == State.SUSPENDED ? frame.delegate() : null;
    }

    private String kindName() {
        return type == COROUTINE ? "coroutine" : type == ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /**
     * Prepares the frame to receive value (send) and returns the frame to push, or throws when
     * the generator cannot be resumed. A closed generator raises StopIteration (or, for a
     * coroutine, RuntimeError: cannot reuse already awaited coroutine).
     */
    public Frame prepareSend(PyObject value) {
        checkNotRunning();
        if (state == State.CLOSED) {
            if (type == COROUTINE) {
                throw PyException.runtime("cannot reuse already awaited coroutine");
            }
            throw PyException.stopIteration(Py.NONE);
        }
        if (state == State.CREATED) {
            if (value != Py.NONE) {
                throw PyException.type("can't send non-None value to a just-started " + kindName());
            }
        } else {
            frame.regs[frame.sp++] = value;
        }
        started = true;
        return frame;
    }

    /**
     * Prepares the frame so that resuming it raises exc where it is suspended (or throws it into
     * the object it delegates to). Returns the frame to push, or null when the generator is
     * finished by this (a not-started or closed generator): then the caller raises exc itself.
     */
    public Frame prepareThrow(PyBaseException exc) {
        checkNotRunning();
        if (state == State.CREATED) {
            state = State.CLOSED;
            return null;
        }
        if (state == State.CLOSED) {
            return null;
        }
        started = true;
        int ins = frame.code.ops[frame.pc - 1];
        if ((ins & 0xFF) == Opcode.YIELD_VALUE && (ins >>> 8) == 1) {
            // suspended inside an await / yield-from loop: back up to its SEND and throw into the delegate
            frame.pc = frame.pc - 2;
            frame.pendingThrow = exc;
            frame.regs[frame.sp++] = Py.NONE;
        } else {
            frame.pendingRaise = exc;
        }
        return frame;
    }

    private void checkNotRunning() {
        if (state == State.RUNNING) {
            throw PyException.value(kindName() + " already executing");
        }
    }

    void markRunning(Fiber fiber) {
        state = State.RUNNING;
        callerHandled = fiber.handled;
        if (savedHandled != null) {
            fiber.handled = savedHandled;
        }
    }

    void markSuspended(Fiber fiber) {
        state = State.SUSPENDED;
        savedHandled = fiber.handled == callerHandled ? null : fiber.handled;
        fiber.handled = callerHandled;
    }

    void markClosed(Fiber fiber) {
        state = State.CLOSED;
        fiber.handled = callerHandled;
        savedHandled = null;
    }

    /** Marks a never-started or suspended generator closed without running it (close() on CREATED). */
    public void forceClose() {
        state = State.CLOSED;
    }
}
