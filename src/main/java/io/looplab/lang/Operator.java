package io.looplab.lang;

/** Binary arithmetic operators, with the dunder names CPython dispatches to. */
public enum Operator {
    ADD("+", "add"), SUB("-", "sub"), MULT("*", "mul"), MATMULT("@", "matmul"), DIV("/", "truediv"),
    MOD("%", "mod"), POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"),
    BITOR("|", "or"), BITXOR("^", "xor"), BITAND("&", "and"), FLOORDIV("//", "floordiv");

    public final String symbol;
    /** The dunder stem: {@code __add__}, {@code __radd__}, {@code __iadd__}. */
    public final String stem;

    Operator(String symbol, String stem) {
        this.symbol = symbol;
        this.stem = stem;
    }
}
