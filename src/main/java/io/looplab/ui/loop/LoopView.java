package io.looplab.ui.loop;

import io.looplab.trace.QueuedHandle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The event loop pane: status and running handle, the blocked warning, the ready queue, the timers. */
public final class LoopView extends VBox {
    public LoopView(LoopModel model) {
        getStyleClass().addAll("pane", "loop-view");
        Label title = new Label("Event loop");
        title.getStyleClass().add("pane-title");
        Label status = new Label();
        status.getStyleClass().add("loop-status");
        status.textProperty().bind(model.statusProperty());
        Label running = new Label();
        running.getStyleClass().add("loop-running");
        running.textProperty().bind(Bindings.createStringBinding(() -> model.runningProperty().get() == null ? ""
                : "running \u25B6 " + HandleText.of(model.runningProperty().get()), model.runningProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, status, gap, running);
        head.getStyleClass().add("pane-head");

        Label warning = new Label();
        warning.getStyleClass().add("loop-blocked");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.textProperty().bind(Bindings.createStringBinding(
                () -> model.blockedProperty().get() == null ? "" : "\u26A0 " + model.blockedProperty().get(),
                model.blockedProperty()));
        warning.visibleProperty().bind(model.blockedProperty().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());

        GridPane queues = new GridPane();
        queues.getStyleClass().add("loop-queues");
        queues.addRow(0, rowLabel("ready"), chips(model.ready(), model.readyCountProperty(), "ready-queue", true));
        queues.addRow(1, rowLabel("timers"), chips(model.timers(), model.timerCountProperty(), "timer-heap", false));
        getChildren().addAll(head, warning, queues);
        visibleProperty().bind(model.presentProperty());
        managedProperty().bind(visibleProperty());
    }

    private static Label rowLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("queue-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static FlowPane chips(ObservableList<QueuedHandle> items, javafx.beans.property.ReadOnlyIntegerProperty count,
                                  String styleClass, boolean numbered) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().addAll("chips", styleClass);
        GridPane.setHgrow(flow, Priority.ALWAYS);
        Runnable fill = () -> {
            List<Node> nodes = new ArrayList<>();
            for (QueuedHandle h : items) {
                nodes.add(new HandleChip(h));
            }
            int hidden = count.get() - items.size();
            if (hidden > 0) {
                Label more = new Label(String.format("+ %,d more", hidden));
                more.getStyleClass().add("chips-more");
                nodes.add(more);
            }
            if (nodes.isEmpty()) {
                Label empty = new Label(numbered ? "empty" : "none");
                empty.getStyleClass().add("chips-empty");
                nodes.add(empty);
            }
            flow.getChildren().setAll(nodes);
        };
        items.addListener((ListChangeListener<QueuedHandle>) c -> fill.run());
        count.addListener((o, was, now) -> fill.run());
        fill.run();
        return flow;
    }
}
