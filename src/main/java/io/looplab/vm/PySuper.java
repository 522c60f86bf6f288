package io.looplab.vm;

/** super(cls, obj): attribute lookup that starts after cls in obj's MRO. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, null, t -> {
        t.define("__new__", PyBuiltinFunction.methodN("super", "__new__", (a, k) -> {
            if (a.length != 3) {
                throw PyException.runtime("super(): no arguments");
            }
            if (!(a[1] instanceof PyType cls)) {
                throw PyException.type("super() argument 1 must be a type, not " + a[1].type().name());
            }
            return new PySuper(cls, a[2]);
        }));
    });

    private final PyType cls;
    private final PyObject obj;

    public PySuper(PyType cls, PyObject obj) {
        this.cls = cls;
        this.obj = obj;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The attribute found after cls in the MRO of obj (or of obj itself when obj is a class), bound to obj. */
    PyObject lookup(String name) {
        PyType start = obj instanceof PyType t && t.isSubtypeOf(cls) ? t : obj.type();
        PyType[] mro = start.mro();
        int i = 0;
        while (i < mro.length && mro[i] != cls) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict().get(name);
            if (v != null) {
                if (obj instanceof PyType t && v instanceof PyFunction) {
                    return v;
                }
                if (obj instanceof PyType t) {
                    return v instanceof Descriptors.ClassMethod cm ? new PyBoundMethod(cm.func, t) : v;
                }
                return Attributes.bind(v, obj, start);
            }
        }
        return null;
    }
}
