package io.looplab.vm.modules;

import io.looplab.vm.Attributes;
import io.looplab.vm.Ops;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyException;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;
import io.looplab.vm.PyType;

import java.util.StringJoiner;

/** operator.itemgetter, attrgetter and methodcaller: callable objects with CPython's reprs and errors. */
final class OperatorGetters {
    static final PyType ITEMGETTER = NativeTypes.type("operator", "itemgetter", PyType.OBJECT, null, t -> {
        NativeTypes.constructor(t, (a, k) -> {
            NativeTypes.noKeywords("itemgetter", k);
            NativeTypes.checkPositional("itemgetter", a.length - 1, 1, Math.max(1, a.length - 1));
            return new Getter((PyType) a[0], NativeTypes.dropFirst(a), null, null);
        });
        t.define("__call__", PyBuiltinFunction.methodN("itemgetter", "__call__", (a, k) -> {
            Getter g = (Getter) a[0];
            PyObject obj = single("itemgetter", a, k);
            if (g.items.length == 1) {
                return Ops.getItem(obj, g.items[0]);
            }
            PyObject[] out = new PyObject[g.items.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Ops.getItem(obj, g.items[i]);
            }
            return PyTuple.of(out);
        }));
        NativeTypes.repr(t, self -> "operator.itemgetter(" + joinReprs(((Getter) self).items) + ")");
    });

    static final PyType ATTRGETTER = NativeTypes.type("operator", "attrgetter", PyType.OBJECT, null, t -> {
        NativeTypes.constructor(t, (a, k) -> {
            NativeTypes.noKeywords("attrgetter", k);
            NativeTypes.checkPositional("attrgetter", a.length - 1, 1, Math.max(1, a.length - 1));
            PyObject[] names = NativeTypes.dropFirst(a);
            String[][] paths = new String[names.length][];
            for (int i = 0; i < names.length; i++) {
                if (!(names[i] instanceof PyStr s)) {
                    throw PyException.type("attribute name must be a string");
                }
                paths[i] = s.value.split("\\.", -1);
            }
            return new Getter((PyType) a[0], names, paths, null);
        });
        t.define("__call__", PyBuiltinFunction.methodN("attrgetter", "__call__", (a, k) -> {
            Getter g = (Getter) a[0];
            PyObject obj = single("attrgetter", a, k);
            if (g.paths.length == 1) {
                return OperatorModule.dottedAttr(obj, g.paths[0]);
            }
            PyObject[] out = new PyObject[g.paths.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = OperatorModule.dottedAttr(obj, g.paths[i]);
            }
            return PyTuple.of(out);
        }));
        NativeTypes.repr(t, self -> "operator.attrgetter(" + joinReprs(((Getter) self).items) + ")");
    });

    static final PyType METHODCALLER = NativeTypes.type("operator", "methodcaller", PyType.OBJECT, null, t -> {
        NativeTypes.constructor(t, (a, k) -> {
            int nkw = k == null ? 0 : k.length;
            if (a.length - 1 - nkw < 1) {
                throw PyException.type("methodcaller needs at least one argument, the method name");
            }
            if (!(a[1] instanceof PyStr)) {
                throw PyException.type("method name must be a string");
            }
            PyObject[] rest = new PyObject[a.length - 2];
            System.arraycopy(a, 2, rest, 0, rest.length);
            return new Getter((PyType) a[0], rest, null, k == null || k.length == 0 ? null : k.clone(), a[1]);
        });
        t.define("__call__", PyBuiltinFunction.methodN("methodcaller", "__call__", (a, k) -> {
            Getter g = (Getter) a[0];
            PyObject obj = single("methodcaller", a, k);
            return Ops.call(Attributes.get(obj, ((PyStr) g.name).value), g.items, g.kwnames);
        }));
        NativeTypes.repr(t, self -> methodcallerRepr((Getter) self));
    });

    private OperatorGetters() {
    }

    /** The state of all three kinds: items (keys, names or call arguments) and what they need. */
    private static final class Getter extends PyObject {
        private final PyType type;
        final PyObject[] items;
        final String[][] paths;
        final String[] kwnames;
        final PyObject name;

        Getter(PyType type, PyObject[] items, String[][] paths, String[] kwnames) {
            this(type, items, paths, kwnames, null);
        }

        Getter(PyType type, PyObject[] items, String[][] paths, String[] kwnames, PyObject name) {
            this.type = type;
            this.items = items;
            this.paths = paths;
            this.kwnames = kwnames;
            this.name = name;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** The one positional argument of a getter call: "itemgetter expected 1 argument, got 2". */
    private static PyObject single(String name, PyObject[] a, String[] k) {
        NativeTypes.noKeywords(name, k);
        NativeTypes.checkPositional(name, a.length - 1, 1, 1);
        return a[1];
    }

    private static String joinReprs(PyObject[] items) {
        StringJoiner j = new StringJoiner(", ");
        for (PyObject o : items) {
            j.add(Ops.repr(o));
        }
        return j.toString();
    }

    private static String methodcallerRepr(Getter g) {
        StringJoiner j = new StringJoiner(", ", "operator.methodcaller(", ")");
        j.add(Ops.repr(g.name));
        int nkw = g.kwnames == null ? 0 : g.kwnames.length;
        int npos = g.items.length - nkw;
        for (int i = 0; i < npos; i++) {
            j.add(Ops.repr(g.items[i]));
        }
        for (int i = 0; i < nkw; i++) {
            j.add(g.kwnames[i] + "=" + Ops.repr(g.items[npos + i]));
        }
        return j.toString();
    }
}
