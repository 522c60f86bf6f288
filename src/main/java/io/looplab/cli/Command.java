package io.looplab.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code looplab} command: its arguments (after the command word) in, an {@link ExitCode} out. */
@FunctionalInterface
interface Command {
    int run(List<String> args, PrintStream out, PrintStream err);
}
