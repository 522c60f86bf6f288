package io.looplab.vm;

import java.util.Arrays;

/** Python's list: a growable array. Subclass instances carry their own type and dict. */
public final class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new, ListMethods::define);

    private final PyType type;
    private PyDict dict;
    PyObject[] items;
    int size;

    public PyList() {
        this(TYPE);
    }

    private PyList(PyType type) {
        this.type = type;
        this.items = new PyObject[4];
    }

    /** Wraps the array (which the list now owns). */
    public PyList(PyObject[] items, int size) {
        this.type = TYPE;
        this.items = items;
        this.size = size;
    }

    public static PyList of(PyObject... items) {
        return new PyList(items.clone(), items.length);
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
        return size;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public void set(int i, PyObject v) {
        items[i] = v;
    }

    public void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size * 2));
        }
        items[size++] = v;
    }

    public void insert(int i, PyObject v) {
        append(v);
        System.arraycopy(items, i, items, i + 1, size - 1 - i);
        items[i] = v;
    }

    public PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - 1 - i);
        items[--size] = null;
        return v;
    }

    public void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    public void extend(PyObject[] src, int n) {
        ensureCapacity(size + n);
        System.arraycopy(src, 0, items, size, n);
        size += n;
    }

    public void ensureCapacity(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(n, items.length * 2));
        }
    }

    /** A copy of the live elements. */
    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the contents (used by sort, reverse and slice assignment). */
    public void replaceAll(PyObject[] newItems) {
        items = newItems.length == 0 ? new PyObject[4] : newItems;
        size = newItems.length;
    }

    @Override
    public int hashCode() {
        throw PyException.type("unhashable type: 'list'");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList l && (l == this || Ops.sequenceEquals(items, size, l.items, l.size));
    }
}
