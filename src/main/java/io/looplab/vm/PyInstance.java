package io.looplab.vm;

/** An instance of a user-defined class whose layout is plain {@code object}: a type and a dict. */
public final class PyInstance extends PyObject {
    private final PyType type;
    private final PyDict dict = new PyDict();
    private long id = -1;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** A deterministic identity, assigned at first use (id(), the default hash). */
    public long id() {
        if (id < 0) {
            id = Runtime.active().newId();
        }
        return id;
    }

    @Override
    public int hashCode() {
        if (type.lookup("__hash__") == ObjectMethods.HASH) {
            return Long.hashCode(id());
        }
        long h = Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof PyObject other && Ops.eqBool(this, other);
    }
}
