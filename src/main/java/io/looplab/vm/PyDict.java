package io.looplab.vm;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keyed by Python equality. {@link #version} changes on every
 * write so that LOAD_GLOBAL can cache lookups in module dicts.
 */
public final class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::new, DictMethods::define);

    private final PyType type;
    private PyDict dict;
    private final LinkedHashMap<PyObject, PyObject> map;
    /** Bumped on every mutation. */
    public int version;

    public PyDict() {
        this(TYPE);
    }

    private PyDict(PyType type) {
        this.type = type;
        this.map = new LinkedHashMap<>();
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
        return map.size();
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    /** Lookup by attribute-style name. */
    public PyObject get(String key) {
        return map.get(PyStr.of(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
        version++;
    }

    public void put(String key, PyObject value) {
        put(PyStr.of(key), value);
    }

    public PyObject remove(PyObject key) {
        PyObject old = map.remove(key);
        if (old != null) {
            version++;
        }
        return old;
    }

    public boolean containsKey(PyObject key) {
        return map.containsKey(key);
    }

    public void clear() {
        map.clear();
        version++;
    }

    /** Live view for iteration; a structural change during iteration is Python's RuntimeError. */
    public Iterable<Map.Entry<PyObject, PyObject>> entries() {
        return map.entrySet();
    }

    public Iterator<PyObject> keyIterator() {
        return map.keySet().iterator();
    }

    public Iterator<PyObject> valueIterator() {
        return map.values().iterator();
    }

    public Iterator<Map.Entry<PyObject, PyObject>> entryIterator() {
        return map.entrySet().iterator();
    }

    public List<PyObject> keys() {
        return new ArrayList<>(map.keySet());
    }

    /** Removes and returns the last-inserted entry (dict.popitem), or null when empty. */
    public Map.Entry<PyObject, PyObject> popLast() {
        Map.Entry<PyObject, PyObject> last = null;
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            last = e;
        }
        if (last != null) {
            Map.Entry<PyObject, PyObject> copy = Map.entry(last.getKey(), last.getValue());
            remove(last.getKey());
            return copy;
        }
        return null;
    }

    public PyDict copy() {
        PyDict d = new PyDict();
        d.map.putAll(map);
        return d;
    }

    @Override
    public int hashCode() {
        throw PyException.type("unhashable type: 'dict'");
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
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            PyObject v = other.map.get(e.getKey());
            if (v == null || !Ops.eqBool(e.getValue(), v)) {
                return false;
            }
        }
        return true;
    }
}
