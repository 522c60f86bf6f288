package io.looplab.vm;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPython 3.11's builtin exception hierarchy. */
public final class ExceptionTypes {
    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION =
            register(PyType.builtin("BaseException", PyType.OBJECT, PyBaseException.ALLOC, ExceptionMethods::define));
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = register(PyType.builtin("BaseExceptionGroup", BASE_EXCEPTION,
            PyBaseException.ALLOC, ExceptionGroups::define));
    public static final PyType EXCEPTION_GROUP = register(PyType.builtin("ExceptionGroup",
            new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION}, PyBaseException.ALLOC, t -> { }));

    private ExceptionTypes() {
    }

    private static PyType register(PyType t) {
        ALL.put(t.name(), t);
        return t;
    }

    private static PyType make(String name, PyType base) {
        return register(PyType.builtin(name, base, PyBaseException.ALLOC, t -> { }));
    }

    /** Every builtin exception type by name, in definition order (for the builtins module). */
    public static Map<String, PyType> all() {
        return ALL;
    }

    /** Creates a builtin-style exception type outside this hierarchy (e.g. asyncio.CancelledError). */
    public static PyType define(String name, String module, PyType base) {
        PyType t = PyType.builtin(name, base, PyBaseException.ALLOC, x -> { });
        t.define("__module__", PyStr.of(module));
        return t;
    }
}
