package io.looplab.vm;

/** A module: a named namespace dict (the globals of its code). */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, null, t -> { });

    public final String name;
    private final PyDict dict;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", PyStr.of(name));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    public PyObject get(String attr) {
        return dict.get(attr);
    }

    public void put(String attr, PyObject value) {
        dict.put(attr, value);
    }
}
