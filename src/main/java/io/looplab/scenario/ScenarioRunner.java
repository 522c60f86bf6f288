package io.looplab.scenario;

import io.looplab.lang.Module;
import io.looplab.lang.Parser;
import io.looplab.lang.PythonSyntaxError;
import io.looplab.lang.UnsupportedSyntax;
import io.looplab.sim.Simulation;
import io.looplab.trace.EventKind;
import io.looplab.trace.Trace;
import io.looplab.vm.Code;
import io.looplab.vm.compiler.Compiler;

import java.nio.file.Path;

/**
 * Runs a scenario file end to end (read, parse, compile, simulate) and returns its trace. The
 * one entry point the CLI and the app use; errors in the program become part of the result.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    public static RunResult run(Path file, RunOptions options) throws ScenarioReadException {
        return run(ScenarioFile.read(file), options);
    }

    public static RunResult run(ScenarioFile scenario, RunOptions options) {
        Path abs = scenario.path().toAbsolutePath();
        Code code;
        try {
            Module m = Parser.parse(scenario.text(), abs.toString());
            code = Compiler.compile(m);
        } catch (PythonSyntaxError e) {
            return failedBeforeRunning(e.type() + ": " + e.getMessage() + " (" + scenario.fileName() + ", line "
                    + e.line() + ")", e.format() + "\n");
        } catch (UnsupportedSyntax e) {
            return failedBeforeRunning("NotImplementedError: " + e.getMessage(), "  File \"" + abs + "\", line "
                    + e.line() + "\nNotImplementedError: " + e.getMessage() + "\n");
        }
        Simulation.Result r = Simulation.run(code, abs,
                new Simulation.Options(options.variant(), options.maxSteps(), options.cpuCount()));
        return new RunResult(r.trace(), r.exitCode(), r.stderr());
    }

    /** A program that never starts: its trace holds just the error line and the end, at time 0. */
    private static RunResult failedBeforeRunning(String line, String report) {
        Trace t = new Trace();
        t.setTime(0);
        t.add(EventKind.UNCAUGHT, -1, -1, 0, 0, line);
        t.add(EventKind.END, -1, 1, 0, 0);
        return new RunResult(t, 1, report);
    }
}
