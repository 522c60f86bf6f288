package io.looplab.ui.board;

import io.looplab.trace.Column;
import io.looplab.trace.TaskCard;
import io.looplab.trace.TraceState;
import io.looplab.ui.lane.LaneModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task board of a lane: the cards in each column (the first {@link #LIMIT} in creation
 * order; with 100,000 tasks the rest are a count) and how many tasks each column holds.
 */
public final class BoardModel {
    /** Most cards a column shows. */
    public static final int LIMIT = 40;

    private final Map<Column, ObservableList<TaskCard>> cards = new EnumMap<>(Column.class);
    private final Map<Column, ObservableList<TaskCard>> views = new EnumMap<>(Column.class);
    private final Map<Column, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Column.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");

    public BoardModel(LaneModel lane) {
        for (Column c : Column.values()) {
            cards.put(c, FXCollections.observableArrayList());
            views.put(c, FXCollections.unmodifiableObservableList(cards.get(c)));
            counts.put(c, new ReadOnlyIntegerWrapper(this, c.name().toLowerCase()));
        }
        lane.stateProperty().addListener((o, was, now) -> update(now));
        update(lane.state());
    }

    // ---- read-only state ------------------------------------------------------------------

    /** The cards shown in a column. */
    public ObservableList<TaskCard> cards(Column c) {
        return views.get(c);
    }

    /** How many tasks are in a column (more than the cards shown when there are many). */
    public ReadOnlyIntegerProperty countProperty(Column c) {
        return counts.get(c).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Changes once per update, after every column is up to date: views redraw on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    // ---- internals ------------------------------------------------------------------------

    private void update(TraceState s) {
        if (s == null) {
            return;
        }
        for (Column c : Column.values()) {
            List<TaskCard> now = s.tasksIn(c, LIMIT);
            if (!now.equals(cards.get(c))) {
                cards.get(c).setAll(now);
            }
            counts.get(c).set(s.count(c));
        }
        total.set(s.taskCount());
        revision.set(revision.get() + 1);
    }
}
