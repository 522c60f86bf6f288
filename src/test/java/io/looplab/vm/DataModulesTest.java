package io.looplab.vm;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * itertools, collections, functools, operator, heapq, bisect and copy against CPython 3.11.2:
 * each snippet in resources/io/looplab/vm/datamodules/*_cases.txt must print exactly what
 * /usr/bin/python3 printed (recorded by gen_expected.py into *_expected.txt).
 */
class DataModulesTest {
    private static final String DIR = "/io/looplab/vm/datamodules/";
    private static final String[] GROUPS = {"itertools", "collections", "functools", "operator", "heapq_bisect", "copy"};

    @TestFactory
    List<DynamicTest> snippetsPrintWhatCPythonPrinted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String group : GROUPS) {
            for (SnippetCorpus.Snippet c : SnippetCorpus.load(DIR + group + "_cases.txt", DIR + group + "_expected.txt")) {
                tests.add(DynamicTest.dynamicTest(group + ": " + c.name(),
                        () -> assertEquals(c.output(), PyRun.run(c.source()), c.source())));
            }
        }
        assertTrue(tests.size() >= 250, "expected at least 250 snippets, found " + tests.size());
        return tests;
    }
}
