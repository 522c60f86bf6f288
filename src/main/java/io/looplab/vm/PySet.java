package io.looplab.vm;

import java.util.NoSuchElementException;

/**
 * Python's set and frozenset, with CPython 3.11's open-addressing table (linear probes of 9,
 * then perturbed jumps) so that iteration order, and so printed sets, match CPython.
 */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, null, SetMethods::defineSet);
    public static final PyType FROZEN = PyType.builtin("frozenset", PyType.OBJECT, null, SetMethods::defineFrozen);
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = Py.MISSING;

    private final boolean frozen;
    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill;
    private int used;
    /** Bumped on every structural change, so iterators can detect mutation. */
    int version;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN : TYPE;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    public void add(PyObject key) {
        long hash = Ops.hash(key);
        insert(key, hash);
        if (fill * 5 >= mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    private void insert(PyObject key, long hash) {
        int freeslot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    int slot = freeslot >= 0 ? freeslot : j;
                    if (freeslot < 0) {
                        fill++;
                    }
                    keys[slot] = key;
                    hashes[slot] = hash;
                    used++;
                    version++;
                    return;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eqBool(k, key))) {
                    return;
                }
                if (k == DUMMY && freeslot < 0) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The table slot holding key, or -1. */
    private int find(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eqBool(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        return find(key, Ops.hash(key)) >= 0;
    }

    /** Removes key; returns whether it was present. */
    public boolean discard(PyObject key) {
        int j = find(key, Ops.hash(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        version++;
        return true;
    }

    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        version++;
    }

    /** set.pop(): CPython scans from a moving finger; we keep its order by scanning from slot 0 after the last pop. */
    private int finger;

    public PyObject pop() {
        if (used == 0) {
            throw PyException.key("pop from an empty set", null);
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        version++;
        finger = i + 1;
        return k;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
        version++;
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Iteration in table order. */
    public java.util.Iterator<PyObject> iterator() {
        return new java.util.Iterator<>() {
            private final int startVersion = version;
            private int pos;

            @Override
            public boolean hasNext() {
                if (version != startVersion) {
                    throw PyException.runtime("Set changed size during iteration");
                }
                while (pos <= mask && (keys[pos] == null || keys[pos] == DUMMY)) {
                    pos++;
                }
                return pos <= mask;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return keys[pos++];
            }
        };
    }

    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) {
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return out;
    }

    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        for (PyObject k : toArray()) {
            s.add(k);
        }
        return s;
    }

    @Override
    public int hashCode() {
        if (!frozen) {
            throw PyException.type("unhashable type: 'set'");
        }
        long h = Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PySet s) || s.used != used) {
            return false;
        }
        for (PyObject k : toArray()) {
            if (!s.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
