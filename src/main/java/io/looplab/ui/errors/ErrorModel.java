package io.looplab.ui.errors;

import io.looplab.ui.lane.LaneModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The lane's trouble at its current step (shown in place once playback reaches it), or null. */
public final class ErrorModel {
    private final ReadOnlyObjectWrapper<ErrorReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    public ErrorModel(LaneModel lane) {
        lane.stateProperty().addListener((o, was, now) -> update(lane));
        update(lane);
    }

    public ReadOnlyObjectProperty<ErrorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ErrorReport report() {
        return report.get();
    }

    private void update(LaneModel lane) {
        if (lane.state() != null) {
            ErrorReport now = ErrorReport.of(lane.result(), lane.timeline(), lane.state(), lane.sourceLines());
            if (!java.util.Objects.equals(now, report.get())) {
                report.set(now);
            }
        }
    }
}
