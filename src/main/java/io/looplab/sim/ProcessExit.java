package io.looplab.sim;

import io.looplab.vm.Attributes;
import io.looplab.vm.Code;
import io.looplab.vm.Fiber;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.Py;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;

/**
 * The bottom of the main thread, as CPython's Py_RunMain and Py_FinalizeEx: run the program
 * ({@link MainProgram}); report an uncaught exception at once (the traceback and the oracle's
 * "!Type" line come before threads are joined); then, if the program imported threading, call
 * threading._shutdown(), which joins the non-daemon threads. Daemon threads are abandoned.
 */
final class ProcessExit extends NativeFrame {
    private final Kernel kernel;
    private final Code code;
    private final PyModule module;
    private final String variant;
    private int stage;

    ProcessExit(Kernel kernel, Code code, PyModule module, String variant) {
        this.kernel = kernel;
        this.code = code;
        this.module = module;
        this.variant = variant;
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        switch (stage++) {
            case 0 -> {
                MainProgram.start(fiber, code, module, variant);
                return CONTINUE;
            }
            case 1 -> {
                if (event == CHILD_RAISED) {
                    kernel.reportUncaught(error);
                }
                PyModule threading = fiber.runtime.modules().get("threading");
                if (threading == null) {
                    fiber.value = Py.NONE;
                    return RETURN;
                }
                fiber.pushCall(Attributes.get(threading, "_shutdown"), new PyObject[0], NATIVE);
                return CONTINUE;
            }
            default -> {
                if (event == CHILD_RAISED) {
                    // vrun.py: traceback.print_exc() on stderr, no "!" line
                    fiber.runtime.stderr.write(io.looplab.vm.Tracebacks.format(error, fiber.runtime));
                }
                fiber.value = Py.NONE;
                return RETURN;
            }
        }
    }
}
