package io.looplab.ui.console;

import io.looplab.trace.OutputLine;
import io.looplab.trace.TraceFormats;
import io.looplab.ui.theme.AppFonts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The output console: stamped lines, newest at the bottom and kept in view, the uncaught line in red. */
public final class ConsoleView extends VBox {
    public ConsoleView(ConsoleModel model) {
        getStyleClass().addAll("pane", "console-view");
        Label title = new Label();
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> "Output  " + String.format("%,d", model.countProperty().get()), model.countProperty()));
        ListView<OutputLine> list = new ListView<>(model.lines());
        list.getStyleClass().add("console-lines");
        list.setCellFactory(v -> new LineCell());
        list.setPlaceholder(new Label("nothing printed yet"));
        list.setFocusTraversable(false);
        list.setMinWidth(60);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().addAll("console-uncaught", "code");
        error.textProperty().bind(model.uncaughtProperty());
        error.visibleProperty().bind(model.uncaughtProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(title, list, error);
        model.lines().addListener((ListChangeListener<OutputLine>) c -> {
            if (!model.lines().isEmpty()) {
                list.scrollTo(model.lines().size() - 1);
            }
        });
    }

    /** A console line: the virtual stamp, then the text (control characters escaped as the oracle does). */
    private static final class LineCell extends ListCell<OutputLine> {
        private final Label stamp = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(stamp, text);

        LineCell() {
            getStyleClass().add("console-line");
            stamp.getStyleClass().addAll("console-stamp", "code");
            text.getStyleClass().addAll("console-text", "code");
        }

        @Override
        protected void updateItem(OutputLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            stamp.setText(line.stamp());
            text.setText(TraceFormats.escape(line.text()));
            if (AppFonts.needsCjk(line.text()) != text.getStyleClass().contains("cjk")) {
                if (text.getStyleClass().contains("cjk")) {
                    text.getStyleClass().remove("cjk");
                } else {
                    text.getStyleClass().add("cjk");
                }
            }
            setGraphic(row);
        }
    }
}
