package io.looplab.vm;

/** Slice assignment and deletion on lists (list_ass_slice and list_ass_subscript). */
final class ListSlices {
    private ListSlices() {
    }

    /** l[s] = value: a simple slice takes any iterable and may change the length; an extended one may not. */
    static void assign(PyList l, PySlice s, PyObject value) {
        long[] ix = s.indices(l.size());
        int lo = (int) ix[0];
        if (ix[2] == 1) {
            PyObject[] vals = items(l, value, "can only assign an iterable");
            replace(l, lo, (int) Math.max(ix[0], ix[1]), vals);
            return;
        }
        PyObject[] vals = items(l, value, "must assign iterable to extended slice");
        if (vals.length != ix[3]) {
            throw PyException.value("attempt to assign sequence of size " + vals.length
                    + " to extended slice of size " + ix[3]);
        }
        for (int i = 0; i < vals.length; i++) {
            l.set((int) (ix[0] + i * ix[2]), vals[i]);
        }
    }

    /** PySequence_Fast: the items of value (a copy when value is the list itself). */
    private static PyObject[] items(PyList l, PyObject value, String notIterable) {
        if (value == l) {
            return l.toArray();
        }
        if (value instanceof PyList || value instanceof PyTuple) {
            return Ops.toArray(value);
        }
        if (value.type().lookup("__iter__") == null && value.type().lookup("__getitem__") == null) {
            throw PyException.type(notIterable);
        }
        return Ops.toArray(value);
    }

    private static void replace(PyList l, int lo, int hi, PyObject[] vals) {
        int n = l.size();
        PyObject[] r = new PyObject[Math.max(4, n - (hi - lo) + vals.length)];
        System.arraycopy(l.items, 0, r, 0, lo);
        System.arraycopy(vals, 0, r, lo, vals.length);
        System.arraycopy(l.items, hi, r, lo + vals.length, n - hi);
        l.items = r;
        l.size = n - (hi - lo) + vals.length;
    }

    /** del l[s]. */
    static void delete(PyList l, PySlice s) {
        long[] ix = s.indices(l.size());
        if (ix[3] == 0) {
            return;
        }
        if (ix[2] == 1) {
            replace(l, (int) ix[0], (int) ix[1], new PyObject[0]);
            return;
        }
        long step = ix[2];
        long first = step > 0 ? ix[0] : ix[0] + (ix[3] - 1) * step;
        long stride = Math.abs(step);
        long last = first + (ix[3] - 1) * stride;
        int n = l.size();
        PyObject[] r = new PyObject[Math.max(4, n)];
        int k = 0;
        for (int i = 0; i < n; i++) {
            boolean dropped = i >= first && i <= last && (i - first) % stride == 0;
            if (!dropped) {
                r[k++] = l.items[i];
            }
        }
        l.items = r;
        l.size = k;
    }
}
