package io.looplab.lang;

import java.util.ArrayList;
import java.util.List;

/** Source code with fast access to its lines (for error messages, tracebacks and the UI). */
public final class SourceText {
    private final String text;
    private final List<String> lines;

    public SourceText(String text) {
        this.text = text;
        this.lines = splitLines(text);
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return List.copyOf(out);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The 1-based line {@code n} without its newline, or "" when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }
}
