package io.looplab.ui.source;

import io.looplab.trace.CardState;
import io.looplab.trace.Column;
import io.looplab.trace.TaskCard;
import io.looplab.trace.ThreadCard;
import io.looplab.trace.ThreadState;
import io.looplab.trace.TraceState;
import io.looplab.ui.errors.ErrorModel;
import io.looplab.ui.errors.ErrorReport;
import io.looplab.ui.lane.LaneModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A lane's source with the line each task and thread is on: the running task's line highlighted
 * in its colour, the others marked with chips, the error's line and column once it is reached.
 */
public final class SourceModel {
    /** Chips per line; the rest are counted. */
    public static final int PER_LINE = 4;

    private final LaneModel lane;
    private final ErrorModel errors;
    private final ReadOnlyObjectWrapper<LineMarks> marks = new ReadOnlyObjectWrapper<>(this, "marks", LineMarks.NONE);

    public SourceModel(LaneModel lane, ErrorModel errors) {
        this.lane = lane;
        this.errors = errors;
        lane.stateProperty().addListener((o, was, now) -> update());
        errors.reportProperty().addListener((o, was, now) -> update());
        update();
    }

    // ---- read-only state ------------------------------------------------------------------

    /** The scenario's lines; line n is at index n - 1. */
    public List<String> lines() {
        return lane.sourceLines();
    }

    public ReadOnlyObjectProperty<LineMarks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public LineMarks marks() {
        return marks.get();
    }

    // ---- internals ------------------------------------------------------------------------

    private void update() {
        TraceState s = lane.state();
        if (s == null) {
            return;
        }
        Map<Integer, List<Marker>> on = new HashMap<>();
        Map<Integer, Integer> hidden = new HashMap<>();
        int runningLine = 0;
        int runningColor = 0;
        int lines = lane.sourceLines().size();
        for (int t = 0; t < s.taskCount(); t++) {
            int line = s.lineOf(t);
            CardState state = s.stateOf(t);
            if (line <= 0 || line > lines || state.column() == Column.DONE) {
                continue;
            }
            boolean running = state.column() == Column.RUNNING;
            if (running) {
                runningLine = line;
                runningColor = t;
            }
            List<Marker> list = on.computeIfAbsent(line, k -> new ArrayList<>());
            if (list.size() < PER_LINE || running) {
                TaskCard card = s.task(t);
                list.add(running ? 0 : list.size(), new Marker(card.name(), t, running, false));
                if (list.size() > PER_LINE) {
                    list.remove(list.size() - 1);
                    hidden.merge(line, 1, Integer::sum);
                }
            } else {
                hidden.merge(line, 1, Integer::sum);
            }
        }
        for (ThreadCard th : s.threads()) {
            if (th.runsLoop() || th.state() == ThreadState.DONE || th.line() <= 0 || th.line() > lines) {
                continue;
            }
            boolean running = th.state() == ThreadState.RUNNING && runningLine == 0;
            if (running) {
                runningLine = th.line();
                runningColor = th.id() + 7;
            }
            on.computeIfAbsent(th.line(), k -> new ArrayList<>()).add(new Marker(th.name(), th.id() + 7, running, true));
        }
        ErrorReport e = errors.report();
        LineMarks now = new LineMarks(on, hidden, runningLine, runningColor, e == null ? 0 : e.line(),
                e == null ? 0 : e.column());
        if (!now.equals(marks.get())) {
            marks.set(now);
        }
    }
}
