package io.looplab.scenario;

import io.looplab.trace.Trace;

/**
 * The outcome of running a scenario: its trace (always complete, ending with END), the exit
 * code (0 finished, 1 uncaught exception or syntax error, 3 budget or time limit) and the
 * report written to stderr (a traceback or a syntax error with its caret).
 */
public record RunResult(Trace trace, int exitCode, String stderr) {
}
