package io.looplab.vm;

/**
 * Argument checking for the builtin str/bytes/int/float methods, with the messages CPython's
 * Argument Clinic and PyArg_ParseTuple produce. Arrays returned exclude self.
 */
final class MethodArgs {
    private MethodArgs() {
    }

    /** Positional-only with min..max arguments: "ljust expected at least 1 argument, got 0". */
    static PyObject[] clinic(String owner, String name, PyObject[] a, String[] k, int min, int max) {
        noKeywords(owner, name, k);
        int n = a.length - 1;
        if (n < min) {
            throw PyException.type(name + " expected at least " + min + " argument" + plural(min) + ", got " + n);
        }
        if (n > max) {
            throw PyException.type(name + " expected at most " + max + " argument" + plural(max) + ", got " + n);
        }
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    /** PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)". */
    static PyObject[] tuple(String owner, String name, PyObject[] a, String[] k, int min, int max) {
        noKeywords(owner, name, k);
        int n = a.length - 1;
        if (n < min) {
            throw PyException.type(name + "() takes at least " + min + " argument" + plural(min) + " (" + n + " given)");
        }
        if (n > max) {
            throw PyException.type(name + "() takes at most " + max + " argument" + plural(max) + " (" + n + " given)");
        }
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    /**
     * Positional-or-keyword parameters, all optional (split, splitlines, encode...): the values
     * by parameter position, null where not given.
     */
    static PyObject[] keywords(String name, PyObject[] a, String[] k, String... params) {
        int nkw = k == null ? 0 : k.length;
        int npos = a.length - 1 - nkw;
        if (npos > params.length) {
            throw PyException.type(name + "() takes at most " + params.length + " argument" + plural(params.length)
                    + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[params.length];
        System.arraycopy(a, 1, out, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int p = java.util.Arrays.asList(params).indexOf(k[i]);
            if (p < 0) {
                throw PyException.type("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
            if (out[p] != null) {
                throw PyException.type("argument for " + name + "() given by name ('" + k[i] + "') and position ("
                        + (p + 1) + ")");
            }
            out[p] = a[a.length - nkw + i];
        }
        return out;
    }

    static void noKeywords(String owner, String name, String[] k) {
        if (k != null && k.length > 0) {
            throw PyException.type((owner.isEmpty() ? "" : owner + ".") + name + "() takes no keyword arguments");
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static PyObject opt(PyObject[] p, int i) {
        return i < p.length ? p[i] : null;
    }

    /** An index-like argument (Argument Clinic's Py_ssize_t converter). */
    static long index(PyObject v) {
        PyInt i = IntMethods.index(v);
        if (!i.isSmall()) {
            throw PyException.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** A str argument: "must be str, not int" (or the given message prefix). */
    static PyStr str(PyObject v, String what) {
        if (v instanceof PyStr s) {
            return s;
        }
        throw PyException.type(what + "must be str, not " + v.type().name());
    }
}
