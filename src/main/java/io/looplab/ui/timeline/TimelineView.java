package io.looplab.ui.timeline;

import io.looplab.trace.GanttKind;
import io.looplab.ui.theme.Theme;
import io.looplab.ui.timeline.TimelineModel.Axis;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/** The timeline pane: a legend of the states (drawn with the chart's own patterns), the axis choice, the chart. */
public final class TimelineView extends VBox {
    private static final GanttKind[] LEGEND = {GanttKind.RUNNING, GanttKind.READY, GanttKind.WAITING,
        GanttKind.SLEEPING, GanttKind.BLOCKED, GanttKind.GIL, GanttKind.DONE};
    private static final String[] NAMES = {"running", "ready", "waiting", "sleeping", "blocked", "GIL wait", "done"};

    public TimelineView(TimelineModel model, Theme theme) {
        getStyleClass().addAll("pane", "timeline-view");
        Label title = new Label("Timeline");
        title.getStyleClass().add("pane-title");
        HBox legend = new HBox();
        legend.getStyleClass().add("legend");
        for (int i = 0; i < LEGEND.length; i++) {
            legend.getChildren().add(swatch(LEGEND[i], NAMES[i], theme));
        }
        SegmentedButton axis = new SegmentedButton(choice(model, Axis.MIXED, "time + steps"),
                choice(model, Axis.TIME, "time"), choice(model, Axis.STEPS, "steps"));
        axis.getStyleClass().add("axis-choice");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, legend, gap, axis);
        head.getStyleClass().add("pane-head");
        GanttCanvas chart = new GanttCanvas(model, theme);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(head, chart);
    }

    private static ToggleButton choice(TimelineModel model, Axis axis, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setFocusTraversable(false);
        b.setSelected(model.axisProperty().get() == axis);
        b.setOnAction(e -> {
            model.setAxis(axis);
            b.setSelected(true);
        });
        model.axisProperty().addListener((o, was, now) -> b.setSelected(now == axis));
        return b;
    }

    private static HBox swatch(GanttKind kind, String name, Theme theme) {
        Canvas c = new Canvas(30, 16);
        Runnable paint = () -> {
            c.getGraphicsContext2D().clearRect(0, 0, 30, 16);
            SegmentPainter.paint(c.getGraphicsContext2D(), theme.palette(), kind, 0, 0, 30, 16);
        };
        paint.run();
        theme.paletteProperty().addListener((o, was, now) -> paint.run());
        Label label = new Label(name);
        label.getStyleClass().add("legend-label");
        HBox box = new HBox(c, label);
        box.getStyleClass().add("legend-item");
        return box;
    }
}
