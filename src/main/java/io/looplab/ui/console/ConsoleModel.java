package io.looplab.ui.console;

import io.looplab.trace.OutputLine;
import io.looplab.trace.TraceState;
import io.looplab.ui.lane.LaneModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the program has printed by the lane's current step, each line with its virtual stamp
 * (the last {@link #LIMIT} lines; a run that prints a million keeps the console light), and
 * the "!Type: message" line once the run reports an uncaught exception.
 */
public final class ConsoleModel {
    public static final int LIMIT = 500;

    private final LaneModel lane;
    private final ObservableList<OutputLine> lines = FXCollections.observableArrayList();
    private final ObservableList<OutputLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper uncaught = new ReadOnlyStringWrapper(this, "uncaught");
    private int first; // index in the run's output of lines.get(0)

    public ConsoleModel(LaneModel lane) {
        this.lane = lane;
        lane.stateProperty().addListener((o, was, now) -> update(now));
        update(lane.state());
    }

    // ---- read-only state ------------------------------------------------------------------

    public ObservableList<OutputLine> lines() {
        return linesView;
    }

    /** All lines printed so far (more than shown after {@link #LIMIT}). */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "!ValueError: boom" once reached, else null. */
    public ReadOnlyStringProperty uncaughtProperty() {
        return uncaught.getReadOnlyProperty();
    }

    // ---- internals ------------------------------------------------------------------------

    /** Appends or trims at the end when the window only moved a little; rebuilds otherwise. */
    private void update(TraceState s) {
        if (s == null) {
            return;
        }
        int n = s.outputCount();
        int from = Math.max(0, n - LIMIT);
        var all = lane.timeline().output();
        if (from == first && n >= first && n - first >= lines.size()) {
            lines.addAll(all.subList(first + lines.size(), n));
        } else if (from == first && n >= first) {
            lines.remove(n - first, lines.size());
        } else {
            first = from;
            lines.setAll(all.subList(from, n));
        }
        count.set(n);
        uncaught.set(s.uncaught() == null ? null : "!" + s.uncaught());
    }
}
