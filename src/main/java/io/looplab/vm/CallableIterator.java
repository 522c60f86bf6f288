package io.looplab.vm;

/** iter(callable, sentinel): calls callable until it returns sentinel. */
final class CallableIterator extends PyIterator {
    static final PyType TYPE = PyIterator.newType("callable_iterator");
    private final PyObject callable;
    private final PyObject sentinel;
    private boolean done;

    CallableIterator(PyObject callable, PyObject sentinel) {
        super(TYPE);
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyObject next() {
        if (done) {
            return null;
        }
        PyObject v = Ops.call(callable);
        if (Ops.eqBool(v, sentinel)) {
            done = true;
            return null;
        }
        return v;
    }
}
