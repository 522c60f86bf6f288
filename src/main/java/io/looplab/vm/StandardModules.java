package io.looplab.vm;

import io.looplab.vm.modules.ModuleLibrary;

/** Registers the native modules every runtime has (sys here; the rest in the modules package). */
final class StandardModules {
    private StandardModules() {
    }

    static void register(Runtime rt) {
        rt.registerModule("sys", StandardModules::sys);
        ModuleLibrary.registerAll(rt);
    }

    /** sys.stdout as the program currently sees it (it may have been replaced). */
    static PyObject stdout(Runtime rt) {
        PyModule sys = rt.modules.get("sys");
        PyObject out = sys == null ? null : sys.get("stdout");
        return out != null ? out : rt.stdoutStream();
    }

    private static PyModule sys(Runtime rt) {
        PyModule m = new PyModule("sys");
        m.put("stdout", rt.stdoutStream());
        m.put("stderr", rt.stderrStream());
        m.put("__stdout__", rt.stdoutStream());
        m.put("__stderr__", rt.stderrStream());
        m.put("argv", PyList.of(PyStr.of(rt.scriptName)));
        m.put("path", PyList.of(PyStr.of(rt.searchPath == null ? "" : rt.searchPath.toString())));
        m.put("version", PyStr.of("3.11.2 (LoopLab) [Java]"));
        m.put("version_info", PyTuple.of(PyInt.of(3), PyInt.of(11), PyInt.of(2), PyStr.of("final"), PyInt.of(0)));
        m.put("hexversion", PyInt.of(0x030b02f0));
        m.put("platform", PyStr.of("linux"));
        m.put("byteorder", PyStr.of("little"));
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("executable", PyStr.of("/usr/bin/python3"));
        m.put("exc_info", PyBuiltinFunction.of0("exc_info", () -> excInfo(rt)));
        m.put("exception", PyBuiltinFunction.of0("exception", () -> {
            PyBaseException e = rt.current == null ? null : rt.current.handled;
            return e == null ? Py.NONE : e;
        }));
        m.put("getrecursionlimit", PyBuiltinFunction.of0("getrecursionlimit", () -> PyInt.of(rt.recursionLimit)));
        m.put("setrecursionlimit", PyBuiltinFunction.of1("setrecursionlimit", n -> {
            rt.recursionLimit = (int) Ops.index(n);
            return Py.NONE;
        }));
        m.put("exit", PyBuiltinFunction.ofN("exit", (a, k) -> {
            throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT, a).toJava();
        }));
        PyBuiltinFunction excepthook = PyBuiltinFunction.ofN("excepthook", (a, k) -> {
            if (a.length != 3) {
                throw PyException.type("excepthook expected 3 arguments, got " + a.length);
            }
            if (a[1] instanceof PyBaseException e) {
                rt.stderr.write(Tracebacks.format(e, rt));
            }
            return Py.NONE;
        });
        m.put("excepthook", excepthook);
        m.put("__excepthook__", excepthook);
        m.put("intern", PyBuiltinFunction.of1("intern", s -> s));
        m.put("get_int_max_str_digits", PyBuiltinFunction.of0("get_int_max_str_digits", () -> PyInt.of(Repr.MAX_STR_DIGITS)));
        m.put("getsizeof", PyBuiltinFunction.ofN("getsizeof", (a, k) -> {
            throw PyException.unsupported("sys.getsizeof (Java objects have no CPython sizes)");
        }));
        return m;
    }

    private static PyObject excInfo(Runtime rt) {
        PyBaseException e = rt.current == null ? null : rt.current.handled;
        if (e == null) {
            return PyTuple.of(Py.NONE, Py.NONE, Py.NONE);
        }
        return PyTuple.of(e.type(), e, Py.NONE);
    }
}
