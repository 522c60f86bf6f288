package io.looplab.vm;

/** Number builtins: abs, divmod, pow, round, hex, oct, bin, chr, ord, format. */
final class NumberBuiltins {
    private NumberBuiltins() {
    }

    static void define(PyDict b) {
        b.put("abs", PyBuiltinFunction.of1("abs", Ops::abs));
        b.put("format", PyBuiltinFunction.ofN("format",
                (a, k) -> PyStr.of(StrFormatting.format(a[0], a.length > 1 ? Ops.str(a[1]) : ""))));
    }
}
