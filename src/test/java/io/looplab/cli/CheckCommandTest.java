package io.looplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab check}: matching traces exit 0, a tampered one exits 1 naming its line, bad arguments 2. */
class CheckCommandTest {
    private static final String SCENARIO = """
            \"\"\"Two sleeps

            Prints twice.

            Variants: quick
            Narration:
              L13: the first print
            \"\"\"
            import time
            def quick():
                print("quick")
            if __name__ == "__main__":
                print("a")
                time.sleep(1)
                print("b")
            """;

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path script;

    @BeforeEach
    void writeScenario() throws Exception {
        script = Files.writeString(dir.resolve("sleeps.py"), SCENARIO);
        Files.writeString(dir.resolve("sleeps.expected"), "0.000\ta\n1.000\tb\n1.000\t# end\n");
        Files.writeString(dir.resolve("sleeps.quick.expected"), "0.000\tquick\n0.000\t# end\n");
    }

    private int check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aMatchingScenarioExitsWithZero() {
        assertEquals(ExitCode.FINISHED, check(script.toString()));
        assertEquals("ok        " + script + " (main)\nok        " + script + " --variant quick\n"
                + "1 scenario, 2 traces: 2 ok, 0 mismatches, 0 header problems\n", out());
    }

    @Test
    void aFolderIsCheckedScenarioByScenario() {
        assertEquals(ExitCode.FINISHED, check(dir.toString()));
        assertTrue(out().endsWith("1 scenario, 2 traces: 2 ok, 0 mismatches, 0 header problems\n"), out());
    }

    @Test
    void aTamperedReferenceExitsWithOneAndNamesTheLine() throws Exception {
        Files.writeString(dir.resolve("sleeps.expected"), "0.000\ta\n2.000\tb\n2.000\t# end\n");
        assertEquals(ExitCode.PYTHON_EXCEPTION, check(script.toString()));
        assertTrue(out().contains("MISMATCH  " + script + " (main) vs sleeps.expected: line 2: "
                + "expected \"2.000\\tb\", got \"1.000\\tb\"\n"), out());
        assertTrue(out().endsWith("2 traces: 1 ok, 1 mismatch, 0 header problems\n"), out());
    }

    @Test
    void aHeaderProblemExitsWithOne() throws Exception {
        Files.delete(dir.resolve("sleeps.quick.expected"));
        Files.writeString(script, SCENARIO.replace("L13", "L40"));
        assertEquals(ExitCode.PYTHON_EXCEPTION, check(script.toString()));
        assertTrue(out().contains("HEADER    " + script + ": narration L40 points past the file (15 lines)\n"), out());
        assertTrue(out().contains("HEADER    " + script + ": sleeps.quick.expected is missing"), out());
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(ExitCode.USAGE, check(dir.resolve("nope.py").toString()));
        assertEquals("looplab check: there is no file or folder " + dir.resolve("nope.py") + "\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("", out());
    }

    @Test
    void noArgumentsOrAnUnknownOptionIsAUsageError() {
        assertEquals(ExitCode.USAGE, check());
        assertEquals(ExitCode.USAGE, check("--fast", script.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --fast"));
    }
}
