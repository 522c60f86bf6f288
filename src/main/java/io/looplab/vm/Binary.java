package io.looplab.vm;

import io.looplab.lang.Operator;

/** Binary operators: builtin fast paths, then __op__ / __rop__ with CPython's subclass rule. */
final class Binary {
    private Binary() {
    }

    static PyObject builtin(Operator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            PyObject r = Arith.intOp(op, x, y);
            // bool & | ^ bool stays a bool (bool_and/bool_or/bool_xor in boolobject.c)
            return x instanceof PyBool && y instanceof PyBool && (op == Operator.BITAND || op == Operator.BITOR
                    || op == Operator.BITXOR) ? Py.bool(((PyInt) r).value != 0) : r;
        }
        if ((a instanceof PyFloat || a instanceof PyInt) && (b instanceof PyFloat || b instanceof PyInt)) {
            if ((a instanceof ClockReading || b instanceof ClockReading) && (op == Operator.ADD || op == Operator.SUB)) {
                PyObject r = clockArithmetic(op, a, b);
                if (r != null) {
                    return r;
                }
            }
            return Arith.floatOp(op, Ops.toDouble(a), Ops.toDouble(b));
        }
        if (a instanceof PyStr s) {
            return strOp(op, s, b);
        }
        if (a instanceof PyList l && l.type() == PyList.TYPE) {
            return listOp(op, l, b);
        }
        if (a instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return tupleOp(op, t, b);
        }
        if (op == Operator.MULT && b instanceof PyStr s && a instanceof PyInt n) {
            return repeat(s, n);
        }
        if (op == Operator.MULT && (b instanceof PyList || b instanceof PyTuple) && a instanceof PyInt) {
            return builtin(op, b, a);
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            return SetMethods.operator(op, x, y);
        }
        if (a instanceof PyDict x && b instanceof PyDict y && op == Operator.BITOR
                && x.type() == PyDict.TYPE && y.type() == PyDict.TYPE) {
            PyDict r = x.copy();
            for (var e : y.entries()) {
                r.put(e.getKey(), e.getValue());
            }
            return r;
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y && op == Operator.ADD) {
            byte[] r = java.util.Arrays.copyOf(x.value, x.value.length + y.value.length);
            System.arraycopy(y.value, 0, r, x.value.length, y.value.length);
            return new PyBytes(r);
        }
        return null;
    }

    /** reading + d, d + reading, reading - d and reading - reading, as the oracle's VTime computes them. */
    private static PyObject clockArithmetic(Operator op, PyObject a, PyObject b) {
        if (a instanceof ClockReading r) {
            return ClockReading.shift(r, b, op == Operator.ADD);
        }
        if (op == Operator.ADD) {
            return ClockReading.shift((ClockReading) b, a, true);
        }
        return null;
    }

    private static PyObject strOp(Operator op, PyStr s, PyObject b) {
        switch (op) {
            case ADD:
                if (b instanceof PyStr t) {
                    return PyStr.of(s.value.concat(t.value));
                }
                if (b.type().lookup("__radd__") == null || b.type().isBuiltin()) {
                    throw PyException.type("can only concatenate str (not \"" + b.type().name() + "\") to str");
                }
                return null;
            case MULT:
                return b instanceof PyInt n ? repeat(s, n) : null;
            case MOD:
                return StrFormatting.percent(s, b);
            default:
                return null;
        }
    }

    private static PyStr repeat(PyStr s, PyInt n) {
        if (!n.isSmall()) {
            throw PyException.overflow("cannot fit 'int' into an index-sized integer");
        }
        long k = n.isSmall() ? n.value : 0;
        if (k <= 0 || s.value.isEmpty()) {
            return PyStr.EMPTY;
        }
        if (k * s.value.length() > Integer.MAX_VALUE / 2) {
            throw PyException.of(ExceptionTypes.MEMORY_ERROR, "");
        }
        return PyStr.of(s.value.repeat((int) k));
    }

    private static PyObject listOp(Operator op, PyList l, PyObject b) {
        if (op == Operator.ADD) {
            if (b instanceof PyList m) {
                PyObject[] r = new PyObject[l.size() + m.size()];
                System.arraycopy(l.items, 0, r, 0, l.size());
                System.arraycopy(m.items, 0, r, l.size(), m.size());
                return new PyList(r, r.length);
            }
            throw PyException.type("can only concatenate list (not \"" + b.type().name() + "\") to list");
        }
        if (op == Operator.MULT && b instanceof PyInt n) {
            PyObject[] src = l.toArray();
            long k = Math.max(0, n.isSmall() ? n.value : 0);
            PyObject[] r = new PyObject[(int) (src.length * k)];
            for (int i = 0; i < k; i++) {
                System.arraycopy(src, 0, r, i * src.length, src.length);
            }
            return new PyList(r, r.length);
        }
        return null;
    }

    private static PyObject tupleOp(Operator op, PyTuple t, PyObject b) {
        if (op == Operator.ADD) {
            if (b instanceof PyTuple u) {
                PyObject[] r = new PyObject[t.size() + u.size()];
                System.arraycopy(t.items, 0, r, 0, t.size());
                System.arraycopy(u.items, 0, r, t.size(), u.size());
                return PyTuple.of(r);
            }
            throw PyException.type("can only concatenate tuple (not \"" + b.type().name() + "\") to tuple");
        }
        if (op == Operator.MULT && b instanceof PyInt n) {
            long k = Math.max(0, n.isSmall() ? n.value : 0);
            if (k == 1) {
                return t;
            }
            PyObject[] r = new PyObject[(int) (t.size() * k)];
            for (int i = 0; i < k; i++) {
                System.arraycopy(t.items, 0, r, i * t.size(), t.size());
            }
            return PyTuple.of(r);
        }
        return null;
    }

    /** In-place forms that mutate the left operand (list +=, set |=, dict |=). */
    static PyObject inplaceBuiltin(Operator op, PyObject a, PyObject b) {
        if (a instanceof PyList l && op == Operator.ADD) {
            PyObject[] items = Ops.toArray(b);
            l.extend(items, items.length);
            return l;
        }
        if (a instanceof PyList l && op == Operator.MULT && b instanceof PyInt n) {
            PyObject[] src = l.toArray();
            l.clear();
            for (long i = 0; i < n.value; i++) {
                l.extend(src, src.length);
            }
            return l;
        }
        if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet t) {
            return SetMethods.inplace(op, s, t);
        }
        if (a instanceof PyDict d && op == Operator.BITOR) {
            Builders.dictUpdate(d, b, false);
            return d;
        }
        return builtin(op, a, b);
    }

    /** binary_op1: try a.__op__(b) and b.__rop__(a), the right operand first if its type is a subclass. */
    static PyObject dunder(Operator op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        String name = "__" + op.stem + "__";
        String rname = "__r" + op.stem + "__";
        PyObject fa = ta.lookup(name);
        PyObject fb = ta == tb ? null : tb.lookup(rname);
        if (fb != null && fa != null && tb.isSubtypeOf(ta)) {
            PyObject r = Ops.callBound(fb, b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            PyObject r = Ops.callBound(fa, a, b);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            PyObject r = Ops.callBound(fb, b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw PyException.type("unsupported operand type(s) for " + op.symbol + ": '" + ta.name() + "' and '"
                + tb.name() + "'");
    }
}
