package io.looplab.vm;

/** Subscription and membership: x[i], x[a:b:c], x[k] = v, del x[k], item in x. */
final class Items {
    private Items() {
    }

    static PyObject get(PyObject o, PyObject key) {
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            if (key instanceof PyInt) {
                return l.get(index(key, l.size(), "list"));
            }
            if (key instanceof PySlice s) {
                PyObject[] r = slice(l.items, l.size(), s);
                return new PyList(r, r.length);
            }
        } else if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyObject v = d.get(key);
            if (v == null) {
                throw PyException.key(null, key);
            }
            return v;
        } else if (o instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            if (key instanceof PyInt) {
                return t.get(index(key, t.size(), "tuple"));
            }
            if (key instanceof PySlice s) {
                return PyTuple.of(slice(t.items, t.size(), s));
            }
        } else if (o instanceof PyStr str) {
            return strItem(str, key);
        } else if (o instanceof PyRange r) {
            return RangeMethods.getItem(r, key);
        } else if (o instanceof PyBytes b) {
            return BytesMethods.item(b, key);
        } else if (o instanceof PyType t) {
            PyObject meta = t.type() == PyType.TYPE ? null : t.type().lookup("__getitem__");
            if (meta != null) {
                return Ops.callBound(meta, t, key);
            }
            PyObject m = t.lookup("__class_getitem__");
            if (m != null) {
                return Ops.call(m, t, key);
            }
            // list[int], dict[str, int]: a types.GenericAlias (user classes stay lenient: the class itself)
            return t.isBuiltin() ? new GenericAlias(t, key) : t;
        }
        PyObject m = o.type().lookup("__getitem__");
        if (m == null) {
            throw PyException.type("'" + o.type().name() + "' object is not subscriptable");
        }
        return Ops.callBound(m, o, key);
    }

    private static PyObject strItem(PyStr s, PyObject key) {
        if (key instanceof PySlice sl) {
            long[] ix = sl.indices(s.length());
            if (ix[2] == 1) {
                return s.slice((int) ix[0], (int) Math.max(ix[0], ix[1]));
            }
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < ix[3]; i++) {
                sb.append(s.charAt((int) (ix[0] + i * ix[2])).value);
            }
            return PyStr.of(sb.toString());
        }
        if (!(key instanceof PyInt)) {
            throw PyException.type("string indices must be integers, not '" + key.type().name() + "'");
        }
        return s.charAt(index(key, s.length(), "string"));
    }

    /** Normalises a possibly negative index; IndexError names the container ("list index out of range"). */
    static int index(PyObject key, int n, String what) {
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyException.type(what + " indices must be integers or slices, not " + key.type().name());
        }
        long i = Ops.index(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyException.index(what + " index out of range");
        }
        return (int) i;
    }

    static PyObject[] slice(PyObject[] items, int n, PySlice s) {
        long[] ix = s.indices(n);
        PyObject[] r = new PyObject[(int) ix[3]];
        for (int i = 0; i < r.length; i++) {
            r[i] = items[(int) (ix[0] + i * ix[2])];
        }
        return r;
    }

    static void set(PyObject o, PyObject key, PyObject value) {
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            if (key instanceof PySlice s) {
                ListSlices.assign(l, s, value);
            } else {
                l.set(index(key, l.size(), "list assignment"), value);
            }
            return;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            Ops.hash(key);
            d.put(key, value);
            return;
        }
        PyObject m = o.type().lookup("__setitem__");
        if (m == null) {
            throw PyException.type("'" + o.type().name() + "' object does not support item assignment");
        }
        Ops.callBound(m, o, key, value);
    }

    static void delete(PyObject o, PyObject key) {
        if (o instanceof PyList l && l.type() == PyList.TYPE) {
            if (key instanceof PySlice s) {
                ListSlices.delete(l, s);
            } else {
                l.remove(index(key, l.size(), "list assignment"));
            }
            return;
        }
        if (o instanceof PyDict d && d.type() == PyDict.TYPE) {
            if (d.remove(key) == null) {
                throw PyException.key(null, key);
            }
            return;
        }
        PyObject m = o.type().lookup("__delitem__");
        if (m == null) {
            throw PyException.type("'" + o.type().name() + "' object does not support item deletion");
        }
        Ops.callBound(m, o, key);
    }

    static boolean contains(PyObject c, PyObject item) {
        if (c instanceof PyDict d && d.type() == PyDict.TYPE) {
            Ops.hash(item);
            return d.containsKey(item);
        }
        if (c instanceof PySet s) {
            return s.contains(item);
        }
        if (c instanceof PyStr s) {
            if (!(item instanceof PyStr t)) {
                throw PyException.type("'in <string>' requires string as left operand, not " + item.type().name());
            }
            return s.value.contains(t.value);
        }
        if (c instanceof PyList l && l.type() == PyList.TYPE) {
            for (int i = 0; i < l.size(); i++) {
                if (Ops.eqBool(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof PyTuple t) {
            for (PyObject x : t.items) {
                if (Ops.eqBool(x, item)) {
                    return true;
                }
            }
            return false;
        }
        if (c instanceof PyRange r) {
            return RangeMethods.contains(r, item);
        }
        PyObject m = c.type().lookup("__contains__");
        if (m != null) {
            return Ops.isTrue(Ops.callBound(m, c, item));
        }
        PyObject it = Ops.iter(c);
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (Ops.eqBool(v, item)) {
                return true;
            }
        }
        return false;
    }
}
