package io.looplab.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only reader of the '### name'-separated case files shared with cpython_dump.py. */
final class CaseFile {
    private CaseFile() {
    }

    static String resource(String name) {
        try (InputStream in = CaseFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Case name to body, split exactly as cpython_dump.py splits (on '\n', keeping trailing blank lines). */
    static Map<String, String> read(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : resource(name).split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (current != null) {
                    out.put(current, body.substring(0, Math.max(0, body.length() - 1)));
                }
                current = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            out.put(current, body.substring(0, Math.max(0, body.length() - 1)));
        }
        return out;
    }
}
