package io.looplab.vm;

/** The unique values None, NotImplemented and Ellipsis, each the only instance of its type. */
public final class PySingleton extends PyObject {
    private final PyType type;
    private final String repr;

    PySingleton(String typeName, String repr) {
        this.type = PyType.builtin(typeName, PyType.OBJECT, null, t -> { });
        this.repr = repr;
    }

    @Override
    public PyType type() {
        return type;
    }

    public String repr() {
        return repr;
    }
}
