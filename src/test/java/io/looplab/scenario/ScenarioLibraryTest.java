package io.looplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario of the lecture library has a sound header ({@link HeaderCheck}) and narration
 * that reads on a projector: a summary, 3 to 8 captions, each at most 70 characters.
 */
class ScenarioLibraryTest {
    private static final int MAX_CAPTION = 70;

    @TestFactory
    Stream<DynamicTest> everyScenarioHasASoundHeader() {
        List<Path> scenarios = ScenarioFiles.under(GoldenScenariosTest.SCENARIOS);
        assertFalse(scenarios.isEmpty());
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(
                GoldenScenariosTest.SCENARIOS.relativize(s).toString(), () -> check(s)));
    }

    private static void check(Path script) throws Exception {
        ScenarioFile file = ScenarioFile.read(script);
        List<String> problems = new ArrayList<>(HeaderCheck.problems(file));
        ScenarioHeader header = ScenarioHeader.of(file.text(), file.fileName());
        if (header.summary().isEmpty()) {
            problems.add("no summary paragraph");
        }
        int captions = header.narration().size();
        if (captions < 3 || captions > 8) {
            problems.add(captions + " narration captions (3 to 8 read well)");
        }
        for (ScenarioHeader.Caption c : header.narration()) {
            if (c.text().length() > MAX_CAPTION) {
                problems.add("caption L" + c.line() + " is " + c.text().length() + " characters long");
            }
        }
        assertEquals(List.of(), problems, script.toString());
    }

    @TestFactory
    Stream<DynamicTest> theLibraryIsGroupedInNumberedTopicFolders() {
        Path root = GoldenScenariosTest.SCENARIOS;
        return ScenarioFiles.under(root).stream().map(s -> DynamicTest.dynamicTest(root.relativize(s).toString(),
                () -> assertTrue(root.relativize(s).getNameCount() == 2
                        && root.relativize(s).getName(0).toString().matches("\\d\\d-[a-z-]+"), s.toString())));
    }
}
