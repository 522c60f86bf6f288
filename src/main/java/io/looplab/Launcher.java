package io.looplab;

import io.looplab.cli.Cli;
import io.looplab.ui.LoopLabApp;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point: a command word goes to the {@link Cli}, anything else opens the window.
 * It must not extend {@code Application}, or {@code java -jar} on a classpath JavaFX refuses to start.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(runCli(args));
        } else {
            LoopLabApp.main(args);
        }
    }

    // Traces are UTF-8 whatever the platform's default charset is.
    private static int runCli(String[] args) {
        var stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return Cli.run(args, out, err);
        } finally {
            out.flush();
        }
    }
}
