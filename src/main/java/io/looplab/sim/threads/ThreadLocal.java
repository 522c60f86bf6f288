package io.looplab.sim.threads;

import io.looplab.sim.Agent;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * threading.local (_thread._local): one attribute dict per simulated thread. As in CPython, a
 * subclass's __init__ runs again, with the constructor's arguments, the first time another
 * thread touches the object (there it runs nested, so it must not block).
 */
final class ThreadLocal extends PyObject {
    static final PyType TYPE = PyType.builtin("_local", PyType.OBJECT, ThreadLocal::new, ThreadLocal::define);

    private final PyType type;
    private final Map<Agent, PyDict> dicts = new IdentityHashMap<>();
    private Threads threads;
    private PyObject[] args = new PyObject[0];
    private String[] kwnames;

    private ThreadLocal(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (threads == null) {
            return null;
        }
        Agent a = threads.current();
        PyDict d = dicts.get(a);
        if (d == null) {
            d = new PyDict();
            dicts.put(a, d);
            PyObject init = type.lookup("__init__");
            if (init != null && !(init instanceof PyBuiltinFunction)) {
                PyObject[] withSelf = new PyObject[args.length + 1];
                withSelf[0] = this;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                Ops.call(init, withSelf, kwnames);
            }
        }
        return d;
    }

    private static PyObject create(PyObject[] a, String[] k) {
        PyType cls = (PyType) a[0];
        int n = a.length - 1;
        PyObject init = cls.lookup("__init__");
        if (n > 0 && (init == null || init instanceof PyBuiltinFunction)) {
            throw PyException.type("Initialization arguments are not supported");
        }
        ThreadLocal l = (ThreadLocal) cls.allocate();
        l.args = Arrays.copyOfRange(a, 1, a.length);
        l.kwnames = k;
        l.threads = Threads.active();
        l.dicts.put(l.threads.current(), new PyDict());
        return l;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("_thread"));
        t.define("__new__", PyBuiltinFunction.methodN("_local", "__new__", ThreadLocal::create));
    }
}
