package io.looplab.vm;

/**
 * send / throw / close / __next__ of generators and coroutines. They answer with a Control so
 * that the generator's frame runs on the caller's stack (and may suspend like any frame).
 */
final class GeneratorMethods {
    private GeneratorMethods() {
    }

    static void defineGenerator(PyType t) {
        common(t, "generator");
        t.define("__iter__", PyBuiltinFunction.method1("generator", "__iter__", g -> g));
        t.define("__next__", PyBuiltinFunction.method1("generator", "__next__", g -> send((PyGenerator) g, Py.NONE)));
        t.define("gi_running", Descriptors.getter("gi_running",
                o -> Py.bool(((PyGenerator) o).state() == PyGenerator.State.RUNNING)));
        t.define("gi_yieldfrom", Descriptors.getter("gi_yieldfrom", o -> orNone(((PyGenerator) o).awaiting())));
    }

    static void defineCoroutine(PyType t) {
        common(t, "coroutine");
        t.define("__await__", PyBuiltinFunction.method1("coroutine", "__await__",
                c -> new CoroutineWrapper((PyGenerator) c)));
        t.define("cr_await", Descriptors.getter("cr_await", o -> orNone(((PyGenerator) o).awaiting())));
        t.define("cr_running", Descriptors.getter("cr_running",
                o -> Py.bool(((PyGenerator) o).state() == PyGenerator.State.RUNNING)));
    }

    static void defineAsyncGenerator(PyType t) {
        t.define("__aiter__", PyBuiltinFunction.method1("async_generator", "__aiter__", g -> g));
        t.define("__anext__", PyBuiltinFunction.method1("async_generator", "__anext__",
                g -> new AsyncGenAwaitable((PyGenerator) g, Py.NONE, null)));
        t.define("asend", PyBuiltinFunction.method2("async_generator", "asend",
                (g, v) -> new AsyncGenAwaitable((PyGenerator) g, v, null)));
        t.define("athrow", PyBuiltinFunction.methodN("async_generator", "athrow",
                (a, k) -> new AsyncGenAwaitable((PyGenerator) a[0], Py.NONE, throwable(a))));
        t.define("aclose", PyBuiltinFunction.method1("async_generator", "aclose",
                g -> AsyncGenAwaitable.close((PyGenerator) g)));
        names(t);
    }

    static void defineNativeCoroutine(PyType t) {
        t.define("__await__", PyBuiltinFunction.method1("native_coroutine", "__await__", c -> c));
        t.define("__iter__", PyBuiltinFunction.method1("native_coroutine", "__iter__", c -> c));
        t.define("__next__", PyBuiltinFunction.method1("native_coroutine", "__next__", c -> {
            NativeCoroutine nc = (NativeCoroutine) c;
            PyObject r = nc.send(Py.NONE);
            if (r == NativeCoroutine.DONE) {
                throw PyException.stopIteration(nc.result());
            }
            return r;
        }));
    }

    private static void common(PyType t, String owner) {
        t.define("send", PyBuiltinFunction.method2(owner, "send", (g, v) -> send((PyGenerator) g, v)));
        t.define("throw", PyBuiltinFunction.methodN(owner, "throw", (a, k) -> throwInto((PyGenerator) a[0], throwable(a))));
        t.define("close", PyBuiltinFunction.method1(owner, "close", g -> close((PyGenerator) g)));
        names(t);
    }

    private static void names(PyType t) {
        t.define("__name__", Descriptors.getter("__name__", o -> PyStr.of(((PyGenerator) o).name)));
        t.define("__qualname__", Descriptors.getter("__qualname__", o -> PyStr.of(((PyGenerator) o).qualname)));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.NONE : o;
    }

    static PyObject send(PyGenerator g, PyObject v) {
        return Control.push(g.prepareSend(v), ExecFrame.NEXT);
    }

    static PyObject throwInto(PyGenerator g, PyBaseException exc) {
        Frame f = g.prepareThrow(exc);
        if (f == null) {
            throw exc.toJava();
        }
        return Control.push(f, ExecFrame.NEXT);
    }

    static PyObject close(PyGenerator g) {
        if (g.state() != PyGenerator.State.SUSPENDED) {
            g.forceClose();
            return Py.NONE;
        }
        Frame f = g.prepareThrow(new PyBaseException(ExceptionTypes.GENERATOR_EXIT));
        return Control.push(f, ExecFrame.CLOSE);
    }

    /** throw(exc) / throw(type[, value[, tb]]) arguments to an exception instance. */
    static PyBaseException throwable(PyObject[] a) {
        if (a.length < 2) {
            throw PyException.type("throw expected at least 1 argument, got 0");
        }
        PyObject e = a[1];
        if (e instanceof PyType t && a.length > 2 && a[2] != Py.NONE) {
            return Exceptions.instantiate(a[2] instanceof PyBaseException b ? b : Ops.call(t, a[2]));
        }
        return Exceptions.instantiate(e);
    }
}
