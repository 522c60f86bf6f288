package io.looplab.vm.modules;

import io.looplab.vm.Attributes;
import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PySet;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;

/**
 * abc: ABCMeta as a native metaclass that computes __abstractmethods__ when a class is made
 * (the VM then refuses to instantiate a class that still has some, with CPython's message),
 * ABC, and abstractmethod. Virtual subclasses (register) are accepted but isinstance ignores them.
 */
final class AbcModule {
    static final PyType ABC_META = PyType.builtin("ABCMeta", PyType.TYPE, null, AbcModule::define);

    private AbcModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("abc");
        m.put("ABCMeta", ABC_META);
        PyDict ns = new PyDict();
        ns.put("__module__", PyStr.of("abc"));
        ns.put("__doc__", PyStr.of("Helper class that provides a standard way to create an ABC using\ninheritance."));
        PyType abc = PyType.create("ABC", "ABC", new PyType[0], ns);
        abc.setMetaclass(ABC_META);
        abc.setAttr("__abstractmethods__", new PySet(true));
        m.put("ABC", abc);
        m.put("abstractmethod", PyBuiltinFunction.of1("abstractmethod", f -> {
            Attributes.set(f, "__isabstractmethod__", Py.TRUE);
            return f;
        }));
        m.put("get_cache_token", PyBuiltinFunction.of0("get_cache_token", () -> PyInt.of(0)));
        m.put("update_abstractmethods", PyBuiltinFunction.of1("update_abstractmethods", cls -> {
            computeAbstracts((PyType) cls, ((PyType) cls).dict(), ((PyType) cls).bases());
            return cls;
        }));
        return m;
    }

    private static void define(PyType t) {
        t.define("__module__", PyStr.of("abc"));
        t.define("__init__", PyBuiltinFunction.methodN("ABCMeta", "__init__", (a, k) -> {
            PyType cls = (PyType) a[0];
            PyObject[] bases = a.length > 2 ? ((PyTuple) a[2]).items : cls.bases();
            computeAbstracts(cls, cls.dict(), bases);
            return Py.NONE;
        }));
        t.define("register", PyBuiltinFunction.method2("ABCMeta", "register", (cls, sub) -> sub));
    }

    /** CPython's compute_abstract_methods: own abstract attributes plus inherited ones still abstract. */
    static void computeAbstracts(PyType cls, PyDict ns, PyObject[] bases) {
        PySet abstracts = new PySet(true);
        for (var e : ns.entries()) {
            if (isAbstract(e.getValue())) {
                abstracts.add(e.getKey());
            }
        }
        for (PyObject base : bases) {
            PyObject inherited = ((PyType) base).lookup("__abstractmethods__");
            if (inherited == null) {
                continue;
            }
            for (PyObject name : Ops.toArray(inherited)) {
                PyObject value = cls.lookup(Ops.str(name));
                if (value != null && isAbstract(value)) {
                    abstracts.add(name);
                }
            }
        }
        cls.setAttr("__abstractmethods__", abstracts);
    }

    private static boolean isAbstract(PyObject value) {
        if (value instanceof Descriptors.Property p) {
            return p.fget != null && isAbstract(p.fget);
        }
        if (value instanceof Descriptors.ClassMethod cm) {
            return isAbstract(cm.func);
        }
        if (value instanceof Descriptors.StaticMethod sm) {
            return isAbstract(sm.func);
        }
        PyObject flag = value instanceof PyType ? null : Attributes.lookupOrNull(value, "__isabstractmethod__");
        return flag != null && Ops.isTrue(flag);
    }
}
