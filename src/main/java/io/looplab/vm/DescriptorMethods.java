package io.looplab.vm;

/** Constructors and methods of property, classmethod and staticmethod. */
final class DescriptorMethods {
    private DescriptorMethods() {
    }

    static void defineProperty(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("property", "__new__", (a, k) -> {
            Args p = new Args("property", java.util.Arrays.copyOfRange(a, 1, a.length), k, "fget", "fset", "fdel", "doc");
            return new Descriptors.Property(p.get(0), p.get(1), p.get(2), p.get(3, Py.NONE));
        }));
        t.define("getter", PyBuiltinFunction.method2("property", "getter", (self, f) -> {
            Descriptors.Property p = (Descriptors.Property) self;
            return new Descriptors.Property(f, p.fset, p.fdel, p.doc);
        }));
        t.define("setter", PyBuiltinFunction.method2("property", "setter", (self, f) -> {
            Descriptors.Property p = (Descriptors.Property) self;
            return new Descriptors.Property(p.fget, f, p.fdel, p.doc);
        }));
        t.define("deleter", PyBuiltinFunction.method2("property", "deleter", (self, f) -> {
            Descriptors.Property p = (Descriptors.Property) self;
            return new Descriptors.Property(p.fget, p.fset, f, p.doc);
        }));
        t.define("fget", Descriptors.getter("fget", o -> orNone(((Descriptors.Property) o).fget)));
        t.define("fset", Descriptors.getter("fset", o -> orNone(((Descriptors.Property) o).fset)));
        t.define("__get__", PyBuiltinFunction.method3("property", "__get__",
                (p, obj, type) -> obj == Py.NONE ? p : Attributes.bind(p, obj, obj.type())));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? Py.NONE : o;
    }

    static void defineClassMethod(PyType t) {
        t.define("__new__", PyBuiltinFunction.method2("classmethod", "__new__", (cls, f) -> new Descriptors.ClassMethod(f)));
        t.define("__func__", Descriptors.getter("__func__", o -> ((Descriptors.ClassMethod) o).func));
    }

    static void defineStaticMethod(PyType t) {
        t.define("__new__", PyBuiltinFunction.method2("staticmethod", "__new__",
                (cls, f) -> new Descriptors.StaticMethod(f)));
        t.define("__func__", Descriptors.getter("__func__", o -> ((Descriptors.StaticMethod) o).func));
    }
}
