package io.looplab.vm;

/** property, classmethod, staticmethod and native get/set attributes (__name__, __class__...). */
public final class Descriptors {
    public static final PyType PROPERTY = PyType.builtin("property", PyType.OBJECT, null, DescriptorMethods::defineProperty);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", PyType.OBJECT, null, DescriptorMethods::defineClassMethod);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", PyType.OBJECT, null, DescriptorMethods::defineStaticMethod);
    public static final PyType GETSET = PyType.builtin("getset_descriptor", PyType.OBJECT, null, t -> { });

    private Descriptors() {
    }

    /** A property object: fget, fset, fdel, doc. */
    public static final class Property extends PyObject {
        public PyObject fget;
        public PyObject fset;
        public PyObject fdel;
        public PyObject doc;

        public Property(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            this.doc = doc;
        }

        @Override
        public PyType type() {
            return PROPERTY;
        }
    }

    /** classmethod(func). */
    public static final class ClassMethod extends PyObject {
        public final PyObject func;

        public ClassMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return CLASSMETHOD;
        }
    }

    /** staticmethod(func). */
    public static final class StaticMethod extends PyObject {
        public final PyObject func;

        public StaticMethod(PyObject func) {
            this.func = func;
        }

        @Override
        public PyType type() {
            return STATICMETHOD;
        }
    }

    /** A native attribute computed from the instance (and optionally settable). */
    public static final class GetSet extends PyObject {
        /** Reads the attribute. */
        public interface Getter {
            PyObject get(PyObject self);
        }

        /** Writes the attribute. */
        public interface Setter {
            void set(PyObject self, PyObject value);
        }

        public final String name;
        final Getter getter;
        final Setter setter;

        public GetSet(String name, Getter getter, Setter setter) {
            this.name = name;
            this.getter = getter;
            this.setter = setter;
        }

        @Override
        public PyType type() {
            return GETSET;
        }
    }

    public static GetSet getter(String name, GetSet.Getter g) {
        return new GetSet(name, g, null);
    }

    public static GetSet getSet(String name, GetSet.Getter g, GetSet.Setter s) {
        return new GetSet(name, g, s);
    }
}
