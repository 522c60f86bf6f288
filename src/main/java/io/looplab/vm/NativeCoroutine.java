package io.looplab.vm;

/**
 * An awaitable implemented in Java that can be the receiver of SEND (await / yield from): the
 * iterator of an asyncio Future, asyncio.sleep's coroutine. {@link #send} returns the value to
 * yield, or {@link #DONE} once finished with {@link #result()}; failures are thrown.
 */
public abstract class NativeCoroutine extends PyObject {
    public static final PyType TYPE = PyType.builtin("native_coroutine", PyType.OBJECT, null,
            GeneratorMethods::defineNativeCoroutine);
    /** Returned by send/throwIn when the coroutine has finished. */
    public static final PyObject DONE = Py.MISSING;

    public abstract PyObject send(PyObject value);

    /** Throws exc into the coroutine; by default it is raised right here. */
    public PyObject throwIn(PyBaseException exc) {
        throw exc.toJava();
    }

    /** The return value once send/throwIn answered DONE. */
    public abstract PyObject result();

    @Override
    public PyType type() {
        return TYPE;
    }
}
