package io.looplab.vm;

/**
 * Argument parsing for natives written against the general (args, kwnames) form: positional
 * and keyword lookup by parameter name, with CPython-style error messages.
 */
public final class Args {
    private final String fn;
    private final PyObject[] values;
    private final String[] names;
    private final int npos;

    /** fn: the name used in error messages; params: parameter names in order. */
    public Args(String fn, PyObject[] args, String[] kwnames, String... params) {
        this.fn = fn;
        this.names = params;
        int nkw = kwnames == null ? 0 : kwnames.length;
        this.npos = args.length - nkw;
        this.values = new PyObject[params.length];
        if (npos > params.length) {
            throw PyException.type(fn + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s")
                    + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, values, 0, npos);
        for (int i = 0; i < nkw; i++) {
            int p = indexOf(kwnames[i]);
            if (p < 0) {
                throw PyException.type(fn + "() got an unexpected keyword argument '" + kwnames[i] + "'");
            }
            if (values[p] != null) {
                throw PyException.type(fn + "() got multiple values for argument '" + kwnames[i] + "'");
            }
            values[p] = args[npos + i];
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The argument, or null when not given. */
    public PyObject get(int i) {
        return values[i];
    }

    public PyObject get(int i, PyObject dflt) {
        return values[i] != null ? values[i] : dflt;
    }

    /** A required argument. */
    public PyObject require(int i) {
        if (values[i] == null) {
            throw PyException.type(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
        }
        return values[i];
    }

    public int positionalCount() {
        return npos;
    }

    /** Positional arguments only (for natives with *args), checked against kwnames. */
    public static PyObject[] positional(String fn, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyException.type(fn + "() takes no keyword arguments");
        }
        return args;
    }
}
