package io.looplab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every case of ast_cases.txt and compares the whole tree, positions included, with what
 * CPython 3.11 produced for it (ast_cases.expected, recorded by cpython_dump.py).
 */
class ParserMatchesCPythonTest {

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesCPythonsTree() {
        Map<String, String> sources = CaseFile.read("ast_cases.txt");
        Map<String, String> expected = CaseFile.read("ast_cases.expected");
        assertEquals(sources.keySet(), expected.keySet(), "recorded cases are out of date");
        assertTrue(sources.size() >= 30);
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Module m = Parser.parse(e.getValue(), "f.py");
            String actual = m.body().stream().map(AstDump::dump).collect(Collectors.joining("\n"));
            assertEquals(expected.get(e.getKey()).strip(), actual, e.getValue());
        }));
    }
}
