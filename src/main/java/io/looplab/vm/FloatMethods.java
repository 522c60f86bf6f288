package io.looplab.vm;

/** float's constructor, operator dunders and methods. */
final class FloatMethods {
    private FloatMethods() {
    }

    static void define(PyType t) {
        t.define("__new__", PyBuiltinFunction.methodN("float", "__new__", (a, k) -> {
            if (a.length == 1) {
                return new PyFloat(0.0);
            }
            return new PyFloat(toDouble(a[1]));
        }));
        NumberDunders.define(t, "float");
        t.define("__repr__", PyBuiltinFunction.method1("float", "__repr__", x -> PyStr.of(FloatFormat.repr(((PyFloat) x).value))));
        t.define("__float__", PyBuiltinFunction.method1("float", "__float__", x -> x));
        t.define("__int__", PyBuiltinFunction.method1("float", "__int__", IntMethods::toInt));
        t.define("__format__", PyBuiltinFunction.method2("float", "__format__",
                (x, spec) -> PyStr.of(StrFormatting.format(x, Ops.str(spec)))));
        t.define("is_integer", PyBuiltinFunction.method1("float", "is_integer", x -> {
            double v = ((PyFloat) x).value;
            return Py.bool(!Double.isInfinite(v) && v == Math.floor(v));
        }));
        t.define("real", Descriptors.getter("real", x -> x));
        t.define("imag", Descriptors.getter("imag", x -> new PyFloat(0.0)));
    }

    /** float(x): numbers, numeric strings (incl. 'inf', 'nan', underscores), __float__. */
    static double toDouble(PyObject x) {
        if (x instanceof PyStr s) {
            String v = s.value.strip().toLowerCase().replace("_", "");
            switch (v) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            if (!v.matches("[+-]?(\\d+\\.?\\d*([e][+-]?\\d+)?|\\.\\d+([e][+-]?\\d+)?)")) {
                throw PyException.value("could not convert string to float: " + Repr.quote(s.value));
            }
            return Double.parseDouble(v);
        }
        return Ops.toDouble(x);
    }
}
