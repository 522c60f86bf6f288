package io.looplab.sim;

import io.looplab.vm.Attributes;
import io.looplab.vm.Code;
import io.looplab.vm.Fiber;
import io.looplab.vm.NativeFrame;
import io.looplab.vm.PyBaseException;
import io.looplab.vm.PyFunction;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;

/**
 * The bottom of the main thread: runs the scenario module, then (with --variant NAME) calls
 * NAME() — through asyncio.run when it is a coroutine function — exactly as vrun.py does.
 */
final class MainProgram extends NativeFrame {
    private final Code code;
    private final PyModule module;
    private final String variant;
    private int stage;

    MainProgram(Code code, PyModule module, String variant) {
        this.code = code;
        this.module = module;
        this.variant = variant;
    }

    @Override
    public int step(Fiber fiber, int event, PyObject value, PyBaseException error) {
        if (event == CHILD_RAISED || event == THROWN) {
            fiber.error = error;
            return RAISE;
        }
        switch (stage++) {
            case 0 -> {
                fiber.push(fiber.runtime.moduleFrame(code, module), NATIVE);
                return CONTINUE;
            }
            case 1 -> {
                if (variant == null) {
                    fiber.value = value;
                    return RETURN;
                }
                PyObject fn = Attributes.get(module, variant);
                if (fn instanceof PyFunction f && (f.code.flags & Code.COROUTINE) != 0) {
                    PyObject asyncio = fiber.runtime.importModule("asyncio");
                    fiber.pushCall(Attributes.get(asyncio, "run"), new PyObject[] {io.looplab.vm.Ops.call(fn)}, NATIVE);
                } else {
                    fiber.pushCall(fn, new PyObject[0], NATIVE);
                }
                return CONTINUE;
            }
            default -> {
                fiber.value = value;
                return RETURN;
            }
        }
    }

    /** Pushes the program above the caller (ProcessExit), which gets its outcome. */
    static void start(Fiber fiber, Code code, PyModule module, String variant) {
        fiber.push(new MainProgram(code, module, variant), NATIVE);
    }
}
