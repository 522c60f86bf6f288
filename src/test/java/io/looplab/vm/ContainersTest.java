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
 * Containers and iteration builtins against CPython 3.11.2: each snippet in
 * resources/io/looplab/vm/containers/*_cases.txt runs through LoopLab and must print exactly what
 * /usr/bin/python3 printed (recorded by gen_expected.py with PYTHONHASHSEED=0 into *_expected.txt).
 */
class ContainersTest {
    private static final String DIR = "/io/looplab/vm/containers/";
    private static final String[] GROUPS = {"sets", "dicts", "lists", "tuples_ranges", "builtins", "generated"};

    @TestFactory
    List<DynamicTest> snippetsPrintWhatCPythonPrinted() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String group : GROUPS) {
            Map<String, String> cases = sections(read(group + "_cases.txt"));
            Map<String, String> expected = sections(read(group + "_expected.txt"));
            assertEquals(cases.keySet(), expected.keySet(), group + ": cases and recorded outputs disagree");
            for (Map.Entry<String, String> c : cases.entrySet()) {
                String want = expected.get(c.getKey());
                tests.add(DynamicTest.dynamicTest(group + ": " + c.getKey(),
                        () -> assertEquals(want, PyRun.run(c.getValue()), c.getValue())));
            }
        }
        assertTrue(tests.size() >= 300, "expected at least 300 snippets, found " + tests.size());
        return tests;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = ContainersTest.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("missing resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** "### name" headers, each followed by its text (the format gen_expected.py writes). */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(4).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            String last = body.toString();
            out.put(name, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last);
        }
        return out;
    }
}
