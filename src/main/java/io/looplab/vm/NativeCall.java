package io.looplab.vm;

/**
 * A native frame that performs one call of any callable, so that a driver can start a call of
 * a native, a class or a generator function the same way it starts a Python function.
 */
final class NativeCall extends NativeFrame {
    private final PyObject callable;
    private final PyObject[] args;
    private final String[] kw;

    NativeCall(PyObject callable, PyObject[] args, String[] kw) {
        this.callable = callable;
        this.args = args;
        this.kw = kw;
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        switch (event) {
            case START -> {
                PyObject r;
                try {
                    r = Ops.callRaw(callable, args, kw);
                } catch (PyException e) {
                    fiber.error = e.exc;
                    return RAISE;
                }
                if (r instanceof Suspension s) {
                    fiber.suspension = s;
                    return SUSPEND;
                }
                if (r instanceof Control c) {
                    fiber.push(c.frame, NATIVE);
                    if (c.frame instanceof Frame f) {
                        f.aux = c.aux;
                        if (f.gen != null) {
                            f.gen.markRunning(fiber);
                        }
                    }
                    return CONTINUE;
                }
                fiber.value = r;
                return RETURN;
            }
            case CHILD_RETURNED, RESUMED -> {
                fiber.value = value;
                return RETURN;
            }
            default -> {
                fiber.error = error;
                return RAISE;
            }
        }
    }
}
