package io.looplab.vm;

/** Python's range over longs. */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, null, RangeMethods::define);

    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyException.value("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        } else {
            n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }
        this.length = n;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public long get(long i) {
        return start + i * step;
    }

    public PyIterator iterator() {
        return new PyIterator(Iterators.RANGE_ITERATOR) {
            private long i;

            @Override
            public PyObject next() {
                return i < length ? PyInt.of(start + step * i++) : null;
            }
        };
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length) * 31 + (length == 0 ? 0 : Long.hashCode(start));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) {
            return false;
        }
        if (length != r.length) {
            return false;
        }
        return length == 0 || start == r.start && (length == 1 || step == r.step);
    }
}
