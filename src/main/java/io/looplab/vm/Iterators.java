package io.looplab.vm;

/** The iterators of the builtin containers. */
final class Iterators {
    static final PyType LIST_ITERATOR = PyIterator.newType("list_iterator");
    static final PyType TUPLE_ITERATOR = PyIterator.newType("tuple_iterator");
    static final PyType STR_ITERATOR = PyIterator.newType("str_ascii_iterator");
    /** 3.11 names the iterator of a non-ASCII string differently. */
    static final PyType STR_UNICODE_ITERATOR = PyIterator.newType("str_iterator");
    static final PyType RANGE_ITERATOR = PyIterator.newType("range_iterator");
    static final PyType BYTES_ITERATOR = PyIterator.newType("bytes_iterator");
    static final PyType REVERSED = PyIterator.newType("list_reverseiterator");

    private Iterators() {
    }

    /** Iterates a list live (items appended during iteration are seen); once exhausted it stays so. */
    static PyIterator list(PyList l) {
        return new PyIterator(LIST_ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                if (i >= 0 && i < l.size) {
                    return l.items[i++];
                }
                i = -1;
                return null;
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
                i = -1;
                return null;
            }
        };
    }

    static PyIterator str(PyStr s) {
        return new PyIterator(isAscii(s.value) ? STR_ITERATOR : STR_UNICODE_ITERATOR) {
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
        return new SetIterator(s);
    }

    static PyIterator dictKeys(PyDict d) {
        return new DictIterator(d, DictView.Kind.KEYS, false);
    }

    static PyIterator dictValues(PyDict d) {
        return new DictIterator(d, DictView.Kind.VALUES, false);
    }

    static PyIterator dictItems(PyDict d) {
        return new DictIterator(d, DictView.Kind.ITEMS, false);
    }

    private static boolean isAscii(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
