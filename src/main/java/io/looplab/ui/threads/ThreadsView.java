package io.looplab.ui.threads;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The threads pane: one row per thread with a colour dot, its state badge, its job and the GIL. */
public final class ThreadsView extends VBox {
    /** Rows beyond this are summarised (a pool of 1,000 threads stays readable). */
    static final int LIMIT = 12;

    private final GridPane grid = new GridPane();

    public ThreadsView(ThreadsModel model) {
        getStyleClass().addAll("pane", "threads-view");
        Label title = new Label("Threads");
        title.getStyleClass().add("pane-title");
        Label gil = new Label();
        gil.getStyleClass().add("gil-holder");
        gil.textProperty().bind(model.gilProperty());
        gil.visibleProperty().bind(model.gilProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, gil);
        head.getStyleClass().add("pane-head");
        grid.getStyleClass().add("thread-rows");
        Label queued = new Label();
        queued.getStyleClass().add("jobs-queued");
        queued.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.queuedProperty().get().isEmpty() ? "" : "jobs waiting for a worker:   " + model.queuedProperty().get(),
                model.queuedProperty()));
        queued.visibleProperty().bind(model.queuedProperty().isNotEmpty());
        queued.managedProperty().bind(queued.visibleProperty());
        getChildren().addAll(head, grid, queued);
        model.rows().addListener((ListChangeListener<ThreadRow>) c -> fill(model.rows()));
        fill(model.rows());
    }

    private void fill(List<ThreadRow> rows) {
        grid.getChildren().clear();
        for (int i = 0; i < Math.min(rows.size(), LIMIT); i++) {
            ThreadRow r = rows.get(i);
            grid.addRow(i, row(r));
        }
        if (rows.size() > LIMIT) {
            Label more = new Label(String.format("+ %,d more threads", rows.size() - LIMIT));
            more.getStyleClass().add("chips-more");
            grid.add(more, 1, LIMIT, 3, 1);
        }
    }

    private static Node[] row(ThreadRow r) {
        List<Node> cells = new ArrayList<>();
        Region dot = new Region();
        dot.getStyleClass().addAll("thread-dot", "task-color-" + Math.floorMod(r.thread().id() + 7, 10));
        Label name = new Label(r.thread().name() + (r.thread().daemon() ? " (daemon)" : ""));
        name.getStyleClass().add("thread-name");
        Label state = new Label(r.state());
        state.getStyleClass().addAll("thread-state", "thread-" + r.thread().state().name().toLowerCase());
        Label job = new Label(r.job());
        job.getStyleClass().add("thread-job");
        job.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(job, Priority.ALWAYS);
        Label gil = new Label(r.thread().holdsGil() ? "GIL" : "");
        gil.getStyleClass().add(r.thread().holdsGil() ? "gil-badge" : "gil-none");
        for (Label fixed : new Label[] {name, state, gil}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        job.setMinWidth(0);
        cells.add(dot);
        cells.add(name);
        cells.add(state);
        cells.add(gil);
        cells.add(job);
        return cells.toArray(Node[]::new);
    }
}
