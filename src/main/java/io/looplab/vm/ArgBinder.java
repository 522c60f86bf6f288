package io.looplab.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a function's parameters (CPython's rules and error messages):
 * positional, *args, keyword, **kwargs, defaults, keyword-only.
 */
final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * Fills locals (the start of a new frame's registers) from args[base .. base+nargs), where
     * the last kw.length values are keywords; self (if non-null) comes before them all.
     */
    static void bind(PyFunction fn, PyObject[] locals, PyObject self, PyObject[] args, int base, int nargs,
                     String[] kw) {
        Code code = fn.code;
        int nkw = kw == null ? 0 : kw.length;
        int npos = nargs - nkw;
        int argc = code.argCount;
        int total = npos + (self != null ? 1 : 0);
        int i = 0;
        if (self != null) {
            if (argc > 0) {
                locals[0] = self;
            }
            i = 1;
        }
        int k = 0;
        for (; i < Math.min(total, argc); i++, k++) {
            locals[i] = args[base + k];
        }
        int varargsAt = argc + code.kwOnlyCount;
        boolean hasVarargs = (code.flags & Code.VARARGS) != 0;
        if (total > argc) {
            if (!hasVarargs) {
                throw tooMany(fn, total);
            }
            PyObject[] extra = new PyObject[total - argc];
            int start = self != null && argc == 0 ? 1 : 0;
            if (start == 1) {
                extra[0] = self;
            }
            for (int j = start; j < extra.length; j++) {
                extra[j] = args[base + k++];
            }
            locals[varargsAt] = PyTuple.of(extra);
        } else if (hasVarargs) {
            locals[varargsAt] = PyTuple.EMPTY;
        }
        PyDict kwargs = null;
        if ((code.flags & Code.VARKEYWORDS) != 0) {
            kwargs = new PyDict();
            locals[varargsAt + (hasVarargs ? 1 : 0)] = kwargs;
        }
        for (int j = 0; j < nkw; j++) {
            bindKeyword(fn, locals, kw[j], args[base + npos + j], kwargs);
        }
        fillDefaults(fn, locals, total);
    }

    private static void bindKeyword(PyFunction fn, PyObject[] locals, String name, PyObject value, PyDict kwargs) {
        Code code = fn.code;
        int end = code.argCount + code.kwOnlyCount;
        for (int p = code.posOnlyCount; p < end; p++) {
            if (code.varNames[p].equals(name)) {
                if (locals[p] != null) {
                    throw PyException.type(fn.qualname + "() got multiple values for argument '" + name + "'");
                }
                locals[p] = value;
                return;
            }
        }
        if (kwargs != null) {
            kwargs.put(PyStr.of(name), value);
            return;
        }
        for (int p = 0; p < code.posOnlyCount; p++) {
            if (code.varNames[p].equals(name)) {
                throw PyException.type(fn.qualname
                        + "() got some positional-only arguments passed as keyword arguments: '" + name + "'");
            }
        }
        throw PyException.type(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
    }

    private static void fillDefaults(PyFunction fn, PyObject[] locals, int given) {
        Code code = fn.code;
        int argc = code.argCount;
        PyObject[] defaults = fn.defaults;
        int nd = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int p = given; p < argc; p++) {
            if (locals[p] == null) {
                int d = p - (argc - nd);
                if (d >= 0) {
                    locals[p] = defaults[d];
                } else {
                    missing = add(missing, code.varNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fn, missing, "positional");
        }
        for (int p = argc; p < argc + code.kwOnlyCount; p++) {
            if (locals[p] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.varNames[p]);
                if (d != null) {
                    locals[p] = d;
                } else {
                    missing = add(missing, code.varNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fn, missing, "keyword-only");
        }
    }

    private static List<String> add(List<String> l, String s) {
        List<String> r = l == null ? new ArrayList<>() : l;
        r.add(s);
        return r;
    }

    private static PyException missingError(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        int n = names.size();
        return PyException.type(fn.qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    private static PyException tooMany(PyFunction fn, int given) {
        Code code = fn.code;
        int argc = code.argCount;
        int nd = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (nd > 0 && nd < argc) {
            takes = "from " + (argc - nd) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        return PyException.type(fn.qualname + "() takes " + takes + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }
}
