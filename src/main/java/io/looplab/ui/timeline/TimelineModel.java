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
    /**
     * What the horizontal axis shows. TIME is virtual time; STEPS gives every step the same
     * width; MIXED gives half the width to time and half to steps, so an instant in which many
     * zero-time steps happen opens up while long sleeps still look long.
     */
    public enum Axis { MIXED, TIME, STEPS }

    /** A labelled mark on the axis; a major one (an instant at which steps happen, the end) always keeps its label. */
    public record Tick(double value, String label, boolean major) {
    }

    /** A row of the chart: a lane's title row (ganttRow -1), or one of its Gantt rows. */
    public record Row(int lane, int ganttRow) {
    }

    private final SessionModel session;
    private final PlaybackModel playback;
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(this, "axis", Axis.MIXED);
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
        return endNs() > 0 || axis.get() == Axis.STEPS ? axis.get() : Axis.STEPS;
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

    /** Where the axis ends: the latest activity (ns), the number of positions, or 1 for the mixed axis. */
    public double axisEnd() {
        SharedClock c = clock();
        if (c == null) {
            return 1;
        }
        return switch (effectiveAxis()) {
            case TIME -> Math.max(1, endNs());
            case STEPS -> Math.max(1, c.positions());
            case MIXED -> 1;
        };
    }

    /** Where an event of a lane falls on the axis. */
    public double valueOfEvent(int lane, int event) {
        Timeline t = lane(lane).timeline();
        if (effectiveAxis() == Axis.TIME) {
            return t.timeOfEvent(Math.min(event, t.trace().size() - 1));
        }
        int step = event >= t.trace().size() ? t.steps() : t.stepOfEvent(event);
        return valueOfPosition(clock().positionOf(lane, step));
    }

    /** Where a shared position falls on the axis (STEPS or MIXED). */
    double valueOfPosition(int p) {
        SharedClock c = clock();
        if (effectiveAxis() == Axis.STEPS) {
            return p;
        }
        double steps = (double) p / Math.max(1, c.positions());
        return effectiveAxis() == Axis.MIXED ? 0.5 * Math.min(c.timeAt(p), endNs()) / endNs() + 0.5 * steps : steps;
    }

    /** The last position whose axis value is at or before {@code value}. */
    int positionAtValue(double value) {
        int lo = 1;
        int hi = clock().positions();
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (valueOfPosition(mid) <= value) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The first event of a lane at or before an axis value (for finding visible segments). */
    public int eventAtValue(int lane, double value) {
        Timeline t = lane(lane).timeline();
        if (effectiveAxis() == Axis.TIME) {
            return Math.max(0, t.eventOf(t.lastStepAtOrBefore((long) value)));
        }
        return Math.max(0, t.eventOf(clock().stepOf(lane, positionAtValue(value))));
    }

    public double cursorValue() {
        return effectiveAxis() == Axis.TIME ? playback.timeNsProperty().get() : valueOfPosition(playback.position());
    }

    /** Labelled marks: virtual times (on the mixed axis, where each time falls) or step counts. */
    public List<Tick> ticks(int wanted) {
        SharedClock c = clock();
        List<Tick> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        Axis a = effectiveAxis();
        double end = a == Axis.STEPS ? c.positions() : endNs();
        double step = niceStep(end / Math.max(1, wanted));
        for (double v = 0; v <= end + step / 2; v += step) {
            String label = a == Axis.STEPS ? String.format("%,d", (long) v) : io.looplab.trace.Trace.stamp((long) v);
            boolean instant = a == Axis.MIXED && c.timeAt(c.firstPositionAtOrAfter((long) v)) == (long) v;
            out.add(new Tick(a == Axis.MIXED ? valueOfTime((long) v) : v, label, v == 0 || instant));
        }
        if (a != Axis.STEPS && out.stream().noneMatch(t -> t.label().equals(io.looplab.trace.Trace.stamp(endNs())))) {
            long e = endNs();
            out.add(new Tick(a == Axis.MIXED ? valueOfTime(e) : e, io.looplab.trace.Trace.stamp(e), true));
        }
        return out;
    }

    /**
     * On the mixed axis, a time at which steps happen falls where its first step starts; a time
     * between two steps falls between them in proportion.
     */
    private double valueOfTime(long t) {
        SharedClock c = clock();
        int first = t == 0 ? 0 : c.firstPositionAtOrAfter(t);
        if (c.timeAt(first) == t) {
            return valueOfPosition(first);
        }
        int before = c.lastPositionAtOrBefore(t);
        int after = Math.min(c.positions(), before + 1);
        long t0 = c.timeAt(before);
        long t1 = c.timeAt(after);
        if (t1 <= t0 || after == before) {
            return valueOfPosition(before);
        }
        double f = (double) (t - t0) / (t1 - t0);
        return valueOfPosition(before) + f * (valueOfPosition(after) - valueOfPosition(before));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double base = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * base >= raw) {
                return Math.max(1, m * base);
            }
        }
        return 10 * base;
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
        switch (effectiveAxis()) {
            case STEPS -> playback.seek((int) Math.round(value));
            case MIXED -> playback.seek(positionAtValue(value + snapWithin / 2));
            case TIME -> {
                long t = (long) Math.max(0, value);
                int at = c.lastPositionAtOrBefore(t);
                int next = Math.min(at + 1, c.positions());
                if (next > at && c.timeAt(next) - t <= snapWithin) {
                    at = c.firstPositionAtOrAfter(c.timeAt(next));
                }
                playback.seek(at);
            }
        }
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
