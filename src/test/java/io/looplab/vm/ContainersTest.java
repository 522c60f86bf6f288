package io.looplab.vm;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Containers and iteration builtins against CPython 3.11.2: each snippet in
 * resources/io/looplab/vm/containers/*_cases.txt runs through LoopLab and must print exactly what
 * /usr/bin/python3 printed (recorded by gen_expected.py with PYTHONHASHSEED=0 into *_expected.txt).
 */
class ContainersTest {
    private static final String DIR = "/io/looplab/vm/containers/";
    private static final String[] GROUPS = {"sets", "dicts", "lists", "tuples_ranges", "builtins", "generated"};

    @TestFactory
    List<DynamicTest> snippetsPrintWhatCPythonPrinted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String group : GROUPS) {
            for (SnippetCorpus.Snippet c : SnippetCorpus.load(DIR + group + "_cases.txt", DIR + group + "_expected.txt")) {
                tests.add(DynamicTest.dynamicTest(group + ": " + c.name(),
                        () -> assertEquals(c.output(), PyRun.run(c.source()), c.source())));
            }
        }
        assertTrue(tests.size() >= 300, "expected at least 300 snippets, found " + tests.size());
        return tests;
    }
}
