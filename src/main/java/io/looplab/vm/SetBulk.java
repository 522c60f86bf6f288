package io.looplab.vm;

/**
 * The bulk paths of setobject.c that write a set's table directly: set_update_internal (one
 * presize for a dict), set_merge (slot-for-slot copy or clean inserts into an empty table) and
 * set_swap_bodies. They decide the table layout of copies, unions and set(x), so printed order.
 */
final class SetBulk {
    private SetBulk() {
    }

    static void update(PySet so, PyObject other) {
        if (other instanceof PySet s) {
            merge(so, s);
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((so.fill + n) * 5L >= so.mask * 3L) {
                so.resize((so.used + n) * 2);
            }
            for (int i = 0; i < d.entryCount(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    so.addEntry(k, Ops.hash(k));
                }
            }
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                so.add(v);
            }
        }
    }

    private static void merge(PySet so, PySet other) {
        if (other == so || other.used == 0) {
            return;
        }
        if ((so.fill + other.used) * 5L >= so.mask * 3L) {
            so.resize((so.used + other.used) * 2);
        }
        if (so.fill == 0 && so.mask == other.mask && other.fill == other.used) {
            // same size, no dummies: copy slot for slot
            System.arraycopy(other.keys, 0, so.keys, 0, so.keys.length);
            System.arraycopy(other.hashes, 0, so.hashes, 0, so.hashes.length);
            so.fill = other.fill;
            so.used = other.used;
            return;
        }
        if (so.fill == 0) {
            so.fill = other.used;
            so.used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                PyObject k = other.keys[i];
                if (k != null && k != PySet.DUMMY) {
                    so.insertClean(k, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            PyObject k = other.keys[i];
            if (k != null && k != PySet.DUMMY) {
                so.addEntry(k, other.hashes[i]);
            }
        }
    }

    /** set_swap_bodies: exchanges tables (intersection_update installs its result this way). */
    static void swapBodies(PySet a, PySet b) {
        PyObject[] k = a.keys;
        a.keys = b.keys;
        b.keys = k;
        long[] h = a.hashes;
        a.hashes = b.hashes;
        b.hashes = h;
        int t = a.mask;
        a.mask = b.mask;
        b.mask = t;
        t = a.fill;
        a.fill = b.fill;
        b.fill = t;
        t = a.used;
        a.used = b.used;
        b.used = t;
        a.hash = -1;
        b.hash = -1;
    }
}
