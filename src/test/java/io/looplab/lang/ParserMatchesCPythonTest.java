package io.looplab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every case of a case file and compares the whole tree, positions included, with what
 * CPython 3.11.2 produced for it (the matching .expected file, recorded by cpython_dump.py).
 */
class ParserMatchesCPythonTest {

    @TestFactory
    Stream<DynamicTest> everyConstructMatchesCPythonsTree() {
        return cases("ast_cases", 30);
    }

    /** The Python examples of the seed documents (/work/shared/seeds), with only the prose mangling undone. */
    @TestFactory
    Stream<DynamicTest> everySeedExampleMatchesCPythonsTree() {
        return cases("seed_snippets", 30);
    }

    private static Stream<DynamicTest> cases(String file, int atLeast) {
        Map<String, String> sources = CaseFile.read(file + ".txt");
        Map<String, String> expected = CaseFile.read(file + ".expected");
        assertEquals(sources.keySet(), expected.keySet(), "recorded cases are out of date");
        assertTrue(sources.size() >= atLeast);
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertParsesLikeCPython(e.getValue(), expected.get(e.getKey()).strip())));
    }

    private static void assertParsesLikeCPython(String source, String expected) {
        if (expected.startsWith("SyntaxError|")) {
            PythonSyntaxError err = assertThrows(PythonSyntaxError.class, () -> Parser.parse(source, "f.py"));
            assertEquals(expected, err.type() + "|" + err.getMessage() + "|" + err.line() + "|" + err.col());
            return;
        }
        Module m = Parser.parse(source, "f.py");
        String actual = m.body().stream().map(AstDump::dump).collect(Collectors.joining("\n"));
        assertEquals(expected, actual, source);
    }
}
