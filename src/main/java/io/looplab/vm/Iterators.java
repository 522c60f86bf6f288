package io.looplab.vm;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;

/** The iterators of the builtin containers. */
final class Iterators {
    static final PyType LIST_ITERATOR = PyIterator.newType("list_iterator");
    static final PyType TUPLE_ITERATOR = PyIterator.newType("tuple_iterator");
    static final PyType STR_ITERATOR = PyIterator.newType("str_ascii_iterator");
    static final PyType RANGE_ITERATOR = PyIterator.newType("range_iterator");
    static final PyType SET_ITERATOR = PyIterator.newType("set_iterator");
    static final PyType DICT_KEYS = PyIterator.newType("dict_keyiterator");
    static final PyType DICT_VALUES = PyIterator.newType("dict_valueiterator");
    static final PyType DICT_ITEMS = PyIterator.newType("dict_itemiterator");
    static final PyType BYTES_ITERATOR = PyIterator.newType("bytes_iterator");
    static final PyType REVERSED = PyIterator.newType("list_reverseiterator");

    private Iterators() {
    }

    /** Iterates a list live (items appended during iteration are seen, as in CPython). */
    static PyIterator list(PyList l) {
        return new PyIterator(LIST_ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                return i < l.size ? l.items[i++] : null;
            }
        };
    }

    static PyIterator array(PyType type, PyObject[] items, int n) {
        return new PyIterator(type) {
            private int i;

            @Override
            public PyObject next() {
                return i < n ? items[i++] : null;
            }
        };
    }

    static PyIterator reversedList(PyList l) {
        return new PyIterator(REVERSED) {
            private int i = l.size - 1;

            @Override
            public PyObject next() {
                if (i >= 0 && i < l.size) {
                    return l.items[i--];
                }
                return null;
            }
        };
    }

    static PyIterator str(PyStr s) {
        return new PyIterator(STR_ITERATOR) {
            private int off;

            @Override
            public PyObject next() {
                String v = s.value;
                if (off >= v.length()) {
                    return null;
                }
                int cp = v.codePointAt(off);
                off += Character.charCount(cp);
                return PyStr.ofCodePoint(cp);
            }
        };
    }

    static PyIterator bytes(PyBytes b) {
        return new PyIterator(BYTES_ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                return i < b.value.length ? PyInt.of(b.value[i++] & 0xFF) : null;
            }
        };
    }

    static PyIterator set(PySet s) {
        return of(SET_ITERATOR, s.iterator(), "Set changed size during iteration");
    }

    static PyIterator dictKeys(PyDict d) {
        return of(DICT_KEYS, d.keyIterator(), "dictionary changed size during iteration");
    }

    static PyIterator dictValues(PyDict d) {
        return of(DICT_VALUES, d.valueIterator(), "dictionary changed size during iteration");
    }

    static PyIterator dictItems(PyDict d) {
        Iterator<Map.Entry<PyObject, PyObject>> it = d.entryIterator();
        return new PyIterator(DICT_ITEMS) {
            @Override
            public PyObject next() {
                try {
                    if (!it.hasNext()) {
                        return null;
                    }
                    Map.Entry<PyObject, PyObject> e = it.next();
                    return PyTuple.of(e.getKey(), e.getValue());
                } catch (ConcurrentModificationException e) {
                    throw PyException.runtime("dictionary changed size during iteration");
                }
            }
        };
    }

    private static PyIterator of(PyType type, Iterator<PyObject> it, String changed) {
        return new PyIterator(type) {
            @Override
            public PyObject next() {
                try {
                    return it.hasNext() ? it.next() : null;
                } catch (ConcurrentModificationException e) {
                    throw PyException.runtime(changed);
                }
            }
        };
    }
}
