package io.looplab.cli;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.ScenarioCheck;
import io.looplab.scenario.ScenarioFiles;
import io.looplab.scenario.ScenarioReadException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code looplab check FILE|DIR...}: validates each scenario's header and compares its runs (as
 * __main__ and as each variant, printed and with steps) with the CPython reference traces beside
 * it. One line per trace, a summary, and exit 0 when all match, 1 otherwise, 2 on usage errors.
 */
final class CheckCommand implements Command {
    static final String USAGE = "looplab check FILE|DIR...";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> scenarios;
        try {
            scenarios = scenarios(args);
        } catch (IllegalArgumentException e) {
            err.println("looplab check: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Tally tally = new Tally();
        for (Path script : scenarios) {
            try {
                print(ScenarioCheck.check(script, RunOptions.DEFAULT), out, tally);
            } catch (ScenarioReadException e) {
                err.println("looplab check: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        out.println(tally.summary(scenarios.size()));
        out.flush();
        return tally.failures() == 0 ? ExitCode.FINISHED : ExitCode.PYTHON_EXCEPTION;
    }

    /** The scenario files named by the arguments, folders expanded; every argument must exist. */
    private static List<Path> scenarios(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("missing FILE or DIR (usage: " + USAGE + ")");
        }
        List<Path> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (a.startsWith("-")) {
                throw new IllegalArgumentException("unknown option " + a + " (usage: " + USAGE + ")");
            } else if (Files.isDirectory(p)) {
                List<Path> found = ScenarioFiles.under(p);
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("there are no scenarios in " + p);
                }
                out.addAll(found);
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IllegalArgumentException("there is no file or folder " + p);
            }
        }
        return out;
    }

    private static void print(ScenarioCheck.Report report, PrintStream out, Tally tally) {
        for (String problem : report.headerProblems()) {
            out.println("HEADER    " + report.script() + ": " + problem);
            tally.headerProblems++;
        }
        for (ScenarioCheck.Outcome o : report.outcomes()) {
            if (o.ok()) {
                out.println("ok        " + report.script() + " " + o.run());
                tally.ok++;
            } else {
                out.println("MISMATCH  " + report.script() + " " + o.run() + " vs " + o.reference().getFileName()
                        + ": " + o.mismatch().describe());
                tally.mismatches++;
            }
        }
    }

    /** Counts for the summary line. */
    private static final class Tally {
        int ok;
        int mismatches;
        int headerProblems;

        int failures() {
            return mismatches + headerProblems;
        }

        String summary(int scenarios) {
            return String.format("%d scenario%s, %d trace%s: %d ok, %d mismatch%s, %d header problem%s", scenarios,
                    scenarios == 1 ? "" : "s", ok + mismatches, ok + mismatches == 1 ? "" : "s", ok, mismatches,
                    mismatches == 1 ? "" : "es", headerProblems, headerProblems == 1 ? "" : "s");
        }
    }
}
