package io.looplab.vm;

import io.looplab.lang.CmpOperator;

/**
 * Union, intersection, difference, symmetric difference and the subset tests, following the
 * CPython 3.11 functions of the same names in Objects/setobject.c step by step: which operand
 * is walked, when a copy is made first, and when a result table is resized all decide the
 * order in which the result prints.
 */
final class SetAlgebra {
    private SetAlgebra() {
    }

    static boolean isAnySet(PyObject o) {
        return o instanceof PySet;
    }

    /** make_new_set_basetype: results are plain sets or frozensets, even for subclasses. */
    static PySet newLike(PySet so) {
        return new PySet(so.isFrozen());
    }

    /** set_copy. */
    static PySet copy(PySet so) {
        PySet r = newLike(so);
        r.update(so);
        return r;
    }

    static PySet union(PySet so, PyObject[] others) {
        PySet r = copy(so);
        for (PyObject o : others) {
            if (o != so) {
                r.update(o);
            }
        }
        return r;
    }

    static PySet intersection(PySet so, PyObject other) {
        if (other == so) {
            return copy(so);
        }
        PySet result = newLike(so);
        if (other instanceof PySet o) {
            PySet big = so;
            PySet small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            // walk the smaller set; its keys (not the bigger set's equal ones) go into the result
            for (int i = 0; i < small.tableSize(); i++) {
                PyObject k = small.keyAt(i);
                if (k != null && big.containsEntry(k, small.hashAt(i))) {
                    result.addEntry(k, small.hashAt(i));
                }
            }
            return result;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            long h = Ops.hash(k);
            if (so.containsEntry(k, h)) {
                result.addEntry(k, h);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    static PySet intersectionMulti(PySet so, PyObject[] args) {
        if (args.length == 0) {
            return copy(so);
        }
        PySet result = so;
        for (PyObject o : args) {
            result = intersection(result, o);
        }
        return result;
    }

    static void intersectionUpdate(PySet so, PyObject[] args) {
        SetBulk.swapBodies(so, intersectionMulti(so, args));
    }

    static boolean isDisjoint(PySet so, PyObject other) {
        if (other == so) {
            return so.size() == 0;
        }
        if (other instanceof PySet o && (o.type() == PySet.TYPE || o.type() == PySet.FROZEN)) {
            PySet big = so;
            PySet small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            for (int i = 0; i < small.tableSize(); i++) {
                PyObject k = small.keyAt(i);
                if (k != null && big.containsEntry(k, small.hashAt(i))) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Ops.iter(other);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (so.containsEntry(k, Ops.hash(k))) {
                return false;
            }
        }
        return true;
    }

    /** set_difference_update_internal, including its final purge of dummies. */
    static void differenceUpdate(PySet so, PyObject other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PySet o) {
            PySet walk = (o.size() >> 3) > so.size() ? intersection(so, o) : o;
            for (int i = 0; i < walk.tableSize(); i++) {
                PyObject k = walk.keyAt(i);
                if (k != null) {
                    so.discardEntry(k, walk.hashAt(i));
                }
            }
        } else {
            PyObject it = Ops.iter(other);
            for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
                so.discardEntry(k, Ops.hash(k));
            }
        }
        so.purgeDummies();
    }

    static PySet difference(PySet so, PyObject other) {
        int otherSize;
        if (other instanceof PySet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            return copyAndDifference(so, other);
        }
        if ((so.size() >> 2) > otherSize) {
            return copyAndDifference(so, other);
        }
        PySet result = newLike(so);
        for (int i = 0; i < so.tableSize(); i++) {
            PyObject k = so.keyAt(i);
            if (k == null) {
                continue;
            }
            boolean inOther = other instanceof PySet o ? o.containsEntry(k, so.hashAt(i)) : ((PyDict) other).containsKey(k);
            if (!inOther) {
                result.addEntry(k, so.hashAt(i));
            }
        }
        return result;
    }

    private static PySet copyAndDifference(PySet so, PyObject other) {
        PySet r = copy(so);
        differenceUpdate(r, other);
        return r;
    }

    static PySet differenceMulti(PySet so, PyObject[] args) {
        if (args.length == 0) {
            return copy(so);
        }
        PySet result = difference(so, args[0]);
        for (int i = 1; i < args.length; i++) {
            differenceUpdate(result, args[i]);
        }
        return result;
    }

    static void symmetricDifferenceUpdate(PySet so, PyObject other) {
        if (other == so) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            for (int i = 0; i < d.entryCount(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    toggle(so, k, Ops.hash(k));
                }
            }
            return;
        }
        PySet o = other instanceof PySet s ? s : fromIterable(so, other);
        for (int i = 0; i < o.tableSize(); i++) {
            PyObject k = o.keyAt(i);
            if (k != null) {
                toggle(so, k, o.hashAt(i));
            }
        }
    }

    private static PySet fromIterable(PySet like, PyObject iterable) {
        PySet s = newLike(like);
        s.update(iterable);
        return s;
    }

    private static void toggle(PySet so, PyObject k, long h) {
        if (!so.discardEntry(k, h)) {
            so.addEntry(k, h);
        }
    }

    /** set_symmetric_difference: a copy of other, then so toggled into it. */
    static PySet symmetricDifference(PySet so, PyObject other) {
        PySet r = fromIterable(so, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    static boolean isSubset(PySet so, PyObject other) {
        if (!(other instanceof PySet o)) {
            return intersection(so, other).size() == so.size();
        }
        if (so.size() > o.size()) {
            return false;
        }
        for (int i = 0; i < so.tableSize(); i++) {
            PyObject k = so.keyAt(i);
            if (k != null && !o.containsEntry(k, so.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSuperset(PySet so, PyObject other) {
        if (other instanceof PySet o) {
            return isSubset(o, so);
        }
        PyObject it = Ops.iter(other);
        for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (!so.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** set_richcompare: subset order; NotImplemented against anything but a set. */
    static PyObject compare(PySet v, PyObject w, CmpOperator op) {
        if (!(w instanceof PySet o)) {
            return Py.NOT_IMPLEMENTED;
        }
        return Py.bool(switch (op) {
            case EQ -> v.size() == o.size() && sameHashOrUnknown(v, o) && isSubset(v, o);
            case NOT_EQ -> !(v.size() == o.size() && sameHashOrUnknown(v, o) && isSubset(v, o));
            case LT_E -> isSubset(v, o);
            case GT_E -> isSuperset(v, o);
            case LT -> v.size() < o.size() && isSubset(v, o);
            case GT -> v.size() > o.size() && isSuperset(v, o);
            default -> false;
        });
    }

    private static boolean sameHashOrUnknown(PySet v, PySet o) {
        return !v.isFrozen() || !o.isFrozen() || v.frozenHash() == o.frozenHash();
    }
}
