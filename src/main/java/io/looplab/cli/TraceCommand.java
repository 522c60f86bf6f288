package io.looplab.cli;

import io.looplab.scenario.RunResult;
import io.looplab.scenario.ScenarioReadException;
import io.looplab.scenario.ScenarioRunner;
import io.looplab.trace.JsonLines;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code looplab trace FILE [--variant NAME] [--max-steps N]}: the run's events as JSON Lines on stdout. */
final class TraceCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RunCommand.RunArgs a;
        try {
            a = RunCommand.RunArgs.parse(args, false);
        } catch (IllegalArgumentException e) {
            err.println("looplab trace: " + e.getMessage());
            return ExitCode.USAGE;
        }
        RunResult r;
        try {
            r = ScenarioRunner.run(Path.of(a.file()), a.options());
        } catch (ScenarioReadException e) {
            err.println("looplab trace: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            JsonLines.write(r.trace(), w);
            w.flush();
        } catch (java.io.IOException | UncheckedIOException e) {
            err.println("looplab trace: cannot write: " + e.getMessage());
            return ExitCode.USAGE;
        }
        err.print(r.stderr());
        return r.exitCode();
    }
}
