package io.looplab.lang;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based lines and 0-based (UTF-16) columns. */
final class LineMap {
    private final int[] starts;
    private final int firstLine;

    LineMap(String text) {
        this(text, 1);
    }

    /** firstLine: the number of the text's first line (an f-string field starts mid-file). */
    LineMap(String text, int firstLine) {
        this.firstLine = firstLine;
        int[] s = new int[16];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        starts = Arrays.copyOf(s, n);
    }

    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i + 1 : -i - 1) + firstLine - 1;
    }

    int col(int offset) {
        return offset - starts[line(offset) - firstLine];
    }

    int lineStart(int line) {
        return starts[line - firstLine];
    }

    int lineCount() {
        return starts.length + firstLine - 1;
    }
}
