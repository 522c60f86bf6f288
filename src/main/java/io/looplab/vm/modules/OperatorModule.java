package io.looplab.vm.modules;

import io.looplab.lang.CmpOperator;
import io.looplab.lang.Operator;
import io.looplab.vm.Attributes;
import io.looplab.vm.Ops;
import io.looplab.vm.Py;
import io.looplab.vm.PyBuiltinFunction;
import io.looplab.vm.PyDict;
import io.looplab.vm.PyException;
import io.looplab.vm.PyInt;
import io.looplab.vm.PyList;
import io.looplab.vm.PyModule;
import io.looplab.vm.PyObject;
import io.looplab.vm.PyRange;
import io.looplab.vm.PySet;
import io.looplab.vm.PyStr;
import io.looplab.vm.PyTuple;

/**
 * The operator module (CPython's Modules/_operator.c): the operators as functions, each also
 * under its dunder name, plus itemgetter, attrgetter and methodcaller ({@link OperatorGetters}).
 */
final class OperatorModule {
    private OperatorModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("operator");
        binaries(m);
        inplace(m);
        comparisons(m);
        unaries(m);
        sequences(m);
        m.put("itemgetter", OperatorGetters.ITEMGETTER);
        m.put("attrgetter", OperatorGetters.ATTRGETTER);
        m.put("methodcaller", OperatorGetters.METHODCALLER);
        return m;
    }

    /** Binds name and, where CPython has one, the __name__ alias to the same function object. */
    private static void put(PyModule m, String name, String dunder, PyObject f) {
        m.put(name, f);
        if (dunder != null) {
            m.put(dunder, f);
        }
    }

    private static void binary(PyModule m, String name, String dunder, Operator op) {
        put(m, name, dunder, PyBuiltinFunction.of2(name, (a, b) -> Ops.binary(op, a, b)));
    }

    private static void binaries(PyModule m) {
        binary(m, "add", "__add__", Operator.ADD);
        binary(m, "sub", "__sub__", Operator.SUB);
        binary(m, "mul", "__mul__", Operator.MULT);
        binary(m, "matmul", "__matmul__", Operator.MATMULT);
        binary(m, "truediv", "__truediv__", Operator.DIV);
        binary(m, "floordiv", "__floordiv__", Operator.FLOORDIV);
        binary(m, "mod", "__mod__", Operator.MOD);
        binary(m, "pow", "__pow__", Operator.POW);
        binary(m, "lshift", "__lshift__", Operator.LSHIFT);
        binary(m, "rshift", "__rshift__", Operator.RSHIFT);
        binary(m, "and_", "__and__", Operator.BITAND);
        binary(m, "or_", "__or__", Operator.BITOR);
        binary(m, "xor", "__xor__", Operator.BITXOR);
    }

    private static void inplaceOne(PyModule m, String name, Operator op) {
        put(m, name, "__" + name + "__", PyBuiltinFunction.of2(name, (a, b) -> Ops.inplace(op, a, b)));
    }

    private static void inplace(PyModule m) {
        inplaceOne(m, "iadd", Operator.ADD);
        inplaceOne(m, "isub", Operator.SUB);
        inplaceOne(m, "imul", Operator.MULT);
        inplaceOne(m, "imatmul", Operator.MATMULT);
        inplaceOne(m, "itruediv", Operator.DIV);
        inplaceOne(m, "ifloordiv", Operator.FLOORDIV);
        inplaceOne(m, "imod", Operator.MOD);
        inplaceOne(m, "ipow", Operator.POW);
        inplaceOne(m, "ilshift", Operator.LSHIFT);
        inplaceOne(m, "irshift", Operator.RSHIFT);
        inplaceOne(m, "iand", Operator.BITAND);
        inplaceOne(m, "ior", Operator.BITOR);
        inplaceOne(m, "ixor", Operator.BITXOR);
        put(m, "iconcat", "__iconcat__", PyBuiltinFunction.of2("iconcat", (a, b) -> {
            requireSequence(a);
            return Ops.inplace(Operator.ADD, a, b);
        }));
    }

    private static void comparisons(PyModule m) {
        String[] names = {"eq", "ne", "lt", "le", "gt", "ge"};
        CmpOperator[] ops = {CmpOperator.EQ, CmpOperator.NOT_EQ, CmpOperator.LT, CmpOperator.LT_E, CmpOperator.GT,
            CmpOperator.GT_E};
        for (int i = 0; i < names.length; i++) {
            CmpOperator op = ops[i];
            put(m, names[i], "__" + names[i] + "__", PyBuiltinFunction.of2(names[i], (a, b) -> Ops.compare(op, a, b)));
        }
        m.put("is_", PyBuiltinFunction.of2("is_", (a, b) -> Py.bool(a == b)));
        m.put("is_not", PyBuiltinFunction.of2("is_not", (a, b) -> Py.bool(a != b)));
    }

    private static void unaries(PyModule m) {
        put(m, "neg", "__neg__", PyBuiltinFunction.of1("neg", Ops::neg));
        put(m, "pos", "__pos__", PyBuiltinFunction.of1("pos", Ops::pos));
        put(m, "abs", "__abs__", PyBuiltinFunction.of1("abs", Ops::abs));
        PyBuiltinFunction invert = PyBuiltinFunction.of1("invert", Ops::invert);
        put(m, "invert", "__invert__", invert);
        put(m, "inv", "__inv__", PyBuiltinFunction.of1("inv", Ops::invert));
        put(m, "not_", "__not__", PyBuiltinFunction.of1("not_", a -> Py.bool(!Ops.isTrue(a))));
        m.put("truth", PyBuiltinFunction.of1("truth", a -> Py.bool(Ops.isTrue(a))));
        put(m, "index", "__index__", PyBuiltinFunction.of1("index", a -> PyInt.of(Ops.index(a))));
        m.put("call", PyBuiltinFunction.ofN("call", (a, k) -> {
            int npos = a.length - (k == null ? 0 : k.length);
            NativeTypes.checkPositional("call", npos, 1, Integer.MAX_VALUE);
            return Ops.call(a[0], NativeTypes.dropFirst(a), k);
        }));
        m.put("__call__", m.get("call"));
    }

    private static void sequences(PyModule m) {
        put(m, "getitem", "__getitem__", PyBuiltinFunction.of2("getitem", Ops::getItem));
        put(m, "setitem", "__setitem__", PyBuiltinFunction.of3("setitem", (a, b, c) -> {
            Ops.setItem(a, b, c);
            return Py.NONE;
        }));
        put(m, "delitem", "__delitem__", PyBuiltinFunction.of2("delitem", (a, b) -> {
            Ops.delItem(a, b);
            return Py.NONE;
        }));
        put(m, "contains", "__contains__", PyBuiltinFunction.of2("contains", (a, b) -> Py.bool(Ops.contains(a, b))));
        put(m, "concat", "__concat__", PyBuiltinFunction.of2("concat", (a, b) -> {
            requireSequence(a);
            return Ops.binary(Operator.ADD, a, b);
        }));
        m.put("countOf", PyBuiltinFunction.of2("countOf", (seq, v) -> {
            long n = 0;
            PyObject it = Ops.iter(seq);
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it)) {
                if (x == v || Ops.eqBool(x, v)) {
                    n++;
                }
            }
            return PyInt.of(n);
        }));
        m.put("indexOf", PyBuiltinFunction.of2("indexOf", (seq, v) -> {
            long i = 0;
            PyObject it = Ops.iter(seq);
            for (PyObject x = Ops.next(it); x != null; x = Ops.next(it), i++) {
                if (x == v || Ops.eqBool(x, v)) {
                    return PyInt.of(i);
                }
            }
            throw PyException.value("sequence.index(x): x not in sequence");
        }));
        m.put("length_hint", PyBuiltinFunction.ofN("length_hint", OperatorModule::lengthHint));
    }

    /** PySequence_Concat's check: the left operand must be a sequence (have __getitem__). */
    private static void requireSequence(PyObject a) {
        boolean sequence = a instanceof PyList || a instanceof PyTuple || a instanceof PyStr
                || a.type().lookup("__getitem__") != null && !(a instanceof PyDict);
        if (!sequence) {
            throw PyException.type("'" + a.type().name() + "' object can't be concatenated");
        }
    }

    /** length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default. */
    private static PyObject lengthHint(PyObject[] a, String[] k) {
        NativeTypes.noKeywords("length_hint", k);
        NativeTypes.checkPositional("length_hint", a.length, 1, 2);
        PyObject dflt = a.length > 1 ? a[1] : PyInt.of(0);
        if (!(dflt instanceof PyInt)) {
            throw PyException.type("'" + dflt.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject o = a[0];
        boolean sized = o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict
                || o instanceof PySet || o instanceof PyRange || o.type().lookup("__len__") != null;
        if (sized) {
            return PyInt.of(Ops.len(a[0]));
        }
        PyObject hint = a[0].type().lookup("__length_hint__");
        if (hint == null) {
            return dflt;
        }
        PyObject r = Ops.callBound(hint, a[0]);
        return r == Py.NOT_IMPLEMENTED ? dflt : r;
    }

    /** getattr with dotted names, as attrgetter resolves them. */
    static PyObject dottedAttr(PyObject o, String[] path) {
        for (String p : path) {
            o = Attributes.get(o, p);
        }
        return o;
    }
}
