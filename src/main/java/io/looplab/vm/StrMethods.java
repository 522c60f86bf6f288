package io.looplab.vm;

/** str's constructor and methods. */
final class StrMethods {
    private StrMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("str", "__new__", (a, k) -> {
            if (a.length == 1) {
                return PyStr.EMPTY;
            }
            return PyStr.of(Ops.str(a[1]));
        }));
        t.define("join", PyBuiltinFunction.method2("str", "join", (sep, it) -> {
            StringBuilder sb = new StringBuilder();
            PyObject[] items = Ops.toArray(it);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr s)) {
                    throw PyException.type("sequence item " + i + ": expected str instance, "
                            + items[i].type().name() + " found");
                }
                if (i > 0) {
                    sb.append(((PyStr) sep).value);
                }
                sb.append(s.value);
            }
            return PyStr.of(sb.toString());
        }));
        t.define("__format__", PyBuiltinFunction.method2("str", "__format__",
                (x, spec) -> PyStr.of(StrFormatting.format(x, Ops.str(spec)))));
    }
}
