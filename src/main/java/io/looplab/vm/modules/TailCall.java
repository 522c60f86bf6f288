package io.looplab.vm.modules;

import io.looplab.vm.Control;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyObject;

import java.util.function.UnaryOperator;

/**
 * A call made on the fiber's own stack rather than by Java recursion: a native that wraps a
 * callable (functools.partial, an lru_cache wrapper) returns {@link #of}, and the callee runs as
 * an ordinary frame. So a function that sleeps or blocks (run_in_executor(None, partial(f, x)))
 * can suspend inside it, as it can in CPython.
 */
final class TailCall extends NativeFrame {
    private final PyObject callable;
    private final PyObject[] args;
    private final String[] kwnames;
    /** What to do with the result before it is returned (e.g. store it in a cache), or null. */
    private final UnaryOperator<PyObject> then;

    private TailCall(PyObject callable, PyObject[] args, String[] kwnames, UnaryOperator<PyObject> then) {
        this.callable = callable;
        this.args = args;
        this.kwnames = kwnames;
        this.then = then;
    }

    /** The native's answer: "call callable(*args, **kw), then return then(result)". */
    static Control of(PyObject callable, PyObject[] args, String[] kwnames, UnaryOperator<PyObject> then) {
        return Control.push(new TailCall(callable, args, kwnames, then), ExecFrame.CALL);
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        switch (event) {
            case START -> {
                fiber.pushCall(callable, args, kwnames, NATIVE);
                return CONTINUE;
            }
            case CHILD_RETURNED, RESUMED -> {
                fiber.value = then == null ? value : then.apply(value);
                return RETURN;
            }
            default -> {
                fiber.error = error;
                return RAISE;
            }
        }
    }
}
