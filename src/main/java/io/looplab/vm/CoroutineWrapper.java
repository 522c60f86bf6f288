package io.looplab.vm;

/** What coroutine.__await__() returns: an iterator that drives the coroutine (CPython's coroutine_wrapper). */
public final class CoroutineWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT, null, t -> {
        t.define("__iter__", PyBuiltinFunction.method1("coroutine_wrapper", "__iter__", w -> w));
        t.define("__next__", PyBuiltinFunction.method1("coroutine_wrapper", "__next__",
                w -> GeneratorMethods.send(((CoroutineWrapper) w).coro, Py.NONE)));
        t.define("send", PyBuiltinFunction.method2("coroutine_wrapper", "send",
                (w, v) -> GeneratorMethods.send(((CoroutineWrapper) w).coro, v)));
        t.define("throw", PyBuiltinFunction.methodN("coroutine_wrapper", "throw",
                (a, k) -> GeneratorMethods.throwInto(((CoroutineWrapper) a[0]).coro, GeneratorMethods.throwable(a))));
        t.define("close", PyBuiltinFunction.method1("coroutine_wrapper", "close",
                w -> GeneratorMethods.close(((CoroutineWrapper) w).coro)));
    });

    public final PyGenerator coro;

    CoroutineWrapper(PyGenerator coro) {
        this.coro = coro;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
