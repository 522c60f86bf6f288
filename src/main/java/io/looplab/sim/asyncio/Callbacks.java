package io.looplab.sim.asyncio;

import io.looplab.vm.Attributes;
import io.looplab.vm.Ops;
import io.looplab.vm.PyObject;

/** How asyncio describes a callback in reprs and error messages (format_helpers._format_callback). */
final class Callbacks {
    private Callbacks() {
    }

    static String format(PyObject fn, PyObject[] args) {
        PyObject q = Attributes.lookupOrNull(fn, "__qualname__");
        String name = q != null ? Ops.str(q) : Ops.repr(fn);
        StringBuilder sb = new StringBuilder(name).append('(');
        if (args != null) {
            for (int i = 0; i < args.length; i++) {
                sb.append(i > 0 ? ", " : "").append(Ops.repr(args[i]));
            }
        }
        return sb.append(')').toString();
    }
}
