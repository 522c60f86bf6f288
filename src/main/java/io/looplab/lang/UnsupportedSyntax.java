package io.looplab.lang;

/** Valid Python that LoopLab's subset does not run yet; the VM reports it as NotImplementedError. */
public final class UnsupportedSyntax extends RuntimeException {
    private final String feature;
    private final int line;
    private final int col;

    public UnsupportedSyntax(String feature, int line, int col) {
        super("LoopLab does not support " + feature + " yet");
        this.feature = feature;
        this.line = line;
        this.col = col;
    }

    /** What is missing, e.g. "complex numbers" or "the match statement". */
    public String feature() {
        return feature;
    }

    /** 1-based line of the construct. */
    public int line() {
        return line;
    }

    /** 0-based column of the construct. */
    public int col() {
        return col;
    }
}
