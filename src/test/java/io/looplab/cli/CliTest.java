package io.looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command table: which words are commands, and what help, version and unknown commands print. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void commandWordsAreRecognisedAndFilesAreNot() {
        for (String word : new String[] {"run", "trace", "bench", "check", "help", "--help", "-h", "--version"}) {
            assertTrue(Cli.isCommand(word), word);
        }
        assertFalse(Cli.isCommand("hello.py"));
        assertFalse(Cli.isCommand("runner"));
    }

    @Test
    void helpPrintsTheUsageToStdout() {
        assertEquals(ExitCode.FINISHED, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: looplab"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("run [--stamped] [--steps] FILE"));
    }

    @Test
    void versionNamesTheProgram() {
        assertEquals(ExitCode.FINISHED, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("looplab "));
    }

    @Test
    void anUnknownCommandPrintsTheUsageToStderr() {
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("looplab: unknown command 'frobnicate'"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void benchRejectsABadRunCountOrWorkloadWithItsUsage() {
        for (String[] args : new String[][] {{"bench", "--runs", "many"}, {"bench", "--runs"}, {"bench", "--runs", "0"},
            {"bench", "gpu"}}) {
            err.reset();
            assertEquals(ExitCode.USAGE, run(args), String.join(" ", args));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("looplab bench: usage: bench [cpu|asyncio|all]"));
        }
    }
}
