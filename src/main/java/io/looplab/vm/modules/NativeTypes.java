package io.looplab.vm.modules;

import io.looplab.vm.Py;
import io.looplab.vm.PyBoundMethod;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyFunction;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyType;

import java.util.function.Consumer;

/** Helpers to declare the native types of the standard modules (a __module__, a __new__, iterators). */
final class NativeTypes {
    private NativeTypes() {
    }

    /** A builtin type living in module {@code module}: its repr is {@code <class 'module.name'>}. */
    static PyType type(String module, String name, PyType base, PyType.Allocator alloc, Consumer<PyType> populate) {
        return PyType.builtin(name, base, alloc, t -> {
            t.define("__module__", PyStr.of(module));
            populate.accept(t);
        });
    }

    /**
     * A class with native methods that is laid out like its base (a dict subclass such as
     * OrderedDict): made like a class statement would make it, since only the base's own
     * allocator can create its instances.
     */
    static PyType subclass(String module, String name, PyType base, Consumer<PyDict> body) {
        PyDict ns = new PyDict();
        ns.put("__module__", PyStr.of(module));
        body.accept(ns);
        return PyType.create(name, name, new PyType[] {base}, ns);
    }

    /** CPython's error for a type whose tp_hash is PyObject_HashNotImplemented (it names module.type). */
    static PyBuiltinFunction unhashable(String qualifiedName) {
        return PyBuiltinFunction.methodN(qualifiedName, "__hash__", (a, k) -> {
            throw PyException.type("unhashable type: '" + qualifiedName + "'");
        });
    }

    /** A native iterator type (instances are PyIterators) with __iter__ and __next__. */
    static PyType iterator(String module, String name, Consumer<PyType> populate) {
        return type(module, name, PyType.OBJECT, null, t -> {
            t.define("__iter__", PyBuiltinFunction.method1(name, "__iter__", self -> self));
            t.define("__next__", PyBuiltinFunction.method1(name, "__next__", self -> {
                PyObject v = ((PyIterator) self).next();
                if (v == null) {
                    throw PyException.stopIteration(Py.NONE);
                }
                return v;
            }));
            populate.accept(t);
        });
    }

    /** Defines {@code __new__}: f receives (cls, args..., keyword values) as a native method does. */
    static void constructor(PyType t, PyBuiltinFunction.FN f) {
        t.define("__new__", PyBuiltinFunction.methodN(t.name(), "__new__", f));
    }

    /** Defines {@code __repr__} from a Java function of self. */
    static void repr(PyType t, java.util.function.Function<PyObject, String> f) {
        t.define("__repr__", PyBuiltinFunction.method1(t.name(), "__repr__", self -> PyStr.of(f.apply(self))));
    }

    /** The values after the class argument of a __new__ call,
            refusing keywords (CPython's "takes no keyword arguments"). */
    static PyObject[] positionalAfterClass(String fn, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyException.type(fn + "() takes no keyword arguments");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }

    /** args without its first element (the class or self of a native method). */
    static PyObject[] dropFirst(PyObject[] args) {
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }

    /** _PyArg_CheckPositional: "name expected at least 2 arguments, got 1". */
    static void checkPositional(String name, int n, int min, int max) {
        if (n >= min && n <= max) {
            return;
        }
        int bound = n < min ? min : max;
        String qualifier = min == max ? "" : n < min ? "at least " : "at most ";
        throw PyException.type(name + " expected " + qualifier + bound + " argument" + (bound == 1 ? "" : "s")
                + ", got " + n);
    }

    /** _PyArg_NoKeywords. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyException.type(name + "() takes no keyword arguments");
        }
    }

    /** Argument Clinic's check of keyword names: "'x' is an invalid keyword argument for f()". */
    static void clinicKeywords(String name, String[] kwnames, String... allowed) {
        if (kwnames == null) {
            return;
        }
        outer:
        for (String k : kwnames) {
            for (String a : allowed) {
                if (a.equals(k)) {
                    continue outer;
                }
            }
            throw PyException.type("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
    }

    /** callable(): functions, methods, classes and objects whose class has __call__. */
    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod
                || o instanceof PyType || o.type().lookup("__call__") != null;
    }
}
