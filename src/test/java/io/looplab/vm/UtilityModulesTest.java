package io.looplab.vm;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The utility standard modules against CPython 3.11.2: each snippet of utility/NAME.cases runs
 * through LoopLab and must print exactly what utility/NAME.expected recorded from CPython (through
 * the oracle, so random starts seeded with 0). Re-record with utility/record.py, never by hand.
 */
class UtilityModulesTest {
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
        Map<String, String> sources = sections(read(name + ".cases"));
        Map<String, String> expected = sections(read(name + ".expected"));
        assertEquals(sources.keySet(), expected.keySet(), name + ".expected is stale: re-run record.py");
        assertTrue(sources.size() > 0);
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String want = expected.get(e.getKey());
            tests.add(DynamicTest.dynamicTest(e.getKey(), () -> assertEquals(trimEnd(want), trimEnd(PyRun.run(e.getValue())))));
        }
        return tests;
    }

    /** "### name" headers, each followed by its text (a snippet or its recorded output). */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    /** Trailing newlines are not significant (a section ends where the next header starts). */
    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String read(String resource) {
        try (InputStream in = UtilityModulesTest.class.getResourceAsStream("utility/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource utility/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
