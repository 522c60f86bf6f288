package io.looplab.vm.modules;

import io.looplab.vm.Descriptors;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

/**
 * collections.defaultdict: a dict whose __missing__ stores and returns default_factory()
 * (CPython's defdict in Modules/_collectionsmodule.c).
 */
final class DefaultDict {
    private static final String OWNER = "defaultdict";
    /** default_factory of each instance (None when absent). */
    private static final WeakSlots FACTORY = new WeakSlots();

    static final PyType TYPE = NativeTypes.subclass("collections", OWNER, PyDict.TYPE, ns -> {
        ns.put("__init__", PyBuiltinFunction.methodN(OWNER, "__init__", DefaultDict::init));
        ns.put("__missing__", PyBuiltinFunction.method2(OWNER, "__missing__", DefaultDict::missing));
        ns.put("__repr__", PyBuiltinFunction.method1(OWNER, "__repr__", d -> PyStr.of(repr(d))));
        ns.put("copy", PyBuiltinFunction.method1(OWNER, "copy", DefaultDict::copy));
        ns.put("__copy__", PyBuiltinFunction.method1(OWNER, "__copy__", DefaultDict::copy));
        ns.put("__reduce__", PyBuiltinFunction.method1(OWNER, "__reduce__", DefaultDict::reduce));
        ns.put("default_factory", Descriptors.getSet("default_factory", DefaultDict::factory, FACTORY::put));
        ns.put("__or__", PyBuiltinFunction.method2(OWNER, "__or__", (a, b) -> or(a, b, a, b)));
        ns.put("__ror__", PyBuiltinFunction.method2(OWNER, "__ror__", (a, b) -> or(a, b, b, a)));
        ns.put("__hash__", NativeTypes.unhashable("collections.defaultdict"));
    });

    private DefaultDict() {
    }

    static PyObject factory(PyObject d) {
        PyObject f = FACTORY.get(d);
        return f == null ? Py.NONE : f;
    }

    /** defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__. */
    private static PyObject init(PyObject[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        PyObject factory = Py.NONE;
        PyObject[] rest = a;
        if (npos > 1) {
            factory = a[1];
            if (factory != Py.NONE && !NativeTypes.isCallable(factory)) {
                throw PyException.type("first argument must be callable or None");
            }
            rest = new PyObject[a.length - 1];
            rest[0] = a[0];
            System.arraycopy(a, 2, rest, 1, a.length - 2);
        }
        FACTORY.put(a[0], factory);
        Ops.call(PyDict.TYPE.lookup("__init__"), rest, k);
        return Py.NONE;
    }

    /** __missing__: KeyError without a factory; otherwise self[key] = factory() (through __setitem__). */
    private static PyObject missing(PyObject d, PyObject key) {
        PyObject f = factory(d);
        if (f == Py.NONE) {
            throw PyException.key(null, key);
        }
        PyObject v = Ops.call(f);
        Ops.setItem(d, key, v);
        return v;
    }

    private static String repr(PyObject d) {
        PyObject f = factory(d);
        String fr = f == Py.NONE ? "None" : ReprGuard.guard(f, "...", () -> Ops.repr(f));
        return d.type().name() + "(" + fr + ", " + dictRepr((PyDict) d) + ")";
    }

    /** dict's own repr of the contents, whatever the instance's class. */
    static String dictRepr(PyDict d) {
        return ReprGuard.guard(d, "{...}", () -> {
            StringBuilder sb = new StringBuilder("{");
            for (var e : d.entries()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(e.getKey())).append(": ").append(Ops.repr(e.getValue()));
            }
            return sb.append('}').toString();
        });
    }

    /** copy(): type(d)(d.default_factory, d), so subclasses get their own class back. */
    private static PyObject copy(PyObject d) {
        return Ops.call(d.type(), factory(d), d);
    }

    private static PyObject reduce(PyObject d) {
        PyObject f = factory(d);
        PyTuple args = f == Py.NONE ? PyTuple.EMPTY : PyTuple.of(f);
        return PyTuple.of(d.type(), args, Py.NONE, Py.NONE, Ops.iter(Ops.callMethod(d, "items")));
    }

    /** defdict_or: the result is a copy of whichever operand is the defaultdict, updated with right. */
    private static PyObject or(PyObject self, PyObject other, PyObject left, PyObject right) {
        if (!(other instanceof PyDict)) {
            return Py.NOT_IMPLEMENTED;
        }
        PyObject result = Ops.call(self.type(), factory(self), left);
        Ops.callMethod(result, "update", right);
        return result;
    }
}
