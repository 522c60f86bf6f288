package io.looplab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python snippets and what CPython 3.11 printed for each: a cases file and an expected file of
 * "### name" sections, as the recording scripts beside them (gen_expected.py, record.py) write.
 */
final class SnippetCorpus {
    /** One snippet and its recorded output. */
    record Snippet(String name, String source, String output) {
    }

    private SnippetCorpus() {
    }

    /** The snippets of a cases resource with their outputs; fails if the two files name different snippets. */
    static List<Snippet> load(String casesResource, String expectedResource) {
        Map<String, String> cases = sections(read(casesResource));
        Map<String, String> expected = sections(read(expectedResource));
        assertEquals(cases.keySet(), expected.keySet(),
                casesResource + " and " + expectedResource + " disagree: re-record the outputs");
        List<Snippet> out = new ArrayList<>();
        cases.forEach((name, source) -> out.add(new Snippet(name, source, expected.get(name))));
        return out;
    }

    /** "### name" headers, each followed by its text. */
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
            String last = body.toString(); // the file's final newline is not part of the last section
            out.put(name, last.endsWith("\n\n") ? last.substring(0, last.length() - 1) : last);
        }
        return out;
    }

    /** A test resource's text, by absolute path. */
    static String read(String resource) {
        try (InputStream in = SnippetCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
