package io.looplab.vm;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The utility standard modules against CPython 3.11.2: each snippet of utility/NAME.cases runs
 * through LoopLab and must print exactly what utility/NAME.expected recorded from CPython (through
 * the oracle, so random starts seeded with 0). Re-record with utility/record.py, never by hand.
 */
class UtilityModulesTest {
    private static final String DIR = "/io/looplab/vm/utility/";
    @TestFactory
    List<DynamicTest> math() {
        return cases("math");
    }

    @TestFactory
    List<DynamicTest> random() {
        return cases("random");
    }

    @TestFactory
    List<DynamicTest> stringAndTextwrap() {
        return cases("text");
    }

    @TestFactory
    List<DynamicTest> typing() {
        return cases("typing");
    }

    @TestFactory
    List<DynamicTest> contextlib() {
        return cases("contextlib");
    }

    @TestFactory
    List<DynamicTest> dataclasses() {
        return cases("dataclasses");
    }

    @TestFactory
    List<DynamicTest> enumAndAbc() {
        return cases("enum");
    }

    @TestFactory
    List<DynamicTest> os() {
        return cases("os");
    }

    private static List<DynamicTest> cases(String name) {
        List<SnippetCorpus.Snippet> snippets = SnippetCorpus.load(DIR + name + ".cases", DIR + name + ".expected");
        assertTrue(snippets.size() > 0);
        List<DynamicTest> tests = new ArrayList<>();
        for (SnippetCorpus.Snippet c : snippets) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> assertEquals(trimEnd(c.output()), trimEnd(PyRun.run(c.source())))));
        }
        return tests;
    }

    /** Trailing newlines are not significant (a section ends where the next header starts). */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }
}
