package io.looplab.vm;

/** list's constructor and named methods (Objects/listobject.c); the dunders are in {@link ListDunders}. */
final class ListMethods {
    private ListMethods() {
    }

    static void define(PyType t) {
        t.define("__init__", PyBuiltinFunction.methodN("list", "__init__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw PyException.type("list() takes no keyword arguments");
            }
            if (a.length > 2) {
                throw PyException.type("list expected at most 1 argument, got " + (a.length - 1));
            }
            PyList l = (PyList) a[0];
            l.clear();
            if (a.length > 1) {
                extend(l, a[1]);
            }
            return Py.NONE;
        }));
        t.define("append", PyBuiltinFunction.method2("list", "append", (l, x) -> {
            ((PyList) l).append(x);
            return Py.NONE;
        }));
        t.define("extend", PyBuiltinFunction.method2("list", "extend", (l, x) -> {
            extend((PyList) l, x);
            return Py.NONE;
        }));
        t.define("insert", PyBuiltinFunction.methodN("list", "insert", (a, k) -> {
            Args.positional("insert", a, k);
            if (a.length != 3) {
                throw PyException.type("insert expected 2 arguments, got " + (a.length - 1));
            }
            insert((PyList) a[0], Ops.index(a[1]), a[2]);
            return Py.NONE;
        }));
        t.define("remove", PyBuiltinFunction.method2("list", "remove", (l, x) -> {
            PyList list = (PyList) l;
            for (int i = 0; i < list.size(); i++) {
                if (eq(list.get(i), x)) {
                    list.remove(i);
                    return Py.NONE;
                }
            }
            throw PyException.value("list.remove(x): x not in list");
        }));
        t.define("pop", PyBuiltinFunction.methodN("list", "pop", ListMethods::pop));
        t.define("index", PyBuiltinFunction.methodN("list", "index", ListMethods::index));
        t.define("count", PyBuiltinFunction.method2("list", "count", (l, x) -> {
            PyList list = (PyList) l;
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                if (eq(list.get(i), x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        t.define("reverse", PyBuiltinFunction.method1("list", "reverse", l -> {
            PyList list = (PyList) l;
            ListSort.reverseRange(list.items, 0, list.size());
            return Py.NONE;
        }));
        t.define("copy", PyBuiltinFunction.method1("list", "copy", l -> PyList.of(((PyList) l).toArray())));
        t.define("clear", PyBuiltinFunction.method1("list", "clear", l -> {
            ((PyList) l).clear();
            return Py.NONE;
        }));
        t.define("sort", PyBuiltinFunction.methodN("list", "sort", ListMethods::sortMethod));
        ListDunders.define(t);
    }

    /** PyObject_RichCompareBool(item, x, Py_EQ): identity first. */
    static boolean eq(PyObject item, PyObject x) {
        return item == x || Ops.eqBool(item, x);
    }

    /** list_extend: a list or tuple is copied at once (so l.extend(l) doubles l), anything else iterated. */
    static void extend(PyList l, PyObject iterable) {
        if (iterable instanceof PyList src) {
            l.extend(src.toArray(), src.size());
        } else if (iterable instanceof PyTuple t) {
            l.extend(t.items, t.size());
        } else {
            PyObject it = Ops.iter(iterable);
            for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
                l.append(v);
            }
        }
    }

    /** ins1: the index is clamped into [0, len]. */
    static void insert(PyList l, long i, PyObject x) {
        int n = l.size();
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        l.insert((int) Math.min(i, n), x);
    }

    private static PyObject pop(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("pop", a, k);
        if (p.length > 2) {
            throw PyException.type("pop expected at most 1 argument, got " + (p.length - 1));
        }
        PyList l = (PyList) p[0];
        long i = p.length > 1 ? Ops.index(p[1]) : -1;
        if (l.size() == 0) {
            throw PyException.index("pop from empty list");
        }
        if (i < 0) {
            i += l.size();
        }
        if (i < 0 || i >= l.size()) {
            throw PyException.index("pop index out of range");
        }
        return l.remove((int) i);
    }

    private static PyObject index(PyObject[] a, String[] k) {
        PyObject[] p = Args.positional("index", a, k);
        if (p.length < 2 || p.length > 4) {
            throw PyException.type("index expected " + (p.length < 2 ? "at least 1 argument" : "at most 3 arguments")
                    + ", got " + (p.length - 1));
        }
        PyList l = (PyList) p[0];
        long start = p.length > 2 ? sliceIndex(p[2], l.size()) : 0;
        long stop = p.length > 3 ? sliceIndex(p[3], l.size()) : Long.MAX_VALUE;
        for (long i = start; i < stop && i < l.size(); i++) {
            if (eq(l.get((int) i), p[1])) {
                return PyInt.of(i);
            }
        }
        throw PyException.value(Ops.repr(p[1]) + " is not in list");
    }

    /** _PyEval_SliceIndexNotNone then the clamping of list.index / tuple.index. */
    static long sliceIndex(PyObject o, int n) {
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyException.type("slice indices must be integers or have an __index__ method");
        }
        PyInt v = o instanceof PyInt i ? i : PyInt.of(Ops.index(o));
        long x = v.isSmall() ? v.value : v.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        if (x < 0) {
            x = Math.max(0, x + n);
        }
        return x;
    }

    static PyObject sortMethod(PyObject[] a, String[] k) {
        int nkw = k == null ? 0 : k.length;
        if (a.length - nkw > 1) {
            throw PyException.type("sort() takes no positional arguments");
        }
        PyObject key = Py.NONE;
        boolean reverse = false;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[a.length - nkw + i];
            switch (k[i]) {
                case "key" -> key = v;
                case "reverse" -> reverse = Ops.index(v) != 0;
                default -> throw PyException.type("'" + k[i] + "' is an invalid keyword argument for sort()");
            }
        }
        sort((PyList) a[0], key == Py.NONE ? null : key, reverse);
        return Py.NONE;
    }

    /**
     * list_sort_impl: the list is emptied while sorting (so keys and comparisons see []), a key
     * function is called once per item first, reverse=True reverses before and after the stable
     * sort, and a list changed during the sort is restored and reported.
     */
    static void sort(PyList l, PyObject keyFunc, boolean reverse) {
        PyObject[] saved = l.items;
        int n = l.size;
        PyObject[] sentinel = new PyObject[0];
        l.items = sentinel;
        l.size = 0;
        try {
            PyObject[] items = n == saved.length ? saved : java.util.Arrays.copyOf(saved, n);
            PyObject[] keys = items;
            PyObject[] values = null;
            if (keyFunc != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(keyFunc, items[i]);
                }
                values = items;
            }
            if (reverse && n > 1) {
                if (values != null) {
                    ListSort.reverseRange(keys, 0, n);
                }
                ListSort.reverseRange(items, 0, n);
            }
            try {
                ListSort.sort(keys, values);
            } finally {
                if (reverse && n > 1) {
                    ListSort.reverseRange(items, 0, n);
                }
                saved = items;
            }
            if (l.items != sentinel) {
                throw PyException.value("list modified during sort");
            }
        } finally {
            l.items = saved.length == 0 ? new PyObject[4] : saved;
            l.size = n;
        }
    }
}
