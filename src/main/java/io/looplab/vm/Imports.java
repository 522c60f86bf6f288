package io.looplab.vm;

import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.vm.compiler.Compiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The import system: native modules, .py files beside the scenario, and clear errors for the rest. */
final class Imports {
    /** CPython's stdlib modules that LoopLab does not provide: importing one is NotImplementedError. */
    private static final Set<String> STDLIB = Set.of("argparse", "array", "ast", "base64", "binascii", "calendar",
            "cmath", "codecs", "copyreg", "csv", "ctypes", "dbm", "decimal", "difflib", "dis", "email", "errno",
            "fcntl", "fnmatch", "fractions", "gc", "getpass", "gettext", "glob", "gzip", "hashlib", "hmac", "html",
            "http", "importlib", "inspect", "io", "ipaddress", "json", "locale", "logging", "lzma", "mmap",
            "multiprocessing", "numbers", "pathlib", "pdb", "pickle", "platform", "pprint", "re", "select",
            "selectors", "shelve", "shlex", "shutil", "signal", "socket", "socketserver", "sqlite3", "ssl", "struct",
            "subprocess", "tempfile", "timeit", "tkinter", "traceback", "unittest", "urllib", "uuid", "warnings",
            "weakref", "xml", "zipfile", "zlib", "zoneinfo", "contextvars", "sched", "secrets", "tarfile",
            "unicodedata", "webbrowser", "wsgiref", "xmlrpc", "statistics", "graphlib", "reprlib");

    private Imports() {
    }

    static PyObject importName(Runtime rt, String name, PyObject fromlist, int level, PyDict globals) {
        if (level > 0) {
            throw PyException.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String[] parts = name.split("\\.");
        PyModule top = null;
        PyModule parent = null;
        PyModule m = null;
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (prefix.length() > 0) {
                prefix.append('.');
            }
            prefix.append(part);
            m = load(rt, prefix.toString());
            if (parent != null && parent.get(part) == null) {
                parent.put(part, m);
            }
            if (top == null) {
                top = m;
            }
            parent = m;
        }
        boolean wantsLeaf = fromlist != Py.NONE && Ops.isTrue(fromlist);
        return wantsLeaf ? m : top;
    }

    static PyModule load(Runtime rt, String name) {
        PyModule m = rt.modules.get(name);
        if (m != null) {
            return m;
        }
        var factory = rt.nativeModule(name);
        if (factory != null) {
            m = factory.apply(rt);
            rt.modules.put(name, m);
            return m;
        }
        if (rt.searchPath != null && !name.contains(".")) {
            Path file = rt.searchPath.resolve(name + ".py");
            if (Files.isRegularFile(file)) {
                return loadFile(rt, name, file);
            }
        }
        String root = name.split("\\.")[0];
        if (STDLIB.contains(root)) {
            throw PyException.unsupported("the '" + name + "' module");
        }
        PyBaseException e = new PyBaseException(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                PyStr.of("No module named '" + name + "'"));
        throw e.toJava();
    }

    private static PyModule loadFile(Runtime rt, String name, Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyException.of(ExceptionTypes.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage());
        }
        Module ast = Parser.parse(source, file.toString());
        Code code = Compiler.compile(ast);
        PyModule m = new PyModule(name);
        m.put("__file__", PyStr.of(file.toString()));
        rt.modules.put(name, m);
        try {
            rt.execModule(code, m);
        } catch (PyException e) {
            rt.modules.remove(name);
            throw e;
        }
        return m;
    }

    static PyObject importFrom(Runtime rt, PyObject module, String name) {
        PyObject v = Attributes.lookupOrNull(module, name);
        if (v != null) {
            return v;
        }
        if (module instanceof PyModule m) {
            try {
                PyModule sub = load(rt, m.name + "." + name);
                m.put(name, sub);
                return sub;
            } catch (PyException e) {
                if (!e.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR)) {
                    throw e;
                }
            }
            PyObject file = m.get("__file__");
            String where = file == null ? "unknown location" : Ops.str(file);
            throw PyException.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + m.name
                    + "' (" + where + ")");
        }
        throw PyException.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "'");
    }

    static void importStar(PyObject module, PyDict target) {
        PyDict d = module.dict();
        PyObject all = d.get("__all__");
        if (all != null) {
            for (PyObject n : Ops.toArray(all)) {
                target.put(n, Attributes.get(module, Ops.str(n)));
            }
            return;
        }
        for (var e : d.entries()) {
            if (!Ops.str(e.getKey()).startsWith("_")) {
                target.put(e.getKey(), e.getValue());
            }
        }
    }
}
