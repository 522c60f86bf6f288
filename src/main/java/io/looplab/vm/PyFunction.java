package io.looplab.vm;

/** A function defined in Python: code plus globals, defaults and closure cells. */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, null, FunctionMethods::define);

    public final Code code;
    public final PyDict globals;
    public final Runtime runtime;
    public PyObject[] defaults;
    public PyDict kwDefaults;
    public final PyCell[] closure;
    public String name;
    public String qualname;
    private PyDict dict;
    /** __doc__ (None until assigned: the compiler does not record docstrings). */
    public PyObject doc = Py.NONE;
    /** __module__ once assigned, or null. */
    private PyObject module;

    public PyFunction(Runtime runtime, Code code, PyDict globals, PyObject[] defaults, PyDict kwDefaults,
                      PyCell[] closure) {
        this.runtime = runtime;
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** The module name: as assigned to __module__ (functools.wraps does), else the defining module's {@code __name__}. */
    public PyObject module() {
        if (module != null) {
            return module;
        }
        PyObject m = globals.get("__name__");
        return m == null ? Py.NONE : m;
    }

    public void setModule(PyObject module) {
        this.module = module;
    }
}
