package io.looplab.ui.narration;

import io.looplab.ui.theme.AppFonts;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Under the transport: the narration caption in force (with its bookmark number) and what the last step did. */
public final class CaptionBar extends VBox {
    public CaptionBar(NarrationModel model) {
        getStyleClass().add("caption-bar");
        Label number = new Label();
        number.getStyleClass().add("caption-number");
        Label caption = new Label();
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        HBox.setHgrow(caption, Priority.ALWAYS);
        number.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : model.currentProperty().get().number() + " / " + model.bookmarks().size(),
                model.currentProperty(), model.bookmarks()));
        caption.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null ? ""
                : model.currentProperty().get().text(), model.currentProperty()));
        caption.textProperty().addListener((o, was, now) -> {
            caption.getStyleClass().remove("cjk");
            if (AppFonts.needsCjk(now)) {
                caption.getStyleClass().add("cjk");
            }
        });
        HBox narration = new HBox(number, caption);
        narration.getStyleClass().add("caption-row");
        narration.visibleProperty().bind(model.currentProperty().isNotNull());
        narration.managedProperty().bind(narration.visibleProperty());
        Label happened = new Label();
        happened.getStyleClass().add("happened");
        happened.textProperty().bind(model.happenedProperty());
        happened.setWrapText(true);
        getChildren().addAll(narration, happened);
    }
}
