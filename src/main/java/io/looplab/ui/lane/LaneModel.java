package io.looplab.ui.lane;

import io.looplab.scenario.RunResult;
import io.looplab.trace.RunSummary;
import io.looplab.trace.Timeline;
import io.looplab.trace.Trace;
import io.looplab.trace.TraceState;
import io.looplab.ui.session.LaneRun;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One lane: one run of the scenario (a variant) and its state at the lane's current step. The
 * session moves it; the lane's parts (source, board, loop, threads, console, errors) each have
 * a model that listens to {@link #stateProperty()}.
 */
public final class LaneModel {
    private final int index;
    private final LaneRun run;
    private final List<String> sourceLines;
    private final String title;
    private final ReadOnlyObjectWrapper<TraceState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);

    public LaneModel(int index, LaneRun run, List<String> sourceLines, String fileName) {
        this.index = index;
        this.run = run;
        this.sourceLines = List.copyOf(sourceLines);
        this.title = run.variant() == null ? fileName : run.variant();
        show(0);
    }

    // ---- read-only state ------------------------------------------------------------------

    public int index() {
        return index;
    }

    /** The variant's name, or the file name for a scenario run as __main__. */
    public String title() {
        return title;
    }

    public Timeline timeline() {
        return run.timeline();
    }

    public RunResult result() {
        return run.result();
    }

    /** The scenario's source; line n is at index n - 1. */
    public List<String> sourceLines() {
        return sourceLines;
    }

    public ReadOnlyObjectProperty<TraceState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public TraceState state() {
        return state.get();
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** "2.000 s · 1 thread · 8 switches" for the lane's header. */
    public String summaryText() {
        RunSummary s = run.timeline().summary();
        return Trace.stamp(s.endNs()) + " s  ·  " + plural(s.threadsUsed(), "thread") + "  ·  "
                + plural(s.tasks(), "task") + "  ·  " + plural(s.switches(), "switch", "switches");
    }

    // ---- commands -------------------------------------------------------------------------

    /** Moves the lane to one of its steps. */
    public void show(int newStep) {
        int s = Math.max(0, Math.min(newStep, run.timeline().steps()));
        if (s != step.get()) {
            state.set(run.timeline().stateAt(s));
            step.set(s);
        }
    }

    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(int n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
