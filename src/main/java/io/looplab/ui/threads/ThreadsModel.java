package io.looplab.ui.threads;

import io.looplab.trace.ThreadCard;
import io.looplab.trace.TraceState;
import io.looplab.ui.lane.LaneModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The OS threads of a lane (and executor workers): state, job, and who holds the GIL. */
public final class ThreadsModel {
    private final ObservableList<ThreadRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ThreadRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper gil = new ReadOnlyStringWrapper(this, "gil", "");
    private final ReadOnlyStringWrapper queued = new ReadOnlyStringWrapper(this, "queued", "");

    public ThreadsModel(LaneModel lane) {
        lane.stateProperty().addListener((o, was, now) -> update(now));
        update(lane.state());
    }

    // ---- read-only state ------------------------------------------------------------------

    public ObservableList<ThreadRow> rows() {
        return rowsView;
    }

    /** "GIL: Thread-1", or "" when the trace reports no holder. */
    public ReadOnlyStringProperty gilProperty() {
        return gil.getReadOnlyProperty();
    }

    /** The executor jobs waiting for a free worker, e.g. "download('c.gif', 1.0)  + 2 more", or "". */
    public ReadOnlyStringProperty queuedProperty() {
        return queued.getReadOnlyProperty();
    }

    // ---- internals ------------------------------------------------------------------------

    private static String queuedText(TraceState s) {
        int n = s.queuedJobCount();
        if (n == 0) {
            return "";
        }
        List<String> first = s.queuedJobs(3);
        return String.join("   ", first) + (n > first.size() ? String.format("   + %,d more", n - first.size()) : "");
    }

    private void update(TraceState s) {
        if (s == null) {
            return;
        }
        List<ThreadRow> now = new ArrayList<>();
        String holder = "";
        for (ThreadCard t : s.threads()) {
            now.add(ThreadRow.of(t, s.runningTaskOn(t.id())));
            if (t.holdsGil()) {
                holder = "GIL: " + t.name();
            }
        }
        if (!now.equals(rows)) {
            rows.setAll(now);
        }
        gil.set(holder);
        queued.set(queuedText(s));
    }
}
