package io.looplab.vm.modules;

import io.looplab.vm.Ops;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyList;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyType;

import java.util.Arrays;

/**
 * collections.deque: a ring buffer with an optional maxlen. {@link #state} is bumped whenever
 * the ends move (append, pop, rotate, clear...) but not by item assignment or reverse(), exactly
 * like CPython's dequeobject, so iterators raise "deque mutated during iteration" in the same cases.
 */
final class PyDeque extends PyObject {
    static final PyType TYPE = NativeTypes.type("collections", "deque", PyType.OBJECT, PyDeque::new,
            DequeMethods::define);
    static final PyType ITERATOR = NativeTypes.iterator("_collections", "_deque_iterator", t -> { });
    static final PyType REVERSE_ITERATOR = NativeTypes.iterator("_collections", "_deque_reverse_iterator", t -> { });

    private final PyType type;
    private PyDict dict;
    private PyObject[] buf = new PyObject[8];
    private int head;
    private int size;
    /** The maximum length, or -1 for unbounded. */
    int maxlen = -1;
    /** Incremented whenever the indices move (CPython's deque->state). */
    long state;

    PyDeque(PyType type) {
        this.type = type;
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

    int size() {
        return size;
    }

    PyObject get(int i) {
        return buf[(head + i) & (buf.length - 1)];
    }

    void set(int i, PyObject v) {
        buf[(head + i) & (buf.length - 1)] = v;
    }

    private void grow() {
        if (size == buf.length) {
            PyObject[] nb = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) {
                nb[i] = get(i);
            }
            buf = nb;
            head = 0;
        }
    }

    /** append: a full bounded deque drops its leftmost item (deque_append_internal). */
    void append(PyObject v) {
        grow();
        buf[(head + size) & (buf.length - 1)] = v;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            popLeft();
        } else {
            state++;
        }
    }

    void appendLeft(PyObject v) {
        grow();
        head = (head - 1) & (buf.length - 1);
        buf[head] = v;
        size++;
        if (maxlen >= 0 && size > maxlen) {
            pop();
        } else {
            state++;
        }
    }

    PyObject pop() {
        if (size == 0) {
            throw PyException.index("pop from an empty deque");
        }
        int at = (head + size - 1) & (buf.length - 1);
        PyObject v = buf[at];
        buf[at] = null;
        size--;
        state++;
        return v;
    }

    PyObject popLeft() {
        if (size == 0) {
            throw PyException.index("pop from an empty deque");
        }
        PyObject v = buf[head];
        buf[head] = null;
        head = (head + 1) & (buf.length - 1);
        size--;
        state++;
        return v;
    }

    void clear() {
        if (size == 0) {
            return;
        }
        Arrays.fill(buf, null);
        head = 0;
        size = 0;
        state++;
    }

    /** extend: a deque extended by itself reads a snapshot first; maxlen 0 only drains the input. */
    void extend(PyObject iterable, boolean left) {
        PyObject it = Ops.iter(iterable == this ? new PyList(toArray(), size) : iterable);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (maxlen == 0) {
                continue;
            }
            if (left) {
                appendLeft(v);
            } else {
                append(v);
            }
        }
    }

    /** rotate(n): n steps to the right (negative: to the left); moves the ends, so bumps state. */
    void rotate(long n) {
        if (size <= 1) {
            return;
        }
        long half = size >> 1;
        if (n > half || n < -half) {
            n %= size;
            if (n > half) {
                n -= size;
            } else if (n < -half) {
                n += size;
            }
        }
        state++;
        for (; n > 0; n--) {
            int last = (head + size - 1) & (buf.length - 1);
            head = (head - 1) & (buf.length - 1);
            buf[head] = buf[last];
            buf[last] = null;
        }
        for (; n < 0; n++) {
            int end = (head + size) & (buf.length - 1);
            buf[end] = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
        }
    }

    /** del d[i], done as CPython does: rotate, popleft, rotate back. */
    void delete(int i) {
        rotate(-i);
        popLeft();
        rotate(i);
    }

    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return out;
    }

    @Override
    public int hashCode() {
        throw PyException.type("unhashable type: 'collections.deque'");
    }

    /** The forward or reverse iterator: it fails once the deque's state has changed. */
    PyIterator iterator(boolean reverse) {
        long expected = state;
        return new PyIterator(reverse ? REVERSE_ITERATOR : ITERATOR) {
            private int counter = size;
            private int index = reverse ? size - 1 : 0;

            @Override
            public PyObject next() {
                if (state != expected) {
                    counter = 0;
                    throw PyException.runtime("deque mutated during iteration");
                }
                if (counter == 0) {
                    return null;
                }
                counter--;
                PyObject v = get(index);
                index += reverse ? -1 : 1;
                return v;
            }
        };
    }
}
