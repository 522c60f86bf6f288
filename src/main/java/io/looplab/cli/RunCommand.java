package io.looplab.cli;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.RunResult;
import io.looplab.scenario.ScenarioReadException;
import io.looplab.scenario.ScenarioRunner;
import io.looplab.trace.TraceFormats;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code looplab run [--stamped] [--steps] FILE [--variant NAME] [--max-steps N]}. */
final class RunCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RunArgs a;
        try {
            a = RunArgs.parse(args, true);
        } catch (IllegalArgumentException e) {
            err.println("looplab run: " + e.getMessage());
            return ExitCode.USAGE;
        }
        RunResult r;
        try {
            r = ScenarioRunner.run(Path.of(a.file()), a.options());
        } catch (ScenarioReadException e) {
            err.println("looplab run: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (a.stamped() || a.steps()) {
            out.print(TraceFormats.stamped(r.trace(), a.steps()));
        } else {
            out.print(TraceFormats.plain(r.trace()));
        }
        out.flush();
        err.print(r.stderr());
        err.flush();
        return r.exitCode();
    }

    /** Parsed arguments of run and trace. */
    record RunArgs(String file, boolean stamped, boolean steps, RunOptions options) {
        static RunArgs parse(List<String> args, boolean allowFormats) {
            String file = null;
            boolean stamped = false;
            boolean steps = false;
            RunOptions o = RunOptions.DEFAULT;
            for (int i = 0; i < args.size(); i++) {
                String s = args.get(i);
                switch (s) {
                    case "--stamped" -> stamped = flag(allowFormats, s);
                    case "--steps" -> steps = flag(allowFormats, s);
                    case "--variant" -> o = o.withVariant(value(args, ++i, s));
                    case "--max-steps" -> o = o.withMaxSteps(number(value(args, ++i, s), s));
                    default -> {
                        if (s.startsWith("-") || file != null) {
                            throw new IllegalArgumentException(s.startsWith("-") ? "unknown option " + s
                                    : "only one FILE can be run (got " + file + " and " + s + ")");
                        }
                        file = s;
                    }
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("missing FILE (usage: looplab run [--stamped] [--steps] FILE "
                        + "[--variant NAME] [--max-steps N])");
            }
            return new RunArgs(file, stamped, steps, o);
        }

        private static boolean flag(boolean allowed, String s) {
            if (!allowed) {
                throw new IllegalArgumentException("unknown option " + s);
            }
            return true;
        }

        private static String value(List<String> args, int i, String opt) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(opt + " needs a value");
            }
            return args.get(i);
        }

        private static long number(String v, String opt) {
            try {
                long n = Long.parseLong(v);
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(opt + " needs a positive whole number, not '" + v + "'");
            }
        }
    }
}
