package io.looplab.vm;

/**
 * Thrown when a run uses up its instruction budget. Not a Python exception: no except clause
 * can catch it; it unwinds to whoever called {@link Interpreter#run}.
 */
public final class BudgetExceeded extends RuntimeException {
    public final long steps;
    public final String fileName;
    public final int line;

    public BudgetExceeded(long steps, String fileName, int line) {
        super("the run used its budget of " + steps + " steps (line " + line + " is still running)", null, false,
                false);
        this.steps = steps;
        this.fileName = fileName;
        this.line = line;
    }
}
