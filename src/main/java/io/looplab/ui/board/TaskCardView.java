package io.looplab.ui.board;

import io.looplab.trace.TaskCard;
import io.looplab.ui.theme.AppFonts;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One task's card: a stripe and name in the task's colour, its sub-state, the line it is on. */
final class TaskCardView extends VBox {
    private final Label name = new Label();
    private final Label line = new Label();
    private final Label state = new Label();
    private final Label cancel = new Label("cancel requested");
    private String stateClass = "";

    /** A compact card (narrow lanes) is tighter and keeps its sub-state to one line. */
    TaskCardView(TaskCard card, boolean compact) {
        getStyleClass().addAll("task-card", "task-color-" + Math.floorMod(card.order(), 10));
        name.getStyleClass().add("card-name");
        line.getStyleClass().add("card-line");
        state.getStyleClass().add("card-state");
        cancel.getStyleClass().add("card-cancel");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(name, gap, line);
        top.getStyleClass().add("card-top");
        getChildren().addAll(top, state);
        state.setWrapText(!compact);
        if (compact) {
            getStyleClass().add("compact");
        }
        setMaxWidth(Double.MAX_VALUE);
        update(card);
    }

    void update(TaskCard card) {
        name.setText(card.name());
        toggle(name, "cjk", AppFonts.needsCjk(card.name()));
        line.setText(CardText.where(card));
        String text = CardText.subState(card);
        state.setText(text);
        toggle(state, "cjk", AppFonts.needsCjk(text));
        String cls = "state-" + card.state().name().toLowerCase();
        if (!cls.equals(stateClass)) {
            getStyleClass().remove(stateClass);
            getStyleClass().add(cls);
            stateClass = cls;
        }
        toggle(this, "internal", card.internal());
        if (card.cancelRequested() != getChildren().contains(cancel)) {
            if (card.cancelRequested()) {
                getChildren().add(cancel);
            } else {
                getChildren().remove(cancel);
            }
        }
    }

    private static void toggle(javafx.scene.Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
