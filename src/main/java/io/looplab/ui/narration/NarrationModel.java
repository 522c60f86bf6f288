package io.looplab.ui.narration;

import io.looplab.scenario.ScenarioHeader;
import io.looplab.trace.SharedClock;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.session.Prepared;
import io.looplab.ui.session.SessionModel;
import io.looplab.ui.transport.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The captions of the scenario's header, placed where playback reaches them (a line-bound
 * caption: the first step a task or thread of the first lane is on that line; a step-bound
 * one: that step of the first lane), the caption in force now, and a sentence for what the
 * last step did. The number keys jump to bookmarks.
 */
public final class NarrationModel {
    private final SessionModel session;
    private final PlaybackModel playback;
    private final ObservableList<Bookmark> bookmarks = FXCollections.observableArrayList();
    private final ObservableList<Bookmark> bookmarksView = FXCollections.unmodifiableObservableList(bookmarks);
    private final ReadOnlyObjectWrapper<Bookmark> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper happened = new ReadOnlyStringWrapper(this, "happened", "");

    public NarrationModel(SessionModel session, PlaybackModel playback) {
        this.session = session;
        this.playback = playback;
        session.preparedProperty().addListener((o, was, now) -> place(now));
        playback.positionProperty().addListener((o, was, now) -> follow());
        playback.clockProperty().addListener((o, was, now) -> follow());
    }

    // ---- read-only state ------------------------------------------------------------------

    public ObservableList<Bookmark> bookmarks() {
        return bookmarksView;
    }

    /** The last caption reached, or null. */
    public ReadOnlyObjectProperty<Bookmark> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What the last step did, e.g. "Task-2 suspends at line 12: sleep until 2.000." */
    public ReadOnlyStringProperty happenedProperty() {
        return happened.getReadOnlyProperty();
    }

    // ---- commands -------------------------------------------------------------------------

    /** Jumps to bookmark {@code number} (1-based), if it exists and is reached. */
    public void jumpTo(int number) {
        if (number >= 1 && number <= bookmarks.size() && bookmarks.get(number - 1).position() >= 0) {
            playback.pause();
            playback.seek(bookmarks.get(number - 1).position());
        }
    }

    // ---- internals ------------------------------------------------------------------------

    private void place(Prepared p) {
        List<Bookmark> out = new ArrayList<>();
        if (p != null) {
            int n = 1;
            for (ScenarioHeader.Caption c : p.header().narration()) {
                out.add(new Bookmark(n++, c.text(), position(p, c)));
            }
        }
        bookmarks.setAll(out);
        follow();
    }

    private static int position(Prepared p, ScenarioHeader.Caption c) {
        SharedClock clock = p.clock();
        if (c.line() > 0) {
            for (int lane = 0; lane < p.lanes().size(); lane++) {
                int step = p.lanes().get(lane).timeline().firstStepOnLine(c.line());
                if (step >= 0) {
                    return clock.positionOf(lane, step);
                }
            }
            return -1;
        }
        int steps = p.lanes().get(0).timeline().steps();
        return c.step() <= steps ? clock.positionOf(0, c.step()) : -1;
    }

    private void follow() {
        int at = playback.position();
        Bookmark best = null;
        for (Bookmark b : bookmarks) {
            if (b.position() >= 0 && b.position() <= at && (best == null || b.position() >= best.position())) {
                best = b;
            }
        }
        current.set(best);
        happened.set(describe(at));
    }

    private String describe(int at) {
        SharedClock clock = playback.clockProperty().get();
        List<LaneModel> lanes = session.lanes();
        if (clock == null || lanes.size() != clock.lanes().size()
                || (!lanes.isEmpty() && lanes.get(0).timeline() != clock.lanes().get(0))) {
            return "";
        }
        int lane = clock.laneAt(at);
        if (lane < 0) {
            return "Press \u2192 or Space to start.";
        }
        LaneModel moved = lanes.get(lane);
        moved.show(clock.stepOf(lane, at));
        String text = moved.state().describe();
        return lanes.size() > 1 ? moved.title() + ": " + text : text;
    }
}
