package io.looplab.vm;

import io.looplab.lang.Operator;

/**
 * Python's range (Objects/rangeobject.c). Arbitrary ints are allowed, as in CPython; the long
 * fields {@link #start}, {@link #stop}, {@link #step} and {@link #length} are exact when
 * {@link #isSmall()} (the common case, with fast paths), and a big range computes with PyInts.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, null, RangeMethods::define);
    static final PyType ITERATOR = PyIterator.newType("range_iterator");
    static final PyType LONG_ITERATOR = PyIterator.newType("longrange_iterator");

    public final long start;
    public final long stop;
    public final long step;
    /** The length, or Long.MAX_VALUE when it does not fit (len() then raises OverflowError). */
    public final long length;
    final PyInt pyStart;
    final PyInt pyStop;
    final PyInt pyStep;
    final PyInt pyLength;
    private final boolean small;

    public PyRange(long start, long stop, long step) {
        this(PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    /** range(start, stop, step); step must not be zero. */
    public PyRange(PyInt start, PyInt stop, PyInt step) {
        if (step.signum() == 0) {
            throw PyException.value("range() arg 3 must not be zero");
        }
        this.pyStart = start;
        this.pyStop = stop;
        this.pyStep = step;
        this.pyLength = computeLength(start, stop, step);
        this.small = start.isSmall() && stop.isSmall() && step.isSmall() && pyLength.isSmall()
                && fitsHalf(start) && fitsHalf(stop) && fitsHalf(step);
        this.start = start.value;
        this.stop = stop.value;
        this.step = step.value;
        this.length = pyLength.isSmall() ? pyLength.value : Long.MAX_VALUE;
    }

    /** Values within +-2**62 keep start + i * step free of long overflow for every valid i. */
    private static boolean fitsHalf(PyInt v) {
        return Math.abs(v.value) < (1L << 62);
    }

    /** compute_range_length: (hi - lo - 1) // step + 1 when the range is not empty. */
    private static PyInt computeLength(PyInt lo, PyInt hi, PyInt step) {
        if (lo.isSmall() && hi.isSmall() && step.isSmall() && fitsHalf(lo) && fitsHalf(hi) && fitsHalf(step)) {
            long l = step.value > 0 ? lo.value : hi.value;
            long h = step.value > 0 ? hi.value : lo.value;
            long s = Math.abs(step.value);
            return PyInt.of(l >= h ? 0 : (h - l - 1) / s + 1);
        }
        java.math.BigInteger l = lo.toBig();
        java.math.BigInteger h = hi.toBig();
        java.math.BigInteger s = step.toBig();
        if (s.signum() < 0) {
            java.math.BigInteger t = l;
            l = h;
            h = t;
            s = s.negate();
        }
        if (l.compareTo(h) >= 0) {
            return PyInt.of(0);
        }
        return PyInt.of(h.subtract(l).subtract(java.math.BigInteger.ONE).divide(s).add(java.math.BigInteger.ONE));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isSmall() {
        return small;
    }

    public long get(long i) {
        return start + i * step;
    }

    /** start + i * step for any i (compute_item). */
    PyInt item(PyInt i) {
        if (small && i.isSmall()) {
            return PyInt.of(get(i.value));
        }
        return (PyInt) Ops.binary(Operator.ADD, pyStart, Ops.binary(Operator.MULT, i, pyStep));
    }

    /** range_contains_long: whether the int v is one of the range's values. */
    boolean containsInt(PyInt v) {
        if (small && v.isSmall()) {
            long x = v.value;
            boolean inside = step > 0 ? x >= start && x < stop : x <= start && x > stop;
            return inside && (x - start) % step == 0;
        }
        boolean inside = pyStep.signum() > 0
                ? Ops.compareBool(io.looplab.lang.CmpOperator.GT_E, v, pyStart) && Ops.compareBool(io.looplab.lang.CmpOperator.LT, v, pyStop)
                : Ops.compareBool(io.looplab.lang.CmpOperator.LT_E, v, pyStart) && Ops.compareBool(io.looplab.lang.CmpOperator.GT, v, pyStop);
        return inside && Ops.binary(Operator.MOD, Ops.binary(Operator.SUB, v, pyStart), pyStep) instanceof PyInt r
                && r.signum() == 0;
    }

    public PyIterator iterator() {
        return iterator(false);
    }

    /** range_iterator: holds only its bounds (not the range, so a loop does not keep the range alive). */
    private static final class SmallIterator extends PyIterator {
        private final long first;
        private final long inc;
        private final long length;
        private long i;

        SmallIterator(long first, long inc, long length) {
            super(ITERATOR);
            this.first = first;
            this.inc = inc;
            this.length = length;
        }

        @Override
        public PyObject next() {
            return i < length ? PyInt.of(first + inc * i++) : null;
        }
    }

    /** range_iter / range_reverse: a long iterator, or a PyInt-stepping one for big ranges. */
    PyIterator iterator(boolean reversed) {
        if (small) {
            long first = reversed ? start + (length - 1) * step : start;
            long inc = reversed ? -step : step;
            return new SmallIterator(first, inc, length);
        }
        PyInt first = reversed ? item((PyInt) Ops.binary(Operator.SUB, pyLength, PyInt.of(1))) : pyStart;
        PyInt inc = reversed ? (PyInt) Ops.neg(pyStep) : pyStep;
        return new PyIterator(LONG_ITERATOR) {
            private PyInt next = first;
            private PyInt left = pyLength;

            @Override
            public PyObject next() {
                if (left.signum() <= 0) {
                    return null;
                }
                PyInt v = next;
                next = (PyInt) Ops.binary(Operator.ADD, next, inc);
                left = (PyInt) Ops.binary(Operator.SUB, left, PyInt.of(1));
                return v;
            }
        };
    }

    String repr() {
        return "range(" + Ops.repr(pyStart) + ", " + Ops.repr(pyStop)
                + (pyStep.isSmall() && pyStep.value == 1 ? "" : ", " + Ops.repr(pyStep)) + ")";
    }

    @Override
    public int hashCode() {
        return Long.hashCode(RangeMethods.hash(this));
    }

    /** range_equals: equal as sequences (same length, first item and, beyond one item, step). */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) {
            return false;
        }
        if (this == r) {
            return true;
        }
        if (!pyLength.equals(r.pyLength)) {
            return false;
        }
        if (pyLength.signum() == 0) {
            return true;
        }
        if (!pyStart.equals(r.pyStart)) {
            return false;
        }
        return pyLength.isSmall() && pyLength.value == 1 || pyStep.equals(r.pyStep);
    }
}
