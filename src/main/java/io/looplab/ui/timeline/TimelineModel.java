package io.looplab.ui.timeline;

import io.looplab.trace.Gantt;
import io.looplab.trace.SharedClock;
import io.looplab.trace.Timeline;
import io.looplab.ui.lane.LaneModel;
import io.looplab.ui.session.SessionModel;
import io.looplab.ui.transport.PlaybackModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The timeline chart of all lanes on one axis: rows (a title row per lane, then its threads and
 * tasks), where each row's segments fall on the axis (virtual time, or playback positions when
 * everything happens at one instant), the cursor, and seeking by a point on the axis.
 */
public final class TimelineModel {
    /** What the horizontal axis counts. */
    public enum Axis { TIME, STEPS }

    /** A row of the chart: a lane's title row (ganttRow -1), or one of its Gantt rows. */
    public record Row(int lane, int ganttRow) {
    }

    private final SessionModel session;
    private final PlaybackModel playback;
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(this, "axis", Axis.TIME);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private List<Row> rows = List.of();

    public TimelineModel(SessionModel session, PlaybackModel playback) {
        this.session = session;
        this.playback = playback;
        session.lanes().addListener((ListChangeListener<LaneModel>) c -> rebuild());
        playback.clockProperty().addListener((o, was, now) -> rebuild());
        axis.addListener((o, was, now) -> revision.set(revision.get() + 1));
    }

    // ---- read-only state ------------------------------------------------------------------

    /** The axis in use: steps whenever the whole run takes no virtual time. */
    public ObjectProperty<Axis> axisProperty() {
        return axis;
    }

    public Axis effectiveAxis() {
        return axis.get() == Axis.TIME && endNs() > 0 ? Axis.TIME : Axis.STEPS;
    }

    /** Changes when rows or the axis change (the chart redraws fully). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public List<Row> rows() {
        return rows;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public LaneModel lane(int index) {
        return session.lanes().get(index);
    }

    public Gantt gantt(int lane) {
        return lane(lane).timeline().gantt();
    }

    /** Where the axis ends: the latest activity of any lane (ns), or the number of positions. */
    public double axisEnd() {
        SharedClock c = clock();
        if (c == null) {
            return 1;
        }
        return effectiveAxis() == Axis.TIME ? Math.max(1, endNs()) : Math.max(1, c.positions());
    }

    /** Where an event of a lane falls on the axis. */
    public double valueOfEvent(int lane, int event) {
        Timeline t = lane(lane).timeline();
        if (effectiveAxis() == Axis.TIME) {
            return t.timeOfEvent(Math.min(event, t.trace().size() - 1));
        }
        int step = event >= t.trace().size() ? t.steps() : t.stepOfEvent(event);
        return clock().positionOf(lane, step);
    }

    /** The first event of a lane at or after an axis value (for finding visible segments). */
    public int eventAtValue(int lane, double value) {
        Timeline t = lane(lane).timeline();
        if (effectiveAxis() == Axis.TIME) {
            return Math.max(0, t.eventOf(t.lastStepAtOrBefore((long) value)));
        }
        int step = clock().stepOf(lane, (int) Math.max(0, Math.min(value, clock().positions())));
        return Math.max(0, t.eventOf(step));
    }

    public double cursorValue() {
        return effectiveAxis() == Axis.TIME ? playback.timeNsProperty().get() : playback.position();
    }

    // ---- commands -------------------------------------------------------------------------

    public void setAxis(Axis a) {
        axis.set(a);
    }

    /** Seeks to an axis value; {@code snapWithin} (in axis units) lets a click land on the first step of a nearby instant. */
    public void seek(double value, double snapWithin) {
        SharedClock c = clock();
        if (c == null) {
            return;
        }
        if (effectiveAxis() == Axis.STEPS) {
            playback.seek((int) Math.round(value));
            return;
        }
        long t = (long) Math.max(0, value);
        int at = c.lastPositionAtOrBefore(t);
        int next = Math.min(at + 1, c.positions());
        if (next > at && c.timeAt(next) - t <= snapWithin) {
            at = c.firstPositionAtOrAfter(c.timeAt(next));
        }
        playback.seek(at);
    }

    // ---- internals ------------------------------------------------------------------------

    private SharedClock clock() {
        SharedClock c = playback.clockProperty().get();
        List<LaneModel> lanes = session.lanes();
        return c != null && c.lanes().size() == lanes.size() && !lanes.isEmpty()
                && c.lanes().get(0) == lanes.get(0).timeline() ? c : null;
    }

    private long endNs() {
        long end = 0;
        for (LaneModel l : session.lanes()) {
            end = Math.max(end, l.timeline().activeEndNs());
        }
        return end;
    }

    private void rebuild() {
        List<Row> out = new ArrayList<>();
        if (clock() != null) {
            for (LaneModel l : session.lanes()) {
                out.add(new Row(l.index(), -1));
                for (int r = 0; r < l.timeline().gantt().rows(); r++) {
                    out.add(new Row(l.index(), r));
                }
            }
        }
        rows = out;
        revision.set(revision.get() + 1);
    }
}
