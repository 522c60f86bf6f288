package io.looplab.vm.modules;

import io.looplab.vm.Args;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyIterator;
import io.looplab.vm.PyList;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * collections.OrderedDict (CPython's Objects/odictobject.c) over the insertion order that every
 * dict keeps: order-sensitive equality between OrderedDicts, move_to_end, popitem(last=False)
 * and the {@code OrderedDict([('a', 1)])} repr of 3.11.
 */
final class OrderedDictType {
    private static final String OWNER = "OrderedDict";
    static final PyType REVERSE_ITERATOR = NativeTypes.iterator("builtins", "odict_iterator", t -> { });

    static final PyType TYPE = NativeTypes.subclass("collections", OWNER, PyDict.TYPE, ns -> {
        ns.put("__init__", PyBuiltinFunction.methodN(OWNER, "__init__", OrderedDictType::init));
        ns.put("__repr__", PyBuiltinFunction.method1(OWNER, "__repr__", d -> PyStr.of(repr((PyDict) d))));
        ns.put("__eq__", PyBuiltinFunction.method2(OWNER, "__eq__", (a, b) -> equal(a, b, true)));
        ns.put("__ne__", PyBuiltinFunction.method2(OWNER, "__ne__", (a, b) -> equal(a, b, false)));
        ns.put("__hash__", NativeTypes.unhashable("collections.OrderedDict"));
        ns.put("move_to_end", PyBuiltinFunction.methodN(OWNER, "move_to_end", OrderedDictType::moveToEnd));
        ns.put("popitem", PyBuiltinFunction.methodN(OWNER, "popitem", OrderedDictType::popitem));
        ns.put("__reversed__", PyBuiltinFunction.method1(OWNER, "__reversed__", OrderedDictType::reversed));
        ns.put("copy", PyBuiltinFunction.method1(OWNER, "copy", OrderedDictType::copy));
        ns.put("__copy__", PyBuiltinFunction.method1(OWNER, "__copy__", OrderedDictType::copy));
        ns.put("fromkeys", PyBuiltinFunction.classMethodN(OWNER, "fromkeys", OrderedDictType::fromkeys));
        ns.put("__reduce__", PyBuiltinFunction.method1(OWNER, "__reduce__", d -> {
            PyObject state = d.dict() == null || d.dict().size() == 0 ? Py.NONE : d.dict();
            return PyTuple.of(d.type(), PyTuple.EMPTY, state, Py.NONE, Ops.iter(Ops.callMethod(d, "items")));
        }));
        ns.put("__or__", PyBuiltinFunction.method2(OWNER, "__or__", (a, b) -> or(a, b, a, b)));
        ns.put("__ror__", PyBuiltinFunction.method2(OWNER, "__ror__", (a, b) -> or(a, b, b, a)));
    });

    private OrderedDictType() {
    }

    private static PyObject init(PyObject[] a, String[] k) {
        int npos = a.length - 1 - (k == null ? 0 : k.length);
        if (npos > 1) {
            throw PyException.type("expected at most 1 arguments, got " + npos);
        }
        Ops.call(PyDict.TYPE.lookup("__init__"), a, k);
        return Py.NONE;
    }

    /** odict_repr: the class name and a list of (key, value) pairs; a cycle prints as "...". */
    private static String repr(PyDict d) {
        return ReprGuard.guard(d, "...", () -> {
            String name = d.type().name();
            if (d.size() == 0) {
                return name + "()";
            }
            List<PyObject> pairs = new ArrayList<>();
            for (Map.Entry<PyObject, PyObject> e : d.entries()) {
                pairs.add(PyTuple.of(e.getKey(), e.getValue()));
            }
            PyObject[] items = pairs.toArray(new PyObject[0]);
            return name + "(" + Ops.repr(new PyList(items, items.length)) + ")";
        });
    }

    /** odict_richcompare: dict equality, plus the same key order when both are OrderedDicts. */
    private static PyObject equal(PyObject v, PyObject w, boolean eq) {
        if (!(w instanceof PyDict other)) {
            return Py.NOT_IMPLEMENTED;
        }
        boolean same = v.equals(w);
        if (same && w.type().isSubtypeOf(TYPE)) {
            same = sameOrder((PyDict) v, other);
        }
        return Py.bool(same == eq);
    }

    private static boolean sameOrder(PyDict a, PyDict b) {
        Iterator<PyObject> x = a.keyIterator();
        Iterator<PyObject> y = b.keyIterator();
        while (x.hasNext() && y.hasNext()) {
            if (!Ops.eqBool(x.next(), y.next())) {
                return false;
            }
        }
        return x.hasNext() == y.hasNext();
    }

    /** move_to_end(key, last=True): the front is reached by re-inserting everything after key. */
    private static PyObject moveToEnd(PyObject[] a, String[] k) {
        Args p = new Args("move_to_end", NativeTypes.dropFirst(a), k, "key", "last");
        PyDict d = (PyDict) a[0];
        PyObject key = p.require(0);
        PyObject value = d.get(key);
        if (value == null) {
            throw PyException.key(null, key);
        }
        if (Ops.isTrue(p.get(1, Py.TRUE))) {
            d.remove(key);
            d.put(key, value);
            return Py.NONE;
        }
        List<Map.Entry<PyObject, PyObject>> rest = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            if (e.getKey() != key && !Ops.eqBool(e.getKey(), key)) {
                rest.add(Map.entry(e.getKey(), e.getValue()));
            }
        }
        d.clear();
        d.put(key, value);
        for (Map.Entry<PyObject, PyObject> e : rest) {
            d.put(e.getKey(), e.getValue());
        }
        return Py.NONE;
    }

    private static PyObject popitem(PyObject[] a, String[] k) {
        PyDict d = (PyDict) a[0];
        boolean last = Ops.isTrue(new Args("popitem", NativeTypes.dropFirst(a), k, "last").get(0, Py.TRUE));
        if (d.size() == 0) {
            throw PyException.key("dictionary is empty", null);
        }
        Map.Entry<PyObject, PyObject> e;
        if (last) {
            e = d.popLast();
        } else {
            PyObject key = d.keyIterator().next();
            e = Map.entry(key, d.get(key));
            d.remove(key);
        }
        return PyTuple.of(e.getKey(), e.getValue());
    }

    private static PyObject reversed(PyObject d) {
        List<PyObject> keys = ((PyDict) d).keys();
        return new PyIterator(REVERSE_ITERATOR) {
            private int i = keys.size() - 1;

            @Override
            public PyObject next() {
                return i >= 0 ? keys.get(i--) : null;
            }
        };
    }

    /** odict_copy: type(od)() filled item by item (so subclasses get their class back). */
    private static PyObject copy(PyObject d) {
        PyObject c = Ops.call(d.type());
        for (Map.Entry<PyObject, PyObject> e : ((PyDict) d).entries()) {
            Ops.setItem(c, e.getKey(), e.getValue());
        }
        return c;
    }

    private static PyObject fromkeys(PyObject[] a, String[] k) {
        NativeTypes.noKeywords("fromkeys", k);
        NativeTypes.checkPositional("fromkeys", a.length - 1, 1, 2);
        PyObject value = a.length > 2 ? a[2] : Py.NONE;
        PyObject c = Ops.call(a[0]);
        PyObject it = Ops.iter(a[1]);
        for (PyObject key = Ops.next(it); key != null; key = Ops.next(it)) {
            Ops.setItem(c, key, value);
        }
        return c;
    }

    /** odict_or: type(the OrderedDict operand)(left), updated with right. */
    private static PyObject or(PyObject self, PyObject other, PyObject left, PyObject right) {
        if (!(other instanceof PyDict)) {
            return Py.NOT_IMPLEMENTED;
        }
        PyObject result = Ops.call(self.type(), left);
        Ops.callMethod(result, "update", right);
        return result;
    }
}
