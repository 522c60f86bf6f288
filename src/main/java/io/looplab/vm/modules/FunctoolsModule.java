package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.vm.Args;
import io.looplab.vm.Descriptors;
import io.looplab.vm.ExceptionTypes;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;
import io.looplab.vm.Runtime;
import io.looplab.vm.SourceModules;

/**
 * functools: the native half (_functools: partial, reduce, cmp_to_key, _lru_cache_wrapper, as
 * in CPython) and the Python half (functools.py: wraps, update_wrapper, lru_cache, cache,
 * total_ordering, cached_property).
 */
final class FunctoolsModule {
    private FunctoolsModule() {
    }

    static PyModule functools(Runtime rt) {
        return SourceModules.loadResource(rt, "functools", FunctoolsModule.class, "functools.py");
    }

    static PyModule nativeHalf() {
        PyModule m = new PyModule("_functools");
        m.put("partial", Partial.TYPE);
        m.put("reduce", PyBuiltinFunction.ofN("reduce", FunctoolsModule::reduce));
        m.put("cmp_to_key", PyBuiltinFunction.ofN("cmp_to_key", (a, k) -> {
            NativeTypes.clinicKeywords("cmp_to_key", k, "mycmp");
            Args p = new Args("cmp_to_key", a, k, "mycmp");
            return new KeyWrapper(p.require(0), null);
        }));
        m.put("_lru_cache_wrapper", LruCache.TYPE);
        return m;
    }

    /** reduce(function, iterable[, initial]): a left fold, with CPython's two error messages. */
    private static PyObject reduce(PyObject[] a, String[] k) {
        NativeTypes.noKeywords("reduce", k);
        NativeTypes.checkPositional("reduce", a.length, 2, 3);
        PyObject it;
        try {
            it = Ops.iter(a[1]);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw PyException.type("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject result = a.length > 2 ? a[2] : null;
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            result = result == null ? v : Ops.call(a[0], result, v);
        }
        if (result == null) {
            throw PyException.type("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    /** The K of cmp_to_key: called with an object it wraps it; wrapped ones compare through mycmp. */
    static final class KeyWrapper extends PyObject {
        static final PyType TYPE = NativeTypes.type("functools", "KeyWrapper", PyType.OBJECT, null, t -> {
            t.define("__call__", PyBuiltinFunction.methodN("KeyWrapper", "__call__", (a, k) -> {
                Args p = new Args("K", NativeTypes.dropFirst(a), k, "obj");
                return new KeyWrapper(((KeyWrapper) a[0]).cmp, p.require(0));
            }));
            t.define("obj", Descriptors.getter("obj", w -> {
                PyObject o = ((KeyWrapper) w).obj;
                if (o == null) {
                    throw PyException.attribute("obj");
                }
                return o;
            }));
            String[] names = {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"};
            CmpOperator[] ops = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E,
                CmpOperator.GT, CmpOperator.GT_E};
            for (int i = 0; i < names.length; i++) {
                CmpOperator op = ops[i];
                t.define(names[i], PyBuiltinFunction.method2("KeyWrapper", names[i], (x, y) -> compare(op, x, y)));
            }
            t.define("__hash__", NativeTypes.unhashable("functools.KeyWrapper"));
        });

        private final PyObject cmp;
        private final PyObject obj;

        KeyWrapper(PyObject cmp, PyObject obj) {
            this.cmp = cmp;
            this.obj = obj;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** keyobject_richcompare: mycmp(x, y) compared with 0 by the same operator. */
        private static PyObject compare(CmpOperator op, PyObject x, PyObject y) {
            if (!(y instanceof KeyWrapper other) || other.type() != x.type()) {
                throw PyException.type("other argument must be K instance");
            }
            KeyWrapper self = (KeyWrapper) x;
            if (self.obj == null || other.obj == null) {
                throw PyException.attribute("object");
            }
            PyObject r = Ops.call(self.cmp, self.obj, other.obj);
            return Ops.compare(op, r, PyInt.of(0));
        }
    }
}
