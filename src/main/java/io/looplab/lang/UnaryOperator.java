package io.looplab.lang;

/** Unary operators: {@code ~x}, {@code not x}, {@code +x}, {@code -x}. */
public enum UnaryOperator {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
