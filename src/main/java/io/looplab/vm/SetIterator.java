package io.looplab.vm;

/**
 * set_iterator (setiter_iternext): walks the set's current table by slot number; a change of
 * size since the iterator was made is a sticky "Set changed size during iteration", while
 * other changes (remove one, add another) go unnoticed, exactly as in CPython.
 */
final class SetIterator extends PyIterator {
    static final PyType TYPE = PyIterator.newType("set_iterator");

    private PySet set;
    private int expectedUsed;
    private int pos;

    SetIterator(PySet set) {
        super(TYPE);
        this.set = set;
        this.expectedUsed = set.size();
    }

    @Override
    public PyObject next() {
        PySet s = set;
        if (s == null) {
            return null;
        }
        if (expectedUsed != s.size()) {
            expectedUsed = -1;
            throw PyException.runtime("Set changed size during iteration");
        }
        int n = s.tableSize();
        int i = pos;
        while (i < n && s.keyAt(i) == null) {
            i++;
        }
        pos = i + 1;
        if (i >= n) {
            set = null;
            return null;
        }
        return s.keyAt(i);
    }
}
