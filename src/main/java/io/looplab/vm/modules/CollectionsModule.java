package io.looplab.vm.modules;

import io.looplab.lang.Operator;
import io.looplab.lang.Parser;
import io.looplab.vm.Attributes;
import io.looplab.vm.Code;
import io.looplab.vm.Descriptors;
import io.looplab.vm.ExecFrame;
import io.looplab.vm.Fiber;
import io.looplab.vm.Frame;
import io.looplab.vm.Interpreter;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;
import io.looplab.vm.compiler.Compiler;

/**
 * The native half of collections (CPython's _collections): deque, defaultdict, OrderedDict and
 * the helpers the Python half (collections.py: namedtuple, Counter) is built on.
 */
final class CollectionsModule {
    private CollectionsModule() {
    }

    /** import collections: the Python module, loaded from its resource. */
    static PyModule collections(Runtime rt) {
        return SourceModules.loadResource(rt, "collections", CollectionsModule.class, "collections.py");
    }

    static PyModule nativeHalf(Runtime rt) {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        m.put("defaultdict", DefaultDict.TYPE);
        m.put("OrderedDict", OrderedDictType.TYPE);
        m.put("_tuplegetter", PyBuiltinFunction.of2("_tuplegetter", CollectionsModule::tupleGetter));
        m.put("_count_elements", PyBuiltinFunction.of2("_count_elements", CollectionsModule::countElements));
        m.put("_counter_missing", PyBuiltinFunction.method2("Counter", "__missing__", (self, key) -> PyInt.of(0)));
        m.put("_eval_in", PyBuiltinFunction.of2("_eval_in", (src, ns) -> evalIn(rt, Ops.str(src), (PyDict) ns)));
        m.put("_caller_module", PyBuiltinFunction.of0("_caller_module", () -> callerModule(rt)));
        return m;
    }

    /** _tuplegetter(index, doc): the read-only field descriptor of a namedtuple class. */
    private static PyObject tupleGetter(PyObject index, PyObject doc) {
        int i = (int) Ops.index(index);
        return Descriptors.getSet("_tuplegetter", self -> {
            if (!(self instanceof PyTuple t)) {
                throw PyException.type("descriptor for index '" + i + "' for tuple subclasses doesn't apply to '"
                        + self.type().name() + "' object");
            }
            if (i >= t.size()) {
                throw PyException.index("tuple index out of range");
            }
            return t.get(i);
        }, (self, v) -> {
            throw PyException.attribute("can't set attribute");
        });
    }

    /**
     * _count_elements(mapping, iterable): mapping[x] += 1 for each x. A mapping whose get and
     * __setitem__ are dict's is updated directly, as CPython's fast path does.
     */
    private static PyObject countElements(PyObject mapping, PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        PyObject one = PyInt.of(1);
        boolean plain = mapping instanceof PyDict
                && mapping.type().lookup("get") == PyDict.TYPE.lookup("get")
                && mapping.type().lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__");
        if (plain) {
            PyDict d = (PyDict) mapping;
            for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
                Ops.hash(key);
                PyObject old = d.get(key);
                d.put(key, old == null ? one : Ops.binary(Operator.ADD, old, one));
            }
            return Py.NONE;
        }
        PyObject get = Attributes.get(mapping, "get");
        for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
            PyObject old = Ops.call(get, key, PyInt.of(0));
            Ops.setItem(mapping, key, Ops.binary(Operator.ADD, old, one));
        }
        return Py.NONE;
    }

    /** eval(source, namespace) for one expression (namedtuple's generated __new__ lambda). */
    private static PyObject evalIn(Runtime rt, String source, PyDict namespace) {
        String target = "__looplab_eval_result__";
        Code code = Compiler.compile(Parser.parse(target + " = (" + source + ")\n", "<string>"));
        Fiber fb = new Fiber(rt);
        PyModule scope = new PyModule(Ops.str(namespace.get("__name__")), namespace);
        fb.push(rt.moduleFrame(code, scope), ExecFrame.BOUNDARY);
        if (Interpreter.run(fb) == Fiber.Stop.RAISED) {
            throw fb.error.toJava();
        }
        return namespace.remove(PyStr.of(target));
    }

    /** sys._getframe(1).f_globals['__name__']: the module of the Python code calling the caller. */
    private static PyObject callerModule(Runtime rt) {
        Fiber fb = rt.currentFiber();
        Frame self = fb == null ? null : fb.currentFrame();
        for (ExecFrame f = self == null ? null : self.back; f != null; f = f.back) {
            if (f instanceof Frame caller) {
                PyObject name = caller.globals.get("__name__");
                return name == null ? PyStr.of("__main__") : name;
            }
        }
        return PyStr.of("__main__");
    }
}
