package io.looplab.vm;

/**
 * An iterator over a dict's keys, values or items, forwards or reversed, with CPython's
 * dictiter_iternext* checks: a size change since the iterator was made is a sticky
 * "dictionary changed size during iteration"; meeting more entries than the dict had
 * (a key deleted and another added) is "dictionary keys changed during iteration".
 */
final class DictIterator extends PyIterator {
    static final PyType KEYS = PyIterator.newType("dict_keyiterator");
    static final PyType VALUES = PyIterator.newType("dict_valueiterator");
    static final PyType ITEMS = PyIterator.newType("dict_itemiterator");
    static final PyType REVERSED_KEYS = PyIterator.newType("dict_reversekeyiterator");
    static final PyType REVERSED_VALUES = PyIterator.newType("dict_reversevalueiterator");
    static final PyType REVERSED_ITEMS = PyIterator.newType("dict_reverseitemiterator");

    private PyDict dict;
    private final DictView.Kind kind;
    private final boolean reversed;
    private int expectedUsed;
    private int pos;
    private int remaining;

    DictIterator(PyDict dict, DictView.Kind kind, boolean reversed) {
        super(typeOf(kind, reversed));
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.expectedUsed = dict.size();
        this.remaining = dict.size();
        this.pos = reversed ? dict.entryCount() - 1 : 0;
    }

    private static PyType typeOf(DictView.Kind kind, boolean reversed) {
        return switch (kind) {
            case KEYS -> reversed ? REVERSED_KEYS : KEYS;
            case VALUES -> reversed ? REVERSED_VALUES : VALUES;
            case ITEMS -> reversed ? REVERSED_ITEMS : ITEMS;
        };
    }

    @Override
    public PyObject next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (expectedUsed != d.size()) {
            expectedUsed = -1;
            throw PyException.runtime("dictionary changed size during iteration");
        }
        int i = reversed ? previousEntry(d) : nextEntry(d);
        if (i < 0) {
            dict = null;
            return null;
        }
        if (remaining == 0) {
            dict = null;
            throw PyException.runtime("dictionary keys changed during iteration");
        }
        remaining--;
        return switch (kind) {
            case KEYS -> d.keyAt(i);
            case VALUES -> d.valueAt(i);
            case ITEMS -> PyTuple.of(d.keyAt(i), d.valueAt(i));
        };
    }

    private int nextEntry(PyDict d) {
        int n = d.entryCount();
        int i = pos;
        while (i < n && d.keyAt(i) == null) {
            i++;
        }
        pos = i + 1;
        return i < n ? i : -1;
    }

    private int previousEntry(PyDict d) {
        int i = Math.min(pos, d.entryCount() - 1);
        while (i >= 0 && d.keyAt(i) == null) {
            i--;
        }
        pos = i - 1;
        return i;
    }

    /** What is left (iterator.__length_hint__). */
    int lengthHint() {
        return dict != null && expectedUsed == dict.size() ? remaining : 0;
    }
}
