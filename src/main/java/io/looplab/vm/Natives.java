package io.looplab.vm;

/** Runs the native frame on top of a fiber for one step and acts on its answer. */
final class Natives {
    private Natives() {
    }

    static Fiber.Stop step(Fiber fb, NativeFrame nf) {
        int event = fb.pendingEvent;
        PyObject value = fb.pendingValue;
        PyBaseException error = fb.pendingError;
        fb.pendingValue = null;
        fb.pendingError = null;
        int answer;
        try {
            answer = nf.step(fb, event, value, error);
        } catch (PyException e) {
            fb.error = e.exc;
            answer = NativeFrame.RAISE;
        }
        switch (answer) {
            case NativeFrame.CONTINUE:
                return null;
            case NativeFrame.RETURN:
                return Unwind.complete(fb, nf, Interpreter.RETURNED, fb.value, null);
            case NativeFrame.RAISE: {
                PyBaseException e = fb.error;
                fb.error = null;
                return Unwind.complete(fb, nf, Interpreter.RAISED, null, e);
            }
            case NativeFrame.SUSPEND:
                return Fiber.Stop.SUSPENDED;
            default:
                throw new IllegalStateException("bad native frame answer " + answer);
        }
    }
}
