package io.looplab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * str, bytes, int and float behaviour compared with CPython 3.11. The expectations were recorded
 * from /usr/bin/python3 by strnum/record.py: cases.tsv holds one expression per line with its
 * repr (or "Type: message"), snippets.expected the output of each multi-line snippet.
 */
class StrAndNumberTest {
    private static final String DIR = "strnum/";
    private static final String WRAP = "try:\n    __r = repr(%s)\nexcept Exception as __e:\n"
            + "    print(type(__e).__name__ + ': ' + str(__e))\nelse:\n    print(__r)\n";

    @TestFactory
    Stream<DynamicTest> expressions() throws IOException {
        List<String> lines = resource("cases.tsv").lines().toList();
        assertFalse(lines.isEmpty());
        return lines.stream().map(line -> {
            int tab = line.indexOf('\t');
            String expr = line.substring(0, tab);
            String expected = line.substring(tab + 1) + "\n";
            return DynamicTest.dynamicTest(expr, () -> assertEquals(expected, PyRun.run(String.format(WRAP, expr)), expr));
        });
    }

    @TestFactory
    Stream<DynamicTest> snippets() throws IOException {
        Map<String, String> programs = blocks(resource("snippets.py"));
        Map<String, String> expected = blocks(resource("snippets.expected"));
        assertEquals(expected.keySet(), programs.keySet());
        return programs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertEquals(expected.get(e.getKey()), PyRun.run(e.getValue()), e.getKey())));
    }

    /** Splits a file into its '# --- name' blocks (each line keeps its newline). */
    static Map<String, String> blocks(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            if (line.startsWith("# --- ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(6).strip();
                body.setLength(0);
            } else {
                body.append(line);
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StrAndNumberTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
