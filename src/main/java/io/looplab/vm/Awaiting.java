package io.looplab.vm;

/** What await, async for and async with turn their operand into (CPython's _PyCoro_GetAwaitableIter). */
final class Awaiting {
    private Awaiting() {
    }

    static PyObject awaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g) {
            if (g.isCoroutine()) {
                return g;
            }
            throw notAwaitable(o, where);
        }
        if (o instanceof NativeCoroutine || o instanceof AsyncGenAwaitable) {
            return o;
        }
        PyObject m = o.type().lookup("__await__");
        if (m == null) {
            throw notAwaitable(o, where);
        }
        PyObject it = Ops.callBound(m, o);
        if (it instanceof PyGenerator g && g.isCoroutine()) {
            throw PyException.type("__await__() returned a coroutine");
        }
        if (!(it instanceof PyGenerator || it instanceof NativeCoroutine || it.type().lookup("__next__") != null)) {
            throw PyException.type("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    private static PyException notAwaitable(PyObject o, int where) {
        String t = o.type().name();
        if (where == 1) {
            return PyException.type("'async with' received an object from __aenter__ that does not implement "
                    + "__await__: " + t);
        }
        if (where == 2) {
            return PyException.type("'async with' received an object from __aexit__ that does not implement "
                    + "__await__: " + t);
        }
        return PyException.type("object " + t + " can't be used in 'await' expression");
    }

    static PyObject aiter(PyObject o) {
        PyObject m = o.type().lookup("__aiter__");
        if (m == null) {
            throw PyException.type("'async for' requires an object with __aiter__ method, got " + o.type().name());
        }
        PyObject it = Ops.callBound(m, o);
        if (it.type().lookup("__anext__") == null) {
            throw PyException.type("'async for' received an object from __aiter__ that does not implement "
                    + "__anext__: " + it.type().name());
        }
        return it;
    }

    static PyObject anext(PyObject ait) {
        PyObject m = ait.type().lookup("__anext__");
        PyObject r = Ops.callBound(m, ait);
        try {
            return awaitable(r, 0);
        } catch (PyException e) {
            throw PyException.type("'async for' received an invalid object from __anext__: " + r.type().name());
        }
    }
}
