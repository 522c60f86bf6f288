package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.Runtime;

/**
 * os and os.path, limited to what lecture scenarios touch: a simulated process has the runtime's
 * CPU count, a fixed pid and an empty environment; paths are manipulated as posixpath does, and
 * no file is ever looked at (exists() is true only for "/" and ".").
 */
final class OsModule {
    /** The pid every simulated process reports (CPython's differs from run to run anyway). */
    static final long PID = 12345;

    private OsModule() {
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("os");
        m.put("name", PyStr.of("posix"));
        m.put("sep", PyStr.of("/"));
        m.put("altsep", Py.NONE);
        m.put("extsep", PyStr.of("."));
        m.put("pathsep", PyStr.of(":"));
        m.put("curdir", PyStr.of("."));
        m.put("pardir", PyStr.of(".."));
        m.put("linesep", PyStr.of("\n"));
        m.put("devnull", PyStr.of("/dev/null"));
        PyDict environ = new PyDict();
        m.put("environ", environ);
        m.put("cpu_count", PyBuiltinFunction.of0("cpu_count", () -> PyInt.of(rt.cpuCount)));
        m.put("getpid", PyBuiltinFunction.of0("getpid", () -> PyInt.of(PID)));
        m.put("getenv", PyBuiltinFunction.ofN("getenv", (a, k) -> {
            Args p = new Args("getenv", a, k, "key", "default");
            PyObject v = environ.get(p.require(0));
            return v != null ? v : p.get(1, Py.NONE);
        }));
        m.put("path", rt.importModule("os.path"));
        return m;
    }

    static PyModule createPath(Runtime rt) {
        PyModule m = new PyModule("os.path");
        m.put("sep", PyStr.of("/"));
        m.put("join", PyBuiltinFunction.ofN("join", (a, k) -> PyStr.of(join(strings("join", a, k)))));
        m.put("split", PyBuiltinFunction.of1("split", p -> {
            String[] ht = split(str(p));
            return PyTuple.of(PyStr.of(ht[0]), PyStr.of(ht[1]));
        }));
        m.put("basename", PyBuiltinFunction.of1("basename", p -> PyStr.of(split(str(p))[1])));
        m.put("dirname", PyBuiltinFunction.of1("dirname", p -> PyStr.of(split(str(p))[0])));
        m.put("splitext", PyBuiltinFunction.of1("splitext", p -> splitext(str(p))));
        m.put("isabs", PyBuiltinFunction.of1("isabs", p -> Py.bool(str(p).startsWith("/"))));
        m.put("exists", PyBuiltinFunction.of1("exists", p -> Py.bool(str(p).equals("/") || str(p).equals("."))));
        m.put("isdir", PyBuiltinFunction.of1("isdir", p -> Py.bool(str(p).equals("/") || str(p).equals("."))));
        m.put("isfile", PyBuiltinFunction.of1("isfile", p -> Py.FALSE));
        m.put("normpath", PyBuiltinFunction.of1("normpath", p -> PyStr.of(normpath(str(p)))));
        return m;
    }

    private static String str(PyObject p) {
        if (!(p instanceof PyStr s)) {
            throw PyException.type("expected str, bytes or os.PathLike object, not " + p.type().name());
        }
        return s.value;
    }

    private static String[] strings(String fn, PyObject[] a, String[] k) {
        PyObject[] args = Args.positional(fn, a, k);
        if (args.length == 0) {
            throw PyException.type("join() missing 1 required positional argument: 'a'");
        }
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof PyStr s)) {
                throw PyException.type("join() argument must be str, bytes, or os.PathLike object, not '"
                        + args[i].type().name() + "'");
            }
            out[i] = s.value;
        }
        return out;
    }

    /** posixpath.join: an absolute component restarts the path. */
    static String join(String[] parts) {
        StringBuilder path = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String b = parts[i];
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    /** posixpath.split: (head, tail), trailing slashes stripped from head unless it is all slashes. */
    static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        String head = p.substring(0, i);
        String tail = p.substring(i);
        if (!head.isEmpty() && !head.chars().allMatch(c -> c == '/')) {
            int end = head.length();
            while (end > 0 && head.charAt(end - 1) == '/') {
                end--;
            }
            head = head.substring(0, end);
        }
        return new String[] {head, tail};
    }

    /** genericpath._splitext: leading dots of the file name do not start an extension. */
    private static PyObject splitext(String p) {
        int sepIndex = p.lastIndexOf('/');
        int dotIndex = p.lastIndexOf('.');
        if (dotIndex > sepIndex) {
            for (int i = sepIndex + 1; i < dotIndex; i++) {
                if (p.charAt(i) != '.') {
                    return PyTuple.of(PyStr.of(p.substring(0, dotIndex)), PyStr.of(p.substring(dotIndex)));
                }
            }
        }
        return PyTuple.of(PyStr.of(p), PyStr.of(""));
    }

    /** posixpath.normpath. */
    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initial = path.startsWith("/") ? (path.startsWith("//") && !path.startsWith("///") ? 2 : 1) : 0;
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String comp : path.split("/")) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || initial == 0 && out.isEmpty() || !out.isEmpty() && out.get(out.size() - 1).equals("..")) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String joined = "/".repeat(initial) + String.join("/", out);
        return joined.isEmpty() ? "." : joined;
    }
}
