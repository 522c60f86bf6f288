package io.looplab.vm;

/**
 * The awaitable that async_generator.__anext__ / asend / athrow / aclose return. Awaiting it
 * runs the async generator's frame until its next plain `yield` (which completes the await with
 * that value) or its end (StopAsyncIteration); awaits inside the generator pass through to
 * whoever drives the outer task.
 */
public final class AsyncGenAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT, null, t -> {
        t.define("__await__", PyBuiltinFunction.method1("async_generator_asend", "__await__", a -> a));
    });

    final PyGenerator agen;
    private final PyObject firstValue;
    private final PyBaseException firstThrow;
    private boolean started;

    AsyncGenAwaitable(PyGenerator agen, PyObject firstValue, PyBaseException firstThrow) {
        this.agen = agen;
        this.firstValue = firstValue;
        this.firstThrow = firstThrow;
    }

    static PyObject close(PyGenerator agen) {
        if (agen.state() != PyGenerator.State.SUSPENDED) {
            agen.forceClose();
            return new AsyncGenAwaitable(agen, Py.NONE, null).alreadyDone();
        }
        agen.closing = true;
        return new AsyncGenAwaitable(agen, Py.NONE, new PyBaseException(ExceptionTypes.GENERATOR_EXIT));
    }

    private boolean done;

    private AsyncGenAwaitable alreadyDone() {
        done = true;
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The async generator this awaitable drives. */
    public PyGenerator generator() {
        return agen;
    }

    /** The frame to resume for a SEND of value (or a throw), or null when the await completes at once. */
    Frame prepare(PyObject value, PyBaseException thrown) {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            if (firstThrow != null) {
                Frame f = agen.prepareThrow(firstThrow);
                if (f == null) {
                    if (agen.closing) {
                        return null;
                    }
                    throw firstThrow.toJava();
                }
                return f;
            }
            if (agen.state() == PyGenerator.State.CLOSED) {
                throw PyException.of(ExceptionTypes.STOP_ASYNC_ITERATION, "");
            }
            return agen.prepareSend(firstValue);
        }
        Frame f = thrown != null ? agen.prepareThrow(thrown) : agen.prepareSend(value);
        if (f == null) {
            throw thrown.toJava();
        }
        return f;
    }

    /** How an async generator frame's outcome looks to the awaiter of its asend/athrow/aclose. */
    record Outcome(int kind, PyObject value, PyBaseException exc) {
    }

    static Outcome convert(Frame fr, int kind, PyObject value, PyBaseException exc) {
        PyGenerator g = fr.gen;
        boolean closing = g.closing;
        if (kind == Interpreter.YIELDED) {
            int ins = fr.code.ops[fr.pc - 1];
            boolean plainYield = (ins & 0xFF) == Opcode.YIELD_VALUE && (ins >>> 8) == 0;
            if (!plainYield) {
                return new Outcome(kind, value, exc);
            }
            if (closing) {
                g.closing = false;
                return new Outcome(Interpreter.RAISED, null,
                        PyException.runtime("async generator ignored GeneratorExit").exc);
            }
            return new Outcome(Interpreter.RETURNED, value, null);
        }
        g.closing = false;
        if (kind == Interpreter.RETURNED) {
            return closing ? new Outcome(Interpreter.RETURNED, Py.NONE, null)
                    : new Outcome(Interpreter.RAISED, null, new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION));
        }
        if (closing && (exc.isInstance(ExceptionTypes.GENERATOR_EXIT) || exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION))) {
            return new Outcome(Interpreter.RETURNED, Py.NONE, null);
        }
        return new Outcome(kind, value, exc);
    }
}
