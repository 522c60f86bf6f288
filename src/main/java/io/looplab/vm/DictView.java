package io.looplab.vm;

/** dict.keys(), dict.values() and dict.items(): live views of a dict. */
public final class DictView extends PyObject {
    /** Which view. */
    public enum Kind { KEYS, VALUES, ITEMS }

    static final PyType KEYS = viewType("dict_keys");
    static final PyType VALUES = viewType("dict_values");
    static final PyType ITEMS = viewType("dict_items");

    final PyDict dict;
    final Kind kind;

    DictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    private static PyType viewType(String name) {
        return PyType.builtin(name, PyType.OBJECT, null, t -> {
            t.define("__iter__", PyBuiltinFunction.method1(name, "__iter__", v -> ((DictView) v).iterator()));
            t.define("__len__", PyBuiltinFunction.method1(name, "__len__", v -> PyInt.of(((DictView) v).dict.size())));
            t.define("__repr__", PyBuiltinFunction.method1(name, "__repr__", v -> {
                PyObject[] items = Ops.toArray(v);
                return PyStr.of(name + "([" + Repr.join(items, items.length) + "])");
            }));
            t.define("__contains__", PyBuiltinFunction.method2(name, "__contains__", (v, x) -> {
                DictView dv = (DictView) v;
                return Py.bool(switch (dv.kind) {
                    case KEYS -> dv.dict.containsKey(x);
                    case VALUES -> Items.contains(PyList.of(Ops.toArray(v)), x);
                    case ITEMS -> x instanceof PyTuple tu && tu.size() == 2 && dv.dict.containsKey(tu.get(0))
                            && Ops.eqBool(dv.dict.get(tu.get(0)), tu.get(1));
                });
            }));
        });
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case KEYS -> KEYS;
            case VALUES -> VALUES;
            case ITEMS -> ITEMS;
        };
    }

    PyIterator iterator() {
        return switch (kind) {
            case KEYS -> Iterators.dictKeys(dict);
            case VALUES -> Iterators.dictValues(dict);
            case ITEMS -> Iterators.dictItems(dict);
        };
    }
}
