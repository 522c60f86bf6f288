package io.looplab.vm;

/** UNPACK_SEQUENCE and UNPACK_EX: a, b = x and a, *b, c = x. */
final class Unpack {
    private Unpack() {
    }

    static void sequence(Frame f, int n) {
        PyObject seq = Slow.pop(f);
        PyObject[] items;
        if (seq instanceof PyTuple t) {
            items = t.items;
        } else if (seq instanceof PyList l) {
            items = l.toArray();
        } else {
            items = collect(seq, n);
        }
        if (items.length != n) {
            throw items.length < n
                    ? PyException.value("not enough values to unpack (expected " + n + ", got " + items.length + ")")
                    : PyException.value("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            Slow.push(f, items[i]);
        }
    }

    /** Iterates at most n + 1 items: enough to tell "too many" without exhausting an endless iterator. */
    private static PyObject[] collect(PyObject seq, int n) {
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                throw PyException.type("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        PyList out = new PyList();
        for (PyObject v = Ops.next(it); v != null; v = out.size() <= n ? Ops.next(it) : null) {
            out.append(v);
        }
        return out.toArray();
    }

    static void extended(Frame f, int before, int after) {
        PyObject[] items = Ops.toArray(Slow.pop(f));
        if (items.length < before + after) {
            throw PyException.value("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.length + ")");
        }
        for (int i = items.length - 1; i >= items.length - after; i--) {
            Slow.push(f, items[i]);
        }
        int mid = items.length - after - before;
        PyObject[] middle = new PyObject[mid];
        System.arraycopy(items, before, middle, 0, mid);
        Slow.push(f, new PyList(middle, mid));
        for (int i = before - 1; i >= 0; i--) {
            Slow.push(f, items[i]);
        }
    }
}
