package io.looplab.vm;

import java.util.NoSuchElementException;

/**
 * Python's set and frozenset, with CPython 3.11's table (Objects/setobject.c): linear probes of
 * 9 then perturbed jumps, dummies for deleted slots, the same resize points, and the same bulk
 * paths (set_merge, set_update_internal's dict path), so iteration order and so printed sets
 * match CPython. The set algebra that walks these tables lives in {@link SetAlgebra}.
 */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, t -> new PySet(t), SetMethods::defineSet);
    public static final PyType FROZEN = PyType.builtin("frozenset", PyType.OBJECT, t -> new PySet(t),
            SetMethods::defineFrozen);
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The dummy key of a deleted slot; its hash is -1, which no live key has. */
    static final PyObject DUMMY = Py.MISSING;

    private final PyType type;
    private final boolean frozen;
    private PyDict dict;
    PyObject[] keys = new PyObject[MINSIZE];
    long[] hashes = new long[MINSIZE];
    int mask = MINSIZE - 1;
    int fill;
    int used;
    /** set.pop()'s search finger (so->finger). */
    private int finger;
    /** A frozenset's cached hash, or -1. */
    long hash = -1;

    public PySet(boolean frozen) {
        this.type = frozen ? FROZEN : TYPE;
        this.frozen = frozen;
    }

    /** An empty instance of set, frozenset or a subclass of either. */
    public PySet(PyType type) {
        this.type = type;
        this.frozen = type.isSubtypeOf(FROZEN);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type != TYPE && type != FROZEN) {
            dict = new PyDict();
        }
        return dict;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    // ---- table walking, for SetAlgebra and iterators ----

    int tableSize() {
        return mask + 1;
    }

    /** The live key in slot i, or null for an empty or dummy slot. */
    PyObject keyAt(int i) {
        PyObject k = keys[i];
        return k == DUMMY ? null : k;
    }

    long hashAt(int i) {
        return hashes[i];
    }

    // ---- probing ----

    public void add(PyObject key) {
        addEntry(key, Ops.hash(key));
    }

    /** set_add_entry: a dummy passed on the way is reused (the last one seen, as 3.11 does). */
    void addEntry(PyObject key, long h) {
        while (!tryAdd(key, h)) {
            // a comparison changed the table under us: start again, as CPython's goto restart
        }
    }

    private boolean tryAdd(PyObject key, long h) {
        int freeslot = -1;
        PyObject[] table = keys;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    place(freeslot >= 0 ? freeslot : j, key, h, freeslot < 0);
                    return true;
                }
                if (hashes[j] == h && k != DUMMY) {
                    if (k == key || equalKeys(k, key)) {
                        return true;
                    }
                    if (table != keys || keys[j] != k) {
                        return false;
                    }
                } else if (k == DUMMY) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static boolean equalKeys(PyObject stored, PyObject key) {
        if (stored instanceof PyStr a && key instanceof PyStr b) {
            return a.value.equals(b.value);
        }
        return Ops.eqBool(stored, key);
    }

    private void place(int slot, PyObject key, long h, boolean wasEmpty) {
        keys[slot] = key;
        hashes[slot] = h;
        used++;
        if (wasEmpty) {
            fill++;
            if (fill * 5L >= mask * 3L) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
    }

    /** set_lookkey: the slot holding key, or -1. */
    int find(PyObject key, long h) {
        int r;
        while ((r = tryFind(key, h)) == -2) {
            // a comparison changed the table under us: look again
        }
        return r;
    }

    private int tryFind(PyObject key, long h) {
        PyObject[] table = keys;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (hashes[j] == h && k != DUMMY) {
                    if (k == key || equalKeys(k, key)) {
                        return j;
                    }
                    if (table != keys || keys[j] != k) {
                        return -2;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    public boolean contains(PyObject key) {
        return find(key, hashForLookup(key)) >= 0;
    }

    boolean containsEntry(PyObject key, long h) {
        return find(key, h) >= 0;
    }

    /** set_contains / set_discard: a set used as a key is looked up as the equal frozenset. */
    static long hashForLookup(PyObject key) {
        if (key instanceof PySet s && !s.frozen) {
            return frozenView(s).frozenHash();
        }
        return Ops.hash(key);
    }

    /** The key to look up for a possibly unhashable set key. */
    static PyObject lookupKey(PyObject key) {
        return key instanceof PySet s && !s.frozen ? frozenView(s) : key;
    }

    private static PySet frozenView(PySet s) {
        PySet f = new PySet(true);
        f.update(s);
        return f;
    }

    /** Removes key; returns whether it was present. */
    public boolean discard(PyObject key) {
        PyObject k = lookupKey(key);
        return discardEntry(k, Ops.hash(k));
    }

    boolean discardEntry(PyObject key, long h) {
        int j = find(key, h);
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = 0;
        used = 0;
        hash = -1;
    }

    /** set.pop(): scans from the finger left by the previous pop. */
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
        finger = i + 1;
        return k;
    }

    /** set_table_resize: the smallest power of two above minused; a clean small table is left alone. */
    void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        if (newsize == MINSIZE && mask == MINSIZE - 1 && fill == used) {
            return;
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
    }

    void insertClean(PyObject key, long h) {
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The end of set_difference_update_internal: rebuild when over a quarter of the slots are dummies. */
    void purgeDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** set_update_internal: sets merge, exact dicts presize, anything else is iterated. */
    public void update(PyObject other) {
        SetBulk.update(this, other);
    }

    /** A new set (or frozenset, for frozen) holding this one's elements (set_copy). */
    public PySet copy(boolean asFrozen) {
        PySet s = new PySet(asFrozen);
        SetBulk.update(s, this);
        return s;
    }

    /** frozenset_hash: an order-independent mix of the entry hashes (CPython's _shuffle_bits). */
    long frozenHash() {
        if (hash != -1) {
            return hash;
        }
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY) {
                h ^= shuffleBits(hashes[i]);
            }
        }
        h ^= (used + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        hash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
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

    /** Iteration in table order (Java side; Python iterators use {@link SetIterator}). */
    public java.util.Iterator<PyObject> iterator() {
        return new java.util.Iterator<>() {
            private int pos;

            @Override
            public boolean hasNext() {
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

    @Override
    public int hashCode() {
        if (!frozen) {
            throw PyException.type("unhashable type: '" + type.name() + "'");
        }
        long h = type == FROZEN ? frozenHash() : Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PySet s) || s.used != used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && keys[i] != DUMMY && !s.containsEntry(keys[i], hashes[i])) {
                return false;
            }
        }
        return true;
    }
}
