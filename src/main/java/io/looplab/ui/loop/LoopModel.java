package io.looplab.ui.loop;

import io.looplab.trace.QueuedHandle;
import io.looplab.trace.ThreadCard;
import io.looplab.trace.ThreadState;
import io.looplab.trace.TraceState;
import io.looplab.ui.lane.LaneModel;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The event loop's insides for a lane: the ready queue in the order the loop will run it, the
 * timers by due time, the handle being run, what the loop is doing, and a warning while a
 * callback blocks the loop's thread.
 */
public final class LoopModel {
    /** Most handles a queue shows; the rest are a count. */
    public static final int LIMIT = 12;

    private final ObservableList<QueuedHandle> ready = FXCollections.observableArrayList();
    private final ObservableList<QueuedHandle> readyView = FXCollections.unmodifiableObservableList(ready);
    private final ObservableList<QueuedHandle> timers = FXCollections.observableArrayList();
    private final ObservableList<QueuedHandle> timersView = FXCollections.unmodifiableObservableList(timers);
    private final ReadOnlyIntegerWrapper readyCount = new ReadOnlyIntegerWrapper(this, "readyCount");
    private final ReadOnlyIntegerWrapper timerCount = new ReadOnlyIntegerWrapper(this, "timerCount");
    private final ReadOnlyObjectWrapper<QueuedHandle> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper blocked = new ReadOnlyStringWrapper(this, "blocked");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(this, "present");

    public LoopModel(LaneModel lane) {
        lane.stateProperty().addListener((o, was, now) -> update(now));
        update(lane.state());
    }

    // ---- read-only state ------------------------------------------------------------------

    public ObservableList<QueuedHandle> ready() {
        return readyView;
    }

    public ObservableList<QueuedHandle> timers() {
        return timersView;
    }

    public ReadOnlyIntegerProperty readyCountProperty() {
        return readyCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty timerCountProperty() {
        return timerCount.getReadOnlyProperty();
    }

    /** The handle the loop is running now, or null. */
    public ReadOnlyObjectProperty<QueuedHandle> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "running", "idle: waiting for its next timer at 2.000", "stopped". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The warning while a callback blocks the loop ("Task-1 blocks the loop (time.sleep(1)): nothing else can run"), else null. */
    public ReadOnlyStringProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    /** Whether the lane has an event loop at all (a threads-only variant has none). */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    // ---- internals ------------------------------------------------------------------------

    private void update(TraceState s) {
        if (s == null) {
            return;
        }
        setIfChanged(ready, s.readyQueue(LIMIT));
        setIfChanged(timers, s.timers(LIMIT));
        readyCount.set(s.readyCount());
        timerCount.set(s.timerCount());
        running.set(s.runningHandle());
        present.set(s.hasLoop());
        status.set(status(s));
        String blocker = s.loopBlockerName();
        blocked.set(blocker == null ? null : capital(blocker) + " blocks the loop (" + s.loopBlockedBy()
                + "): nothing else can run");
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String status(TraceState s) {
        if (!s.hasLoop()) {
            return "no event loop yet";
        }
        if (!s.loopRunning()) {
            return s.ended() ? "closed" : "not running";
        }
        for (ThreadCard t : s.threads()) {
            if (t.runsLoop() && t.state() == ThreadState.SLEEPING) {
                return "idle: " + (t.detail() == null ? "waiting" : t.detail().replace("event loop ", ""));
            }
        }
        return "running";
    }

    private static <T> void setIfChanged(ObservableList<T> target, List<T> now) {
        if (!target.equals(now)) {
            target.setAll(now);
        }
    }
}
