package io.looplab.ui.board;

import io.looplab.trace.Column;
import io.looplab.trace.TaskCard;
import io.looplab.ui.transport.PlaybackModel;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.TranslateTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Pending / Running / Done board. Cards are kept per task, so a task that changes column
 * is the same node: it is moved at once, and a picture of it slides from where it was to where
 * it is now, above the columns (so no column clips it), for as long as the playback allows.
 */
public final class BoardView extends StackPane {
    private static final String[] TITLES = {"Pending", "Running", "Done"};

    private final BoardModel model;
    private final PlaybackModel playback;
    private final Map<Column, VBox> columns = new EnumMap<>(Column.class);
    private final Map<Column, Label> more = new EnumMap<>(Column.class);
    private final Map<Integer, TaskCardView> views = new HashMap<>();
    private final Map<Integer, Column> placed = new HashMap<>();
    private final GridPane grid = new GridPane();
    private final Pane overlay = new Pane();
    private final List<Runnable> settle = new java.util.ArrayList<>();

    private final boolean compact;

    public BoardView(BoardModel model, PlaybackModel playback, boolean compact) {
        this.model = model;
        this.playback = playback;
        this.compact = compact;
        getStyleClass().add("board");
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        getChildren().addAll(grid, overlay);
        for (Column c : Column.values()) {
            grid.add(column(c), c.ordinal(), 0);
        }
        for (int i = 0; i < 3; i++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        javafx.scene.layout.RowConstraints rc = new javafx.scene.layout.RowConstraints();
        rc.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(rc);
        model.revisionProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private VBox column(Column c) {
        Label title = new Label();
        title.getStyleClass().add("column-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> TITLES[c.ordinal()] + "  " + String.format("%,d", model.countProperty(c).get()),
                model.countProperty(c)));
        VBox cards = new VBox();
        cards.getStyleClass().add("column-cards");
        Label hidden = new Label();
        hidden.getStyleClass().add("column-more");
        hidden.setManaged(false);
        hidden.setVisible(false);
        more.put(c, hidden);
        columns.put(c, cards);
        VBox body = new VBox(cards, hidden);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("column-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(title, scroll);
        column.getStyleClass().addAll("board-column", "column-" + c.name().toLowerCase());
        return column;
    }

    private void refresh() {
        List<Runnable> unfinished = List.copyOf(settle);
        settle.clear();
        unfinished.forEach(Runnable::run);
        Map<Integer, Point2D> before = positions();
        Map<Integer, TaskCardView> keep = new HashMap<>();
        for (Column c : Column.values()) {
            List<TaskCard> cards = model.cards(c);
            VBox box = columns.get(c);
            java.util.List<Node> nodes = new java.util.ArrayList<>();
            for (TaskCard card : cards) {
                TaskCardView view = views.computeIfAbsent(card.order(), k -> new TaskCardView(card, compact));
                view.update(card);
                keep.put(card.order(), view);
                nodes.add(view);
            }
            if (!box.getChildren().equals(nodes)) {
                box.getChildren().setAll(nodes);
            }
            int hidden = model.countProperty(c).get() - cards.size();
            more.get(c).setText(String.format("+ %,d more", hidden));
            more.get(c).setVisible(hidden > 0);
            more.get(c).setManaged(hidden > 0);
        }
        views.keySet().retainAll(keep.keySet());
        animate(before, keep);
    }

    private Map<Integer, Point2D> positions() {
        Map<Integer, Point2D> at = new HashMap<>();
        if (getScene() == null) {
            return at;
        }
        for (Map.Entry<Integer, TaskCardView> e : views.entrySet()) {
            Bounds b = e.getValue().localToScene(e.getValue().getLayoutBounds());
            at.put(e.getKey(), new Point2D(b.getMinX(), b.getMinY()));
        }
        return at;
    }

    /** Slides each card that changed column from its old place to its new one. */
    private void animate(Map<Integer, Point2D> before, Map<Integer, TaskCardView> now) {
        Duration d = playback.cardMotionProperty().get();
        Map<Integer, Column> columnOf = new HashMap<>();
        for (Column c : Column.values()) {
            model.cards(c).forEach(card -> columnOf.put(card.order(), c));
        }
        boolean animate = d.greaterThan(Duration.ZERO) && getScene() != null && !before.isEmpty();
        if (animate) {
            applyCss();
            layout();
        }
        for (Map.Entry<Integer, TaskCardView> e : now.entrySet()) {
            Column was = placed.get(e.getKey());
            Point2D from = before.get(e.getKey());
            if (animate && from != null && was != null && was != columnOf.get(e.getKey())) {
                slide(e.getValue(), from, d);
            }
        }
        placed.clear();
        placed.putAll(columnOf);
    }

    private void slide(Node card, Point2D from, Duration d) {
        Bounds to = card.localToScene(card.getLayoutBounds());
        Point2D start = overlay.sceneToLocal(from);
        Point2D end = overlay.sceneToLocal(to.getMinX(), to.getMinY());
        ImageView ghost = new ImageView(card.snapshot(null, null));
        ghost.getStyleClass().add("card-ghost");
        ghost.relocate(start.getX(), start.getY());
        overlay.getChildren().add(ghost);
        card.setOpacity(0);
        TranslateTransition t = new TranslateTransition(d, ghost);
        t.setToX(end.getX() - start.getX());
        t.setToY(end.getY() - start.getY());
        Runnable finish = () -> {
            t.stop();
            overlay.getChildren().remove(ghost);
            card.setOpacity(1);
        };
        t.setOnFinished(done -> {
            settle.remove(finish);
            finish.run();
        });
        settle.add(finish);
        t.play();
    }
}
