package io.looplab.cli;

/** The exit statuses of the {@code looplab} commands, the same as the oracle's where they overlap. */
public final class ExitCode {
    /** The program ran to its end. */
    public static final int FINISHED = 0;
    /** The Python program ended with an uncaught exception. */
    public static final int PYTHON_EXCEPTION = 1;
    /** Bad command line, or the scenario file could not be read. */
    public static final int USAGE = 2;
    /** The instruction budget or the virtual-time limit stopped the run. */
    public static final int LIMIT = 3;

    private ExitCode() {
    }
}
