package io.looplab.cli;

import io.looplab.scenario.RunOptions;
import io.looplab.scenario.RunResult;
import io.looplab.scenario.ScenarioReadException;
import io.looplab.scenario.ScenarioRunner;
import io.looplab.trace.TraceFormats;
import io.looplab.trace.TraceSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code looplab run [--stamped] [--steps] FILE [--variant NAME | --compare A,B] [--cpu-count N]
 * [--max-steps N]}. With --compare it runs both variants and prints each stamped trace under an
 * "== NAME" header, then one summary line per variant.
 */
final class RunCommand implements Command {
    static final String USAGE = "looplab run [--stamped] [--steps] FILE [--variant NAME | --compare A,B] "
            + "[--cpu-count N] [--max-steps N]";

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RunArgs a;
        try {
            a = RunArgs.parse(args, true);
        } catch (IllegalArgumentException e) {
            err.println("looplab run: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            return a.compare() == null ? single(a, out, err) : compare(a, out, err);
        } catch (ScenarioReadException e) {
            err.println("looplab run: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private static int single(RunArgs a, PrintStream out, PrintStream err) throws ScenarioReadException {
        RunResult r = ScenarioRunner.run(Path.of(a.file()), a.options());
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

    /** Both variants' stamped traces, each under "== NAME", then "NAME: virtual time ..." for each. */
    private static int compare(RunArgs a, PrintStream out, PrintStream err) throws ScenarioReadException {
        int exit = 0;
        StringBuilder summaries = new StringBuilder();
        for (String variant : a.compare()) {
            RunResult r = ScenarioRunner.run(Path.of(a.file()), a.options().withVariant(variant));
            out.println("== " + variant);
            out.print(TraceFormats.stamped(r.trace(), a.steps()));
            err.print(r.stderr());
            summaries.append(variant).append(": ").append(TraceSummary.of(r.trace()).describe()).append('\n');
            exit = Math.max(exit, r.exitCode());
        }
        out.print(summaries);
        out.flush();
        err.flush();
        return exit;
    }

    /** Parsed arguments of run and trace (compare: the two variants of --compare, or null). */
    record RunArgs(String file, boolean stamped, boolean steps, RunOptions options, List<String> compare) {
        static RunArgs parse(List<String> args, boolean allowFormats) {
            String file = null;
            boolean stamped = false;
            boolean steps = false;
            List<String> compare = null;
            RunOptions o = RunOptions.DEFAULT;
            for (int i = 0; i < args.size(); i++) {
                String s = args.get(i);
                switch (s) {
                    case "--stamped" -> stamped = flag(allowFormats, s);
                    case "--steps" -> steps = flag(allowFormats, s);
                    case "--variant" -> o = o.withVariant(value(args, ++i, s));
                    case "--compare" -> compare = pair(flag(allowFormats, s) ? value(args, ++i, s) : null, s);
                    case "--cpu-count" -> o = o.withCpuCount((int) Math.min(number(value(args, ++i, s), s), 1024));
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
                throw new IllegalArgumentException("missing FILE (usage: " + (allowFormats ? USAGE
                        : "looplab trace FILE [--variant NAME] [--cpu-count N] [--max-steps N]") + ")");
            }
            if (compare != null && o.variant() != null) {
                throw new IllegalArgumentException("--variant and --compare cannot be combined");
            }
            return new RunArgs(file, stamped, steps, o, compare);
        }

        /** "A,B": two variant names. */
        private static List<String> pair(String v, String opt) {
            String[] parts = v.split(",", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException(opt + " needs two variant names, as A,B (got '" + v + "')");
            }
            return List.of(parts[0].strip(), parts[1].strip());
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
