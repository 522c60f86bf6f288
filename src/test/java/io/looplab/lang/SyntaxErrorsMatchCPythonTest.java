package io.looplab.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of syntax_errors.txt must fail exactly as CPython 3.11.2 failed on it: exception type,
 * message, line and 0-based column (recorded in syntax_errors.expected by cpython_dump.py --errors).
 */
class SyntaxErrorsMatchCPythonTest {

    @TestFactory
    Stream<DynamicTest> everyCaseFailsLikeCPython() {
        Map<String, String> sources = CaseFile.read("syntax_errors.txt");
        Map<String, String> expected = CaseFile.read("syntax_errors.expected");
        assertEquals(sources.keySet(), expected.keySet(), "recorded cases are out of date");
        assertTrue(sources.size() >= 100);
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            PythonSyntaxError err = assertThrows(PythonSyntaxError.class, () -> Parser.parse(e.getValue(), "f.py"));
            String actual = err.type() + "|" + err.getMessage() + "|" + err.line() + "|" + err.col();
            assertEquals(expected.get(e.getKey()).strip(), actual, e.getValue());
        }));
    }
}
