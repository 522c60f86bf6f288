package io.looplab.vm;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseException or any subclass (builtin or user-defined). */
public final class PyBaseException extends PyObject {
    static final PyType.Allocator ALLOC = PyBaseException::new;

    /** One line of a traceback: where the exception passed through. */
    public record TracebackEntry(String fileName, int line, String function) {
    }

    private final PyType type;
    private PyDict dict;
    public PyTuple args = PyTuple.EMPTY;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /** Innermost first, appended as the exception unwinds frame by frame. */
    public final List<TracebackEntry> traceback = new ArrayList<>();
    private PyException java;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    public PyBaseException(PyType type, PyObject... args) {
        this.type = type;
        this.args = PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The Java throwable that carries this exception through Java frames. */
    public PyException toJava() {
        if (java == null) {
            java = new PyException(this);
        }
        return java;
    }

    /** str(exc) for builtin exception classes (KeyError quotes its key, as CPython does). */
    public String message() {
        PyObject s = dict == null ? null : dict.get("__looplab_str__");
        if (s instanceof PyStr str) {
            return str.value;
        }
        if (type.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            return ExceptionGroups.str(this);
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            PyObject a = args.get(0);
            return type.isSubtypeOf(ExceptionTypes.KEY_ERROR) ? Ops.repr(a) : Ops.str(a);
        }
        return Ops.repr(args);
    }

    public void addTraceback(String fileName, int line, String function) {
        traceback.add(new TracebackEntry(fileName, line, function));
    }
}
