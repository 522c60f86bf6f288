package io.looplab.scenario;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every scenario of the library against its CPython reference traces, made by the oracle and
 * committed beside it: NAME.expected (run as __main__), NAME.VARIANT.expected (--variant VARIANT),
 * and NAME.steps / NAME.VARIANT.steps (with asyncio task steps). The same check as
 * {@code looplab check}.
 */
class GoldenScenariosTest {
    static final Path SCENARIOS = Path.of(System.getProperty("looplab.scenarios", "scenarios"));

    @TestFactory
    Stream<DynamicTest> scenariosMatchCPython() {
        List<Path> scenarios = ScenarioFiles.under(SCENARIOS);
        assertTrue(scenarios.size() >= 24, "the library under " + SCENARIOS.toAbsolutePath() + " has "
                + scenarios.size() + " scenarios");
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(SCENARIOS.relativize(s).toString(), () -> check(s)));
    }

    private static void check(Path script) throws Exception {
        ScenarioCheck.Report report = ScenarioCheck.check(script, RunOptions.DEFAULT);
        assertFalse(report.outcomes().isEmpty(), "no reference trace beside " + script);
        String failures = report.outcomes().stream().filter(o -> !o.ok())
                .map(o -> o.run() + " vs " + o.reference().getFileName() + ": " + o.mismatch().describe())
                .collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), () -> script + " differs from CPython:\n" + failures);
    }
}
