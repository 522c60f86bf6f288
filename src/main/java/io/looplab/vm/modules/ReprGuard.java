package io.looplab.vm.modules;

import io.looplab.vm.PyObject;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Py_ReprEnter / Py_ReprLeave for the module types: a container met again inside its own repr prints a placeholder. */
final class ReprGuard {
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {
    }

    static String guard(PyObject o, String recursive, Supplier<String> body) {
        Map<PyObject, Boolean> active = ACTIVE.get();
        if (active.containsKey(o)) {
            return recursive;
        }
        active.put(o, Boolean.TRUE);
        try {
            return body.get();
        } finally {
            active.remove(o);
        }
    }
}
