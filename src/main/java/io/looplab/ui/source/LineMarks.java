package io.looplab.ui.source;

import java.util.List;
import java.util.Map;

/**
 * The marks on a lane's source at one step: per line, the first few tasks and threads on it and
 * how many more; the line being run (0: none) and its colour; the error's line and column.
 */
public record LineMarks(Map<Integer, List<Marker>> markers, Map<Integer, Integer> hidden, int runningLine,
                        int runningColor, int errorLine, int errorColumn) {

    public static final LineMarks NONE = new LineMarks(Map.of(), Map.of(), 0, 0, 0, 0);

    public List<Marker> on(int line) {
        return markers.getOrDefault(line, List.of());
    }

    public int hiddenOn(int line) {
        return hidden.getOrDefault(line, 0);
    }
}
