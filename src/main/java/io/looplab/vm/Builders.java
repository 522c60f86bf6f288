package io.looplab.vm;

/** The BUILD_* and *_UPDATE instructions and FORMAT_VALUE. Each returns the new stack pointer. */
final class Builders {
    private Builders() {
    }

    static int tuple(PyObject[] regs, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(regs, sp - n, items, 0, n);
        clear(regs, sp - n, sp);
        regs[sp - n] = PyTuple.of(items);
        return sp - n + 1;
    }

    static int list(PyObject[] regs, int sp, int n) {
        PyObject[] items = new PyObject[Math.max(n, 4)];
        System.arraycopy(regs, sp - n, items, 0, n);
        clear(regs, sp - n, sp);
        regs[sp - n] = new PyList(items, n);
        return sp - n + 1;
    }

    static int set(PyObject[] regs, int sp, int n) {
        PySet s = new PySet(false);
        for (int i = sp - n; i < sp; i++) {
            s.add(regs[i]);
        }
        clear(regs, sp - n, sp);
        regs[sp - n] = s;
        return sp - n + 1;
    }

    static int map(PyObject[] regs, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            Ops.hash(regs[i]);
            d.put(regs[i], regs[i + 1]);
        }
        clear(regs, sp - 2 * n, sp);
        regs[sp - 2 * n] = d;
        return sp - 2 * n + 1;
    }

    static int string(PyObject[] regs, int sp, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = sp - n; i < sp; i++) {
            sb.append(((PyStr) regs[i]).value);
        }
        clear(regs, sp - n, sp);
        regs[sp - n] = PyStr.of(sb.toString());
        return sp - n + 1;
    }

    static int slice(PyObject[] regs, int sp, int n) {
        PyObject step = n == 3 ? regs[sp - 1] : Py.NONE;
        PyObject stop = regs[sp - n + 1];
        PyObject start = regs[sp - n];
        clear(regs, sp - n, sp);
        regs[sp - n] = new PySlice(start, stop, step);
        return sp - n + 1;
    }

    static int formatValue(PyObject[] regs, int sp, int flags) {
        PyObject spec = null;
        if ((flags & 4) != 0) {
            spec = regs[--sp];
            regs[sp] = null;
        }
        PyObject v = regs[sp - 1];
        switch (flags & 3) {
            case 1 -> v = PyStr.of(Ops.str(v));
            case 2 -> v = PyStr.of(Ops.repr(v));
            case 3 -> v = PyStr.of(StrFormatting.ascii(Ops.repr(v)));
            default -> { }
        }
        if (spec == null && v instanceof PyStr) {
            regs[sp - 1] = v;
        } else {
            regs[sp - 1] = PyStr.of(StrFormatting.format(v, spec == null ? "" : ((PyStr) spec).value));
        }
        return sp;
    }

    private static void clear(PyObject[] regs, int from, int to) {
        for (int i = from; i < to; i++) {
            regs[i] = null;
        }
    }

    static void listExtend(PyList l, PyObject iterable) {
        PyObject[] items = Ops.toArray(iterable);
        l.extend(items, items.length);
    }

    /** SET_UPDATE is _PySet_Update: sets and dicts take set_update_internal's bulk paths. */
    static void setUpdate(PySet s, PyObject iterable) {
        s.update(iterable);
    }

    /** dict.update(other); with merge (for **kwargs) a repeated key is an error. */
    static void dictUpdate(PyDict d, PyObject other, boolean merge) {
        if (other instanceof PyDict o) {
            for (var e : o.entries()) {
                if (merge && d.containsKey(e.getKey())) {
                    throw PyException.type("got multiple values for keyword argument '" + Ops.str(e.getKey()) + "'");
                }
                d.put(e.getKey(), e.getValue());
            }
            return;
        }
        PyObject keys = Attributes.lookupOrNull(other, "keys");
        if (keys == null) {
            if (merge) {
                throw PyException.type("argument after ** must be a mapping, not " + other.type().name());
            }
            for (PyObject pair : Ops.toArray(other)) {
                PyObject[] kv = Ops.toArray(pair);
                if (kv.length != 2) {
                    throw PyException.value("dictionary update sequence element has length " + kv.length
                            + "; 2 is required");
                }
                d.put(kv[0], kv[1]);
            }
            return;
        }
        for (PyObject k : Ops.toArray(Ops.call(keys))) {
            d.put(k, Ops.getItem(other, k));
        }
    }
}
