package io.looplab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headless command line, {@code looplab COMMAND [ARGS]}: the command table and its dispatch. */
public final class Cli {
    static final String USAGE = """
            Usage: looplab [FILE]             open the LoopLab window (and FILE, if given)
                   looplab COMMAND [ARGS]

            Commands:
              run [--stamped] [--steps] FILE [--variant NAME | --compare A,B]
                  [--cpu-count N] [--max-steps N]
                        run a scenario and print what it prints
                        --stamped      print the virtual-time trace instead:
                                       S.mmm<TAB>text per line, ending with S.mmm<TAB># end
                        --steps        also print each asyncio Task step (@ lines)
                        --variant NAME run the module, then NAME() (asyncio.run if a coroutine)
                        --compare A,B  run variants A and B: both stamped traces, each under
                                       "== NAME", then per variant its virtual time, threads
                                       and context switches
                        --cpu-count N  what os.cpu_count() reports (default 4)
                        --max-steps N  stop after N interpreter steps
              trace FILE [--variant NAME]
                        write the run's events as JSON Lines
              bench     print interpreter and kernel speed figures
              check FILE|DIR...
                        check scenarios (folders: every scenario under them): the
                        header, and each run (as __main__ and per variant, printed
                        and with steps) against its CPython reference traces
                        (NAME.expected, NAME.VARIANT.expected, .steps); exit 0 if all
                        match, 1 on a mismatch or a header problem
              help      show this help (also --help, -h)
              --version print the version

            Exit status: 0 finished, 1 uncaught Python exception,
                         2 usage error or unreadable file, 3 step budget or time limit hit.
            """;

    private static final Map<String, Command> COMMANDS = commands();

    private Cli() {
    }

    private static Map<String, Command> commands() {
        Map<String, Command> table = new LinkedHashMap<>();
        table.put("run", new RunCommand());
        table.put("trace", new TraceCommand());
        table.put("bench", new BenchCommand());
        table.put("check", new CheckCommand());
        for (String name : List.of("help", "--help", "-h")) {
            table.put(name, Cli::help);
        }
        table.put("--version", Cli::version);
        return Collections.unmodifiableMap(table);
    }

    /** Whether {@code word} (a first argument) names a command rather than a file to open. */
    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word);
    }

    /** Runs {@code args} (command word first) and returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            err.println(args.length == 0 ? "looplab: no command given" : "looplab: unknown command '" + args[0] + "'");
            err.print(USAGE);
            return ExitCode.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return COMMANDS.get(args[0]).run(rest, out, err);
    }

    private static int help(List<String> args, PrintStream out, PrintStream err) {
        out.print(USAGE);
        return ExitCode.FINISHED;
    }

    private static int version(List<String> args, PrintStream out, PrintStream err) {
        String version = Cli.class.getPackage().getImplementationVersion();
        out.println("looplab " + (version == null ? "(development build)" : version));
        return ExitCode.FINISHED;
    }
}
