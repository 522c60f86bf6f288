package io.looplab.scenario;

import io.looplab.trace.TraceFormats;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario against its CPython reference traces, made by the oracle and committed beside
 * it: NAME.expected (run as __main__), NAME.VARIANT.expected (--variant VARIANT), and NAME.steps /
 * NAME.VARIANT.steps (with asyncio task steps).
 */
class GoldenScenariosTest {
    static final Path SCENARIOS = Path.of(System.getProperty("looplab.scenarios", "scenarios"));

    @TestFactory
    Stream<DynamicTest> scenariosMatchCPython() throws IOException {
        List<Path> refs;
        try (Stream<Path> s = Files.walk(SCENARIOS)) {
            refs = s.filter(p -> p.toString().endsWith(".expected") || p.toString().endsWith(".steps")).sorted().toList();
        }
        assertTrue(refs.size() >= 5, "expected reference traces under " + SCENARIOS.toAbsolutePath());
        return refs.stream().map(ref -> DynamicTest.dynamicTest(SCENARIOS.relativize(ref).toString(), () -> check(ref)));
    }

    private static void check(Path ref) throws Exception {
        String name = ref.getFileName().toString();
        boolean steps = name.endsWith(".steps");
        String stem = name.substring(0, name.lastIndexOf('.'));
        String variant = null;
        Path script = ref.resolveSibling(stem + ".py");
        if (!Files.exists(script) && stem.contains(".")) {
            variant = stem.substring(stem.indexOf('.') + 1);
            script = ref.resolveSibling(stem.substring(0, stem.indexOf('.')) + ".py");
        }
        RunResult r = ScenarioRunner.run(script, RunOptions.DEFAULT.withVariant(variant));
        String actual = TraceFormats.stamped(r.trace(), steps);
        String expected = Files.readString(ref, StandardCharsets.UTF_8);
        assertNull(TraceComparison.difference(expected, actual), () -> "differs from " + ref + "\n"
                + TraceComparison.difference(expected, actual) + "\nstderr:\n" + r.stderr());
    }
}
