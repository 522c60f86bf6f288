package io.looplab.vm;

/** Iteration over an object with only __getitem__ (the old sequence protocol): 0, 1, 2... until IndexError. */
final class SequenceIterator extends PyIterator {
    static final PyType TYPE = PyIterator.newType("iterator");
    private final PyObject seq;
    private long i;

    SequenceIterator(PyObject seq) {
        super(TYPE);
        this.seq = seq;
    }

    @Override
    public PyObject next() {
        try {
            return Ops.getItem(seq, PyInt.of(i++));
        } catch (PyException e) {
            if (e.isInstance(ExceptionTypes.INDEX_ERROR) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}
