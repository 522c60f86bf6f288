package io.looplab.vm.modules;

import io.looplab.vm.PyObject;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-instance native state for instances whose Java class cannot carry it (defaultdict's
 * default_factory lives beside a PyDict): keyed by identity, forgotten when the instance is
 * collected. CPython keeps such state in the C struct of the subtype.
 */
final class WeakSlots {
    private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private final Map<Key, PyObject> map = new HashMap<>();

    /** An identity key that does not keep its object alive. */
    private static final class Key extends WeakReference<PyObject> {
        private final int hash;

        Key(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) {
                return true;
            }
            PyObject o = get();
            return o != null && other instanceof Key k && k.get() == o;
        }
    }

    synchronized PyObject get(PyObject owner) {
        expunge();
        return map.get(new Key(owner, null));
    }

    synchronized void put(PyObject owner, PyObject value) {
        expunge();
        map.put(new Key(owner, queue), value);
    }

    private void expunge() {
        for (Object k = queue.poll(); k != null; k = queue.poll()) {
            map.remove(k);
        }
    }
}
