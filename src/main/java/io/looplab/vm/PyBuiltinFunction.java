package io.looplab.vm;

/**
 * A function implemented in Java. Arity-specialised entry points (f0..f3) let the interpreter
 * call natives straight from its stack without building an argument array; fn takes the general
 * form (positional values then keyword values, with kwnames naming the trailing ones).
 * As a class attribute of a builtin type it is a method descriptor: arg 0 is self.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE =
            PyType.builtin("builtin_function_or_method", PyType.OBJECT, null, FunctionMethods::defineBuiltin);

    /** No arguments. */
    public interface F0 {
        PyObject call();
    }

    /** One argument. */
    public interface F1 {
        PyObject call(PyObject a);
    }

    /** Two arguments. */
    public interface F2 {
        PyObject call(PyObject a, PyObject b);
    }

    /** Three arguments. */
    public interface F3 {
        PyObject call(PyObject a, PyObject b, PyObject c);
    }

    /** Any arguments; kwnames (or null) names the last kwnames.length values of args. */
    public interface FN {
        PyObject call(PyObject[] args, String[] kwnames);
    }

    public final String name;
    /** "list" for list.append; null for module-level functions. */
    public final String owner;
    /** The instance a bound builtin method is bound to, or null. */
    public final PyObject self;
    final F0 f0;
    final F1 f1;
    final F2 f2;
    final F3 f3;
    final FN fn;
    /** True for a method descriptor of a builtin type (binds on instance access). */
    public final boolean isMethod;
    /** True for a classmethod-like descriptor (dict.fromkeys, int.from_bytes): binds to the class. */
    public final boolean isClassMethod;

    private PyBuiltinFunction(String name, String owner, PyObject self, F0 f0, F1 f1, F2 f2, F3 f3, FN fn,
                              boolean isMethod, boolean isClassMethod) {
        this.name = name;
        this.owner = owner;
        this.self = self;
        this.f0 = f0;
        this.f1 = f1;
        this.f2 = f2;
        this.f3 = f3;
        this.fn = fn;
        this.isMethod = isMethod;
        this.isClassMethod = isClassMethod;
    }

    public static PyBuiltinFunction of0(String name, F0 f) {
        return new PyBuiltinFunction(name, null, null, f, null, null, null, null, false, false);
    }

    public static PyBuiltinFunction of1(String name, F1 f) {
        return new PyBuiltinFunction(name, null, null, null, f, null, null, null, false, false);
    }

    public static PyBuiltinFunction of2(String name, F2 f) {
        return new PyBuiltinFunction(name, null, null, null, null, f, null, null, false, false);
    }

    public static PyBuiltinFunction of3(String name, F3 f) {
        return new PyBuiltinFunction(name, null, null, null, null, null, f, null, false, false);
    }

    public static PyBuiltinFunction ofN(String name, FN f) {
        return new PyBuiltinFunction(name, null, null, null, null, null, null, f, false, false);
    }

    /** One function with several entry points (their non-null arity entries are combined). */
    public static PyBuiltinFunction of(PyBuiltinFunction... variants) {
        F0 f0 = null;
        F1 f1 = null;
        F2 f2 = null;
        F3 f3 = null;
        FN fn = null;
        for (PyBuiltinFunction v : variants) {
            f0 = v.f0 != null ? v.f0 : f0;
            f1 = v.f1 != null ? v.f1 : f1;
            f2 = v.f2 != null ? v.f2 : f2;
            f3 = v.f3 != null ? v.f3 : f3;
            fn = v.fn != null ? v.fn : fn;
        }
        return new PyBuiltinFunction(variants[0].name, null, null, f0, f1, f2, f3, fn, false, false);
    }

    /** A method descriptor (self is the first argument of f). */
    public static PyBuiltinFunction method1(String owner, String name, F1 f) {
        return new PyBuiltinFunction(name, owner, null, null, f, null, null, null, true, false);
    }

    public static PyBuiltinFunction method2(String owner, String name, F2 f) {
        return new PyBuiltinFunction(name, owner, null, null, null, f, null, null, true, false);
    }

    public static PyBuiltinFunction method3(String owner, String name, F3 f) {
        return new PyBuiltinFunction(name, owner, null, null, null, null, f, null, true, false);
    }

    public static PyBuiltinFunction methodN(String owner, String name, FN f) {
        return new PyBuiltinFunction(name, owner, null, null, null, null, null, f, true, false);
    }

    /** A class-method descriptor: arg 0 is the class it is looked up on. */
    public static PyBuiltinFunction classMethodN(String owner, String name, FN f) {
        return new PyBuiltinFunction(name, owner, null, null, null, null, null, f, false, true);
    }

    /** This descriptor bound to self (what {@code obj.method} evaluates to). */
    public PyBuiltinFunction bind(PyObject self) {
        return new PyBuiltinFunction(name, owner, self, f0, f1, f2, f3, fn, false, false);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Calls with a positional argument array (self already prepended for unbound descriptors). */
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (self != null) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            args = full;
        }
        if (kwnames == null || kwnames.length == 0) {
            switch (args.length) {
                case 0:
                    if (f0 != null) {
                        return f0.call();
                    }
                    break;
                case 1:
                    if (f1 != null) {
                        return f1.call(args[0]);
                    }
                    break;
                case 2:
                    if (f2 != null) {
                        return f2.call(args[0], args[1]);
                    }
                    break;
                case 3:
                    if (f3 != null) {
                        return f3.call(args[0], args[1], args[2]);
                    }
                    break;
                default:
                    break;
            }
        }
        if (fn != null) {
            return fn.call(args, kwnames);
        }
        throw arityError(args.length - (self != null || isMethod ? 1 : 0), kwnames);
    }

    private PyException arityError(int given, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            return PyException.type(displayName() + "() takes no keyword arguments");
        }
        int expected = f0 != null ? 0 : f1 != null ? 1 : f2 != null ? 2 : 3;
        if (self != null || isMethod) {
            expected--;
        }
        if (expected == 0) {
            return PyException.type(displayName() + "() takes no arguments (" + given + " given)");
        }
        if (expected == 1) {
            return PyException.type(displayName() + "() takes exactly one argument (" + given + " given)");
        }
        return PyException.type(displayName() + " expected " + expected + " arguments, got " + given);
    }

    public String displayName() {
        return owner == null ? name : owner + "." + name;
    }
}
