package io.looplab.vm;

/** True and False: the two instances of bool, a subclass of int. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, null, BoolMethods::define);
    static final PyBool TRUE = new PyBool(1);
    static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isTrue() {
        return value != 0;
    }
}
