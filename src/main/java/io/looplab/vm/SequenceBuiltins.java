package io.looplab.vm;

/** Builtins over iterables: sorted, min, max, sum, zip, enumerate, map, filter, reversed, any, all. */
final class SequenceBuiltins {
    private SequenceBuiltins() {
    }

    static void define(PyDict b) {
        b.put("sum", PyBuiltinFunction.ofN("sum", (a, k) -> {
            PyObject total = a.length > 1 ? a[1] : PyInt.of(0);
            PyObject it = Ops.iter(a[0]);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                total = Ops.binary(io.looplab.lang.Operator.ADD, total, v);
            }
            return total;
        }));
    }
}
