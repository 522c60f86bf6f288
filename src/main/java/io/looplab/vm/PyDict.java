package io.looplab.vm;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Python's dict, laid out like CPython's compact dict (dictobject.c): an insertion-ordered entry
 * array in which deletions leave holes, plus an open-addressed index of entry numbers. Keeping
 * the holes (and CPython's growth rule) is what lets a dict iterator notice mutation exactly as
 * CPython does. Keys are compared with Java's hashCode/equals, which follow Python's ==.
 * {@link #version} changes whenever keys come or go (not when a value is replaced), so LOAD_GLOBAL
 * can cache where a name's entry is, as CPython 3.11 caches dk_version and the entry index.
 */
public final class PyDict extends PyObject {
    // declared before TYPE: creating TYPE creates PyDicts (a type's namespace) during class init
    private static final int MINSIZE = 8;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int[] EMPTY_INDEX = new int[0];
    private static final PyObject[] NO_OBJECTS = new PyObject[0];
    private static final int[] NO_HASHES = new int[0];
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::new, DictMethods::define);

    private final PyType type;
    private PyDict dict;
    private PyObject[] keys;
    private PyObject[] values;
    private int[] hashes;
    /** Entries in use, holes included (CPython's dk_nentries). */
    private int nentries;
    private int used;
    /** Insertions left before the next resize (CPython's dk_usable). */
    private int usable;
    /** Slot to entry number, or EMPTY / DUMMY; a power of two long (or empty before first use). */
    private int[] index = EMPTY_INDEX;
    /** Bumped whenever a key is added or removed (entry positions may change); not on value updates. */
    public int version;

    public PyDict() {
        this(TYPE);
    }

    private PyDict(PyType type) {
        this.type = type;
        this.keys = NO_OBJECTS;
        this.values = NO_OBJECTS;
        this.hashes = NO_HASHES;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        if (dict == null && type != TYPE) {
            dict = new PyDict();
        }
        return dict;
    }

    public int size() {
        return used;
    }

    // ---- lookup ----

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The slot of the index holding key's entry number, or -1. */
    private int findEntry(PyObject key, int h) {
        int[] idx = index;
        if (idx.length == 0) {
            return -1;
        }
        int mask = idx.length - 1;
        long perturb = h & 0xffffffffL;
        int i = spread(h) & mask;
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                PyObject k = keys[ix];
                if (k == key || hashes[ix] == h && k.equals(key)) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject get(PyObject key) {
        int ix = findEntry(key, key.hashCode());
        return ix < 0 ? null : values[ix];
    }

    /** Lookup by attribute-style name. */
    public PyObject get(String key) {
        return get(PyStr.of(key));
    }

    /** The entry number of key (stable until {@link #version} changes), or -1. */
    public int entryOf(PyObject key) {
        return findEntry(key, key.hashCode());
    }

    public boolean containsKey(PyObject key) {
        return findEntry(key, key.hashCode()) >= 0;
    }

    // ---- mutation ----

    public void put(PyObject key, PyObject value) {
        int h = key.hashCode();
        int ix = findEntry(key, h);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        version++;
        if (usable <= 0) {
            // CPython's insertion_resize: GROWTH_RATE is used*3, and the entries are compacted
            resize(used * 3);
        }
        usable--;
        keys[nentries] = key;
        values[nentries] = value;
        hashes[nentries] = h;
        insertIndex(h, nentries);
        nentries++;
        used++;
    }

    public void put(String key, PyObject value) {
        put(PyStr.of(key), value);
    }

    private void insertIndex(int h, int entry) {
        int mask = index.length - 1;
        long perturb = h & 0xffffffffL;
        int i = spread(h) & mask;
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = entry;
    }

    /** Rebuilds with an index of the smallest power of two >= minsize (at least 8), dropping holes. */
    private void resize(int minsize) {
        int size = MINSIZE;
        while (size < minsize) {
            size <<= 1;
        }
        int capacity = size * 2 / 3;
        PyObject[] nk = new PyObject[capacity];
        PyObject[] nv = new PyObject[capacity];
        int[] nh = new int[capacity];
        int n = 0;
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                nk[n] = keys[i];
                nv[n] = values[i];
                nh[n] = hashes[i];
                n++;
            }
        }
        keys = nk;
        values = nv;
        hashes = nh;
        nentries = n;
        usable = capacity - n;
        index = new int[size];
        Arrays.fill(index, EMPTY);
        for (int i = 0; i < n; i++) {
            insertIndex(nh[i], i);
        }
    }

    public PyObject remove(PyObject key) {
        int h = key.hashCode();
        if (index.length == 0) {
            return null;
        }
        int mask = index.length - 1;
        long perturb = h & 0xffffffffL;
        int i = spread(h) & mask;
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && (keys[ix] == key || hashes[ix] == h && keys[ix].equals(key))) {
                index[i] = DUMMY;
                return removeEntry(ix);
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private PyObject removeEntry(int ix) {
        PyObject old = values[ix];
        keys[ix] = null;
        values[ix] = null;
        used--;
        version++;
        return old;
    }

    public void clear() {
        keys = NO_OBJECTS;
        values = NO_OBJECTS;
        hashes = NO_HASHES;
        index = EMPTY_INDEX;
        nentries = 0;
        used = 0;
        usable = 0;
        version++;
    }

    /** Removes and returns the last-inserted entry (dict.popitem), or null when empty. */
    public Map.Entry<PyObject, PyObject> popLast() {
        if (used == 0) {
            return null;
        }
        int i = nentries - 1;
        while (keys[i] == null) {
            i--;
        }
        Map.Entry<PyObject, PyObject> e = new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
        remove(keys[i]);
        // CPython's popitem also forgets the trailing holes (but not dk_usable: the index keeps a dummy)
        nentries = i;
        return e;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.putAll(this);
        return d;
    }

    /** Inserts every entry of other in its order (dict.update with a dict). */
    void putAll(PyDict other) {
        for (int i = 0; i < other.nentries; i++) {
            PyObject k = other.keys[i];
            if (k != null) {
                put(k, other.values[i]);
            }
        }
    }

    // ---- entry access for iterators (CPython's dk_entries walk) ----

    /** One past the last entry slot ever filled (holes included). */
    int entryCount() {
        return nentries;
    }

    /** The key at entry slot i, or null for a hole. */
    PyObject keyAt(int i) {
        return i < nentries ? keys[i] : null;
    }

    /** The value at entry slot i (see {@link #entryOf}). */
    PyObject valueAt(int i) {
        return values[i];
    }

    // ---- Java-side iteration ----

    /** Live view for iteration in insertion order. */
    public Iterable<Map.Entry<PyObject, PyObject>> entries() {
        return this::entryIterator;
    }

    public Iterator<PyObject> keyIterator() {
        return new Walk<>(this, i -> keys[i]);
    }

    public Iterator<PyObject> valueIterator() {
        return new Walk<>(this, i -> values[i]);
    }

    public Iterator<Map.Entry<PyObject, PyObject>> entryIterator() {
        return new Walk<>(this, i -> new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]));
    }

    public List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i < nentries; i++) {
            if (keys[i] != null) {
                out.add(keys[i]);
            }
        }
        return out;
    }

    /** Walks the entry array, skipping holes; a dict resized underneath restarts nothing (callers copy first). */
    private static final class Walk<T> implements Iterator<T> {
        private final PyDict d;
        private final java.util.function.IntFunction<T> at;
        private int pos;

        Walk(PyDict d, java.util.function.IntFunction<T> at) {
            this.d = d;
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            while (pos < d.nentries && d.keys[pos] == null) {
                pos++;
            }
            return pos < d.nentries;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return at.apply(pos++);
        }
    }

    @Override
    public int hashCode() {
        throw PyException.type("unhashable type: '" + type.name() + "'");
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyDict other)) {
            return false;
        }
        if (other == this) {
            return true;
        }
        if (other.size() != size()) {
            return false;
        }
        for (int i = 0; i < nentries; i++) {
            PyObject k = keys[i];
            if (k == null) {
                continue;
            }
            PyObject mine = values[i];
            PyObject v = other.get(k);
            if (v == null || v != mine && !Ops.eqBool(mine, v)) {
                return false;
            }
        }
        return true;
    }
}
