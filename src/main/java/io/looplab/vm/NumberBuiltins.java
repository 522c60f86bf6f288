package io.looplab.vm;

import io.looplab.lang.Operator;

import java.math.BigInteger;

/** Number builtins: abs, divmod, pow, round, hex, oct, bin, chr, ord, format; complex, bytearray and memoryview are unsupported. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void define(PyDict b) {
        b.put("abs", PyBuiltinFunction.of1("abs", Ops::abs));
        b.put("divmod", PyBuiltinFunction.of2("divmod", NumberBuiltins::divmod));
        b.put("pow", PyBuiltinFunction.ofN("pow", NumberBuiltins::pow));
        b.put("round", PyBuiltinFunction.ofN("round", Rounding::round));
        b.put("hex", PyBuiltinFunction.of1("hex", x -> PyStr.of(NumberFormat.toBase(IntMethods.index(x), 16, "0x"))));
        b.put("oct", PyBuiltinFunction.of1("oct", x -> PyStr.of(NumberFormat.toBase(IntMethods.index(x), 8, "0o"))));
        b.put("bin", PyBuiltinFunction.of1("bin", x -> PyStr.of(NumberFormat.toBase(IntMethods.index(x), 2, "0b"))));
        b.put("chr", PyBuiltinFunction.of1("chr", NumberBuiltins::chr));
        b.put("ord", PyBuiltinFunction.of1("ord", NumberBuiltins::ord));
        b.put("format", PyBuiltinFunction.ofN("format", NumberBuiltins::format));
        b.put("complex", PyBuiltinFunction.ofN("complex", (a, k) -> {
            throw PyException.unsupported("complex numbers");
        }));
        // mutable binary buffers are outside what the lecture scenarios need
        b.put("bytearray", PyBuiltinFunction.ofN("bytearray", (a, k) -> {
            throw PyException.unsupported("bytearray");
        }));
        b.put("memoryview", PyBuiltinFunction.ofN("memoryview", (a, k) -> {
            throw PyException.unsupported("memoryview");
        }));
    }

    /** divmod(a, b): numbers directly (with divmod's own zero-division messages), else __divmod__. */
    static PyObject divmod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (y.signum() == 0) {
                throw PyException.zeroDivision("integer division or modulo by zero");
            }
            return PyTuple.of(Arith.intOp(Operator.FLOORDIV, x, y), Arith.intOp(Operator.MOD, x, y));
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double x = Ops.toDouble(a);
            double y = Ops.toDouble(b);
            if (y == 0) {
                throw PyException.zeroDivision("float divmod()");
            }
            return PyTuple.of(new PyFloat(Arith.floorDiv(x, y)), new PyFloat(Arith.floatMod(x, y)));
        }
        return dunder(a, b, "__divmod__", "__rdivmod__", "unsupported operand type(s) for divmod(): '");
    }

    /** The reflected-operand protocol for a binary builtin without an operator symbol. */
    private static PyObject dunder(PyObject a, PyObject b, String name, String rname, String message) {
        PyObject f = a.type().lookup(name);
        PyObject rf = a.type() == b.type() ? null : b.type().lookup(rname);
        if (rf != null && b.type().isSubtypeOf(a.type())) {
            PyObject r = Ops.callBound(rf, b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
            rf = null;
        }
        PyObject r = f == null ? Py.NOT_IMPLEMENTED : Ops.callBound(f, a, b);
        if (r == Py.NOT_IMPLEMENTED && rf != null) {
            r = Ops.callBound(rf, b, a);
        }
        if (r == Py.NOT_IMPLEMENTED) {
            throw PyException.type(message + a.type().name() + "' and '" + b.type().name() + "'");
        }
        return r;
    }

    /** pow(base, exp, mod=None). */
    private static PyObject pow(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.keywords("pow", prepend(a), k, "base", "exp", "mod");
        if (p[0] == null || p[1] == null) {
            String missing = p[0] == null ? "'base' (pos 1)" : "'exp' (pos 2)";
            throw PyException.type("pow() missing required argument " + missing);
        }
        if (p[2] == null || p[2] == Py.NONE) {
            return Ops.binary(Operator.POW, p[0], p[1]);
        }
        return pow3(p[0], p[1], p[2]);
    }

    private static PyObject[] prepend(PyObject[] a) {
        PyObject[] r = new PyObject[a.length + 1];
        r[0] = Py.NONE;
        System.arraycopy(a, 0, r, 1, a.length);
        return r;
    }

    /** Three-argument pow: modular exponentiation; a negative exponent uses the modular inverse. */
    static PyObject pow3(PyObject base, PyObject exp, PyObject mod) {
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            if (base instanceof PyFloat || exp instanceof PyFloat || mod instanceof PyFloat) {
                throw PyException.type("pow() 3rd argument not allowed unless all arguments are integers");
            }
            PyObject f = base.type().lookup("__pow__");
            PyObject r = f == null ? Py.NOT_IMPLEMENTED : Ops.callBound(f, base, exp, mod);
            if (r == Py.NOT_IMPLEMENTED) {
                throw PyException.type("unsupported operand type(s) for ** or pow(): '" + base.type().name() + "', '"
                        + exp.type().name() + "', '" + mod.type().name() + "'");
            }
            return r;
        }
        BigInteger modulus = m.toBig();
        if (modulus.signum() == 0) {
            throw PyException.value("pow() 3rd argument cannot be 0");
        }
        BigInteger abs = modulus.abs();
        BigInteger r;
        try {
            r = b.toBig().modPow(e.toBig(), abs);
        } catch (ArithmeticException ex) {
            throw PyException.value("base is not invertible for the given modulus");
        }
        if (modulus.signum() < 0 && r.signum() != 0) {
            r = r.subtract(abs);
        }
        return PyInt.of(r);
    }

    private static PyObject chr(PyObject x) {
        PyInt i = IntMethods.index(x);
        if (!i.isSmall() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyException.overflow("Python int too large to convert to C int");
        }
        if (i.value < 0 || i.value > 0x10ffff) {
            throw PyException.value("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.value);
    }

    private static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() == 1) {
                return PyInt.of(s.value.codePointAt(0));
            }
            throw PyException.type("ord() expected a character, but string of length " + s.length() + " found");
        }
        if (c instanceof PyBytes b) {
            if (b.value.length == 1) {
                return PyInt.of(b.value[0] & 0xff);
            }
            throw PyException.type("ord() expected a character, but string of length " + b.value.length + " found");
        }
        throw PyException.type("ord() expected string of length 1, but " + c.type().name() + " found");
    }

    /** format(value, format_spec='', /). */
    private static PyObject format(PyObject[] a, String[] k) {
        PyObject[] p = MethodArgs.clinic("", "format", prepend(a), k, 1, 2);
        PyObject spec = p.length > 1 ? p[1] : PyStr.EMPTY;
        if (!(spec instanceof PyStr s)) {
            throw PyException.type("format() argument 2 must be str, not " + spec.type().name());
        }
        return PyStr.of(StrFormatting.format(p[0], s.value));
    }
}
