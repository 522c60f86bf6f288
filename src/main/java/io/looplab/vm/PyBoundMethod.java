package io.looplab.vm;

/** A function bound to an instance ({@code obj.method}): calling it prepends self. */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null, FunctionMethods::defineMethod);

    public final PyObject function;
    public final PyObject self;

    public PyBoundMethod(PyObject function, PyObject self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int hashCode() {
        return function.hashCode() * 31 + System.identityHashCode(self);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBoundMethod m && m.function.equals(function) && m.self == self;
    }
}
